import CourtstatInference

/// A derived quantity of the chosen model with the segment it describes.
public struct TrendDerived: Sendable, Equatable {
    /// all (no break), before, after, or break (the jump at the break).
    public var segment: String
    public var result: TestResult
}
