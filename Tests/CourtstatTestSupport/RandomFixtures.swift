import Foundation

/// The randomized differential fixtures (scripts/make-random-fixtures.R): the committed ones
/// in Tests/Fixtures/random, or, when the environment variable COURTSTAT_RANDOM_FIXTURES names a
/// folder, that folder's (scripts/random-diff.sh runs the same harness on other seeds that way).
public enum RandomFixtures {
    /// The folder, relative to the repository root or absolute.
    public static var folder: String {
        ProcessInfo.processInfo.environment["COURTSTAT_RANDOM_FIXTURES"] ?? "Tests/Fixtures/random"
    }

    /// The cases each function must have (the committed fixtures: 300 per function).
    public static var minimumCases: Int {
        Int(ProcessInfo.processInfo.environment["COURTSTAT_RANDOM_MINIMUM"] ?? "") ?? 300
    }

    /// The rows of one function's fixture (none when the file is missing).
    public static func rows(_ function: String) -> [Fixture.Row] {
        let base = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : repositoryRoot.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: base.appendingPathComponent("\(function).csv").path) else { return [] }
        return Fixture.rows("\(function).csv", folder: folder, atLeast: 0)
    }
}

extension Fixture.Row {
    /// Whether R refused (an error, NaN, or a warning that the answer is not trustworthy).
    public var refusedByR: Bool { self["status"] == "refused" }
    /// A column that may be absent from this fixture: nil then.
    public func optionalNumber(_ column: String) -> Double? {
        guard let v = values[column] else { return nil }
        return Fixture.parseNumber(v)
    }
}
