import CourtstatNumerics
import Foundation

/// Equivalence (TOST, two one-sided tests) for a difference of proportions p1 − p2 within
/// (−margin, +margin): z_lower = (d + margin)/se tests d ≤ −margin, z_upper = (d − margin)/se
/// tests d ≥ margin, with the unpooled Wald standard error se = √(p1(1 − p1)/n1 + p2(1 − p2)/n2).
/// p_value is the larger one-sided p; the interval is d ± z_(1−α)·se, the 1 − 2α interval that
/// lies inside the margins exactly when both one-sided tests reject at α = 1 − confLevel.
/// statistic is the z of the larger p-value: z_lower when d ≤ 0, z_upper otherwise (decided on
/// d, since at d = 0 the two p-values are equal in exact arithmetic and may round either way).
/// R has no function for it; the fixtures compute the formulas by hand.
public func equivalenceProportions(x1: Int, n1: Int, x2: Int, n2: Int, margin: Double,
                                   confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    try checkTwoCounts(x1, n1, x2, n2)
    guard margin > 0, margin < 1 else { throw .invalidArgument(parameter: "margin", expected: "a difference strictly between 0 and 1", found: "\(margin)") }
    try requireConfLevel(confLevel)
    let p1 = Double(x1) / Double(n1), p2 = Double(x2) / Double(n2)
    let d = p1 - p2
    let se = (p1 * (1 - p1) / Double(n1) + p2 * (1 - p2) / Double(n2)).squareRoot()
    guard se > 0 else {
        throw .undefined(parameter: "x1", reason: "both proportions are 0 or 1; the Wald standard error is 0 and the test is undefined")
    }
    let zLower = (d + margin) / se, zUpper = (d - margin) / se
    let (pLower, pUpper, q) = try numerics { () throws(NumericsError) in
        (try Normal.cdf(zLower, lowerTail: false), try Normal.cdf(zUpper), try Normal.quantile(confLevel))
    }
    return TestResult(estimate: d, estimate1: p1, estimate2: p2, stdError: se,
                      statistic: d <= 0 ? zLower : zUpper, pValue: max(pLower, pUpper),
                      confLow: d - q * se, confHigh: d + q * se, confLevel: tostLevel(confLevel),
                      method: "TOST equivalence test for a difference of proportions (Wald z, unpooled), margin ±\(margin)",
                      alternative: .twoSided, n: n1 + n2,
                      notes: ["p_lower = \(pLower) (H0: difference ≤ −\(margin)); p_upper = \(pUpper) (H0: difference ≥ \(margin))"])
}

/// Equivalence (TOST) for a rate ratio (x1/t1)/(x2/t2) within [1 − margin, 1 + margin], exact:
/// p_lower = poisson.test(x, t, r = 1 − margin, alternative = "greater"), p_upper = poisson.test(x,
/// t, r = 1 + margin, alternative = "less"), p_value the larger; the interval is poisson.test's
/// exact interval at level 1 − 2α. This is what "stayed about the same, ±m" needs.
/// With another `method` (see `RateRatioMethod`), the two one-sided tests and the interval are
/// that method's.
public func equivalenceRates(x1: Int, t1: Double, x2: Int, t2: Double, margin: Double,
                             confLevel: Double = 0.95, method: RateRatioMethod = .exactCond) throws(InferenceError) -> TestResult {
    guard margin > 0, margin < 1 else { throw .invalidArgument(parameter: "margin", expected: "a relative margin strictly between 0 and 1", found: "\(margin)") }
    try requireConfLevel(confLevel)
    func test(_ r: Double, _ alternative: Alternative, _ level: Double) throws(InferenceError) -> TestResult {
        method == .exactCond
            ? try poissonTest(x: [x1, x2], t: [t1, t2], r: r, alternative: alternative, confLevel: level)
            : try rateRatioTest(x: [x1, x2], t: [t1, t2], r: r, alternative: alternative, confLevel: level, method: method)
    }
    let lower = try test(1 - margin, .greater, confLevel)
    let upper = try test(1 + margin, .less, confLevel)
    let level = tostLevel(confLevel)
    let ci = try test(1, .twoSided, level)
    guard let pLower = lower.pValue, let pUpper = upper.pValue, ci.confLow != nil else {
        throw .undefined(parameter: "method", reason: "\(method.rawValue) is undefined for these counts (\(ci.notes.joined(separator: "; ")))")
    }
    let name = method == .exactCond ? "exact conditional binomial" : method.rawValue + ", as statsmodels' test_poisson_2indep"
    return TestResult(estimate: ci.estimate, statistic: Double(x1), pValue: max(pLower, pUpper),
                      confLow: ci.confLow, confHigh: ci.confHigh, confLevel: level,
                      method: "TOST equivalence test for a rate ratio (\(name)), margin [\(1 - margin), \(1 + margin)]",
                      alternative: .twoSided, n: x1 + x2,
                      notes: ["p_lower = \(pLower) (H0: ratio ≤ \(1 - margin)); p_upper = \(pUpper) (H0: ratio ≥ \(1 + margin))"])
}

/// The level of the 1 − 2α interval, rounded to 12 decimals so that 0.95 gives 0.9 rather than
/// 0.8999999999999997 (the level is nominal; the limits are computed at it).
func tostLevel(_ confLevel: Double) -> Double {
    ((1 - 2 * (1 - confLevel)) * 1e12).rounded() / 1e12
}
