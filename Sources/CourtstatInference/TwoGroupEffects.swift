/// The effect sizes of two proportions, x1 of n1 in group a and x2 of n2 in group b, each with a
/// two-sided interval at `confLevel`: what `test prop` reports beside prop.test when there are two
/// groups, and what a report on a comparison of two groups shows.
public struct TwoGroupEffects: Sendable, Equatable {
    /// x1 / n1 with Wilson's score interval (prop.test without continuity correction), term `share_a`.
    public var shareA: TestResult
    /// x2 / n2 with Wilson's score interval, term `share_b`.
    public var shareB: TestResult
    /// p1 − p2 with Newcombe's hybrid score interval (no test), term `risk_difference`.
    public var riskDifference: TestResult
    /// p1 / p2 with the log (Katz) interval and the z test of a ratio of 1, term `risk_ratio`.
    public var riskRatio: TestResult
    /// The sample odds ratio x1(n2 − x2) / ((n1 − x1)x2) with Woolf's logit interval and the z test
    /// of an odds ratio of 1, term `odds_ratio_woolf`.
    public var oddsRatio: TestResult

    /// The five rows in the order they are reported: share_a, share_b, risk_difference,
    /// risk_ratio, odds_ratio_woolf.
    public var rows: [TestResult] { [shareA, shareB, riskDifference, riskRatio, oddsRatio] }
}

/// The effect sizes of two proportions x1/n1 (group a) and x2/n2 (group b), each with its
/// two-sided interval at `confLevel` (see `TwoGroupEffects` for the estimator and interval of
/// each). Fails as the functions that compute each one do: a group with no trials, a count
/// outside 0…n, a level outside (0, 1).
public func twoGroupEffects(x1: Int, n1: Int, x2: Int, n2: Int, confLevel: Double = 0.95) throws(InferenceError) -> TwoGroupEffects {
    TwoGroupEffects(shareA: try wilsonInterval(x: x1, n: n1, confLevel: confLevel).named("share_a"),
                    shareB: try wilsonInterval(x: x2, n: n2, confLevel: confLevel).named("share_b"),
                    riskDifference: try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: confLevel),
                    riskRatio: try riskRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: confLevel),
                    oddsRatio: try woolfOddsRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: confLevel))
}
