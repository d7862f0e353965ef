import CourtstatNumerics

/// Wilson's score interval for one proportion, with the score test of p; agrees with R's
/// `prop.test(x, n, p, correct = FALSE)`: estimate x/n, interval the Wilson limits (no continuity
/// correction), statistic X² = (x − np)² / (np(1 − p)) with 1 df.
public func wilsonInterval(x: Int, n: Int, p: Double = 0.5, alternative: Alternative = .twoSided,
                           confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    var result = try proportionTest(x: [x], n: [n], p: [p], alternative: alternative, confLevel: confLevel, correct: false)
    result.method = "Wilson score interval (1-sample proportions test without continuity correction)"
    return result
}

/// Two-sided Wilson limits for x of n at `confLevel` (no continuity correction).
func wilsonLimits(x: Int, n: Int, confLevel: Double) throws(InferenceError) -> (Double, Double) {
    let z = try numerics { () throws(NumericsError) in try Normal.quantile((1 + confLevel) / 2) }
    return wilsonLimits(x: Double(x), n: Double(n), z: z, yates: 0, alternative: .twoSided)
}
