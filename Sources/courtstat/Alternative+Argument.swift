import ArgumentParser
import CourtstatInference

extension Alternative: ExpressibleByArgument {
    /// Accepts DESIGN.md's spelling (two-sided) and R's (two.sided).
    public init?(argument: String) {
        switch argument {
        case "two-sided", "two.sided", "twosided": self = .twoSided
        case "less": self = .less
        case "greater": self = .greater
        default: return nil
        }
    }
    public static var allValueStrings: [String] { ["two-sided", "less", "greater"] }
}
