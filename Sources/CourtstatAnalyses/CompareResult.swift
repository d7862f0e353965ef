import CourtstatInference

/// The comparison of two groups on one outcome (DESIGN.md, compare).
public struct CompareResult: Sendable {
    public var outcome: CompareOutcome
    public var groups: [CompareGroup]
    /// share_a, share_b, risk_difference, risk_ratio, odds_ratio, chisq, mh_odds_ratio,
    /// months_difference, months_shift, logistic:TERM, in this order; a row that could not be
    /// computed carries a note instead of numbers.
    public var results: [TestResult]
    public var notes: [String]
}
