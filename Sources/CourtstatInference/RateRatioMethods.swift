import CourtstatNumerics
import Foundation

/// The test behind a two-sample rate ratio (x1/t1)/(x2/t2), with statsmodels' names
/// (`test_poisson_2indep`, Gu, Ng, Tang and Schucany 2008, Biometrical Journal 50:2).
/// With r the null ratio and r_d = r·t1/t2:
/// - exactCond: conditional on x1 + x2, x1 is binomial with p = r_d/(1 + r_d): R's poisson.test
///   (minlike two-sided p, Clopper–Pearson interval), as statsmodels' "exact-cond".
/// - condMidp: the same with mid-p: two-sided minlike p − P(x1)/2 ("cond-midp"); the interval
///   inverts it (exactci's minlike mid-p interval).
/// - score: z = (x1 − x2·r_d)/√((x1 + x2)·r_d) (W2A); interval {r : |z(r)| < z_{α/2}}, in
///   closed form (statsmodels' confint "score" solves the same equation numerically).
/// - waldLog: z = (log(x1/x2) − log r_d)/√(1/x1 + 1/x2) (W3A); interval the ratio times
///   exp(∓z_{α/2}·√(1/x1 + 1/x2)) (confint "wald-log"); undefined with a count of 0.
/// - sqrt: z = 2(√(x1 + 3/8) − √((x2 + 3/8)·r_d))/√(1 + r_d) (W5A); interval {r : |z(r)| <
///   z_{α/2}} (z falls with r, from 2√(x1 + 3/8) to −2√(x2 + 3/8), so a limit can be 0 or ∞).
/// - etest: Krishnamoorthy and Thomson's (2004) E-test with the score statistic, as statsmodels'
///   "etest": P(|z(X1, X2)| ≥ |z(x1, x2)| − 1e-15) for independent Poisson X1, X2 with the
///   constrained MLE means (x1 + x2)·r_d/(1 + r_d) and (x1 + x2)/(1 + r_d). statsmodels sums a
///   grid cut where a tail falls below 1e-13, so its p-values below about 1e-13 lose their
///   digits; here every term that is not 0 in double precision is summed (for each x1 the x2
///   where the statistic crosses the threshold are found by bisection and the Poisson tails taken
///   whole). statsmodels has no E-test interval: the score interval is reported, with a note.
/// One-sided alternatives: greater is statsmodels' "larger" (upper-tail p-value, interval [L, ∞)),
/// less its "smaller"; the one-sided intervals invert the one-sided tests at α.
public enum RateRatioMethod: String, Sendable, CaseIterable {
    case exactCond = "exact-cond", condMidp = "cond-midp", score, waldLog = "wald-log", sqrt, etest
}

/// The two-sample rate-ratio test of `method` (see `RateRatioMethod`): estimate the ratio
/// (x1/t1)/(x2/t2), statistic the z value (nil for the exact tests), null_value r.
public func rateRatioTest(x: [Int], t: [Double], r: Double = 1, alternative: Alternative = .twoSided,
                          confLevel: Double = 0.95, method: RateRatioMethod) throws(InferenceError) -> TestResult {
    guard x.count == 2 else {
        throw .invalidArgument(parameter: "method", expected: "two counts (\(parameter: "x") N1,N2): the methods compare two rates", found: "\(x.count) count")
    }
    switch method {
    case .exactCond:
        return try poissonTest(x: x, t: t, r: r, alternative: alternative, confLevel: confLevel)
    case .condMidp:
        var result = try poissonTest(x: x, t: t, r: r, alternative: alternative, confLevel: confLevel,
                                     tsmethod: alternative == .twoSided ? .minlike : nil, midp: true)
        result.method = "Comparison of Poisson rates, conditional mid-p (cond-midp)"
        return result
    default: break
    }
    try checkPoissonArguments(x: x, t: t, r: r, confLevel: confLevel)
    let (x1, x2) = (Double(x[0]), Double(x[1]))
    let d = t[1] / t[0], rd = r / d
    let ratio = x[1] == 0 ? Double.infinity : (x1 / t[0]) / (x2 / t[1])
    let alpha = 1 - confLevel
    let names: [RateRatioMethod: String] = [.score: "score test (W2A)", .waldLog: "Wald test of the log ratio (W3A)",
                                            .sqrt: "square-root test (W5A)", .etest: "E-test, score statistic (Krishnamoorthy–Thomson)"]
    let name = "Comparison of Poisson rates: " + names[method]!
    if method == .waldLog && (x[0] == 0 || x[1] == 0) {
        return TestResult(estimate: ratio, method: name, alternative: alternative, n: x[0] + x[1], nullValue: r,
                          notes: ["a count of 0 leaves the log rate ratio undefined"])
    }
    return try numerics { () throws(NumericsError) in
        let z: Double
        switch method {
        case .waldLog: z = (log(x1 / x2) - log(rd)) / (1 / x1 + 1 / x2).squareRoot()
        case .sqrt: z = sqrtStatistic(x1, x2, rd)
        default: z = scoreStatistic(x1, x2, rd)
        }
        let p: Double
        if method == .etest {
            p = try eTestPValue(x1: x[0], x2: x[1], rd: rd, alternative: alternative)
        } else {
            switch alternative {
            case .twoSided: p = 2 * (try Normal.cdf(-abs(z)))
            case .greater: p = try Normal.cdf(z, lowerTail: false)
            case .less: p = try Normal.cdf(z)
            }
        }
        // Critical values: z_{α/2} for both limits, or z_α for the one one-sided limit.
        let c = try Normal.quantile(alternative == .twoSided ? alpha / 2 : alpha, lowerTail: false)
        // Limits on the r_d scale (where z = c and z = −c), then r = r_d·t2/t1.
        let rdLow: Double, rdHigh: Double
        switch method {
        case .waldLog:
            let centre = x1 / x2, se = (1 / x1 + 1 / x2).squareRoot()
            (rdLow, rdHigh) = (centre * exp(-c * se), centre * exp(c * se))
        case .sqrt:
            (rdLow, rdHigh) = (try sqrtRoot(x1, x2, c), try sqrtRoot(x1, x2, -c))
        default:
            (rdLow, rdHigh) = (scoreRoot(x1, x2, c), scoreRoot(x1, x2, -c))
        }
        let low = alternative == .less ? 0 : rdLow * d, high = alternative == .greater ? .infinity : rdHigh * d
        let notes = method == .etest
            ? ["statsmodels has no E-test interval: the interval is the score test's, whose statistic the E-test uses"] : []
        return TestResult(estimate: ratio, statistic: z, pValue: min(1, p), confLow: low, confHigh: high, confLevel: confLevel,
                          method: name, alternative: alternative, n: x[0] + x[1], nullValue: r, notes: notes)
    }
}

/// statsmodels' score statistic for the ratio, with its 1e-20 guard against 0/0 (as in its E-test).
func scoreStatistic(_ x1: Double, _ x2: Double, _ rd: Double) -> Double {
    (x1 - x2 * rd) / ((x1 + x2) * rd + 1e-20).squareRoot()
}

func sqrtStatistic(_ x1: Double, _ x2: Double, _ rd: Double) -> Double {
    2 * ((x1 + 3 / 8).squareRoot() - ((x2 + 3 / 8) * rd).squareRoot()) / (1 + rd).squareRoot()
}

/// The r_d where the score statistic equals c: with s = √r_d and N = x1 + x2,
/// x2·s² + c√N·s − x1 = 0, solved without cancellation. 0 or ∞ where there is no root.
func scoreRoot(_ x1: Double, _ x2: Double, _ c: Double) -> Double {
    let n = x1 + x2, disc = (c * c * n + 4 * x1 * x2).squareRoot()
    let s: Double
    if c > 0 {
        s = 2 * x1 / (c * n.squareRoot() + disc)
    } else {
        if x2 == 0 { return .infinity }
        s = (-c * n.squareRoot() + disc) / (2 * x2)
    }
    return s * s
}

/// The r_d where the square-root statistic equals c (it falls from 2√(x1 + 3/8) at 0 to
/// −2√(x2 + 3/8) at ∞): 0 or ∞ when c lies outside that range.
func sqrtRoot(_ x1: Double, _ x2: Double, _ c: Double) throws(NumericsError) -> Double {
    if c >= 2 * (x1 + 3 / 8).squareRoot() { return 0 }
    if c <= -2 * (x2 + 3 / 8).squareRoot() { return .infinity }
    var lo = -1.0, hi = 1.0
    while sqrtStatistic(x1, x2, exp(lo)) < c { lo *= 2 }
    while sqrtStatistic(x1, x2, exp(hi)) > c { hi *= 2 }
    return exp(try brentRoot(lower: lo, upper: hi) { v in sqrtStatistic(x1, x2, exp(v)) - c })
}

/// The E-test p-value (see `RateRatioMethod.etest`).
func eTestPValue(x1: Int, x2: Int, rd: Double, alternative: Alternative) throws(NumericsError) -> Double {
    let total = Double(x1 + x2)
    let mean1 = total * rd / (1 + rd), mean2 = total / (1 + rd)
    let s = scoreStatistic(Double(x1), Double(x2), rd)
    let eps = 1e-15
    // Which tails of the statistic count, as statsmodels' masks.
    let upper: Double?, lower: Double?
    switch alternative {
    case .twoSided:
        if abs(s) - eps <= 0 { return 1 }   // every table has |z| ≥ |z_obs| − 1e-15
        (upper, lower) = (abs(s) - eps, -(abs(s) - eps))
    case .greater: (upper, lower) = (s - eps, nil)
    case .less: (upper, lower) = (nil, s + eps)
    }
    let z = { (k1: Int, k2: Int) -> Double in scoreStatistic(Double(k1), Double(k2), rd) }
    // The statistic falls as k2 grows: the last k2 with z ≥ u, the first with z ≤ l.
    func lastAtLeast(_ k1: Int, _ u: Double) -> Int {
        if z(k1, 0) < u { return -1 }
        var hi = 1
        while z(k1, hi) >= u { hi *= 2 }
        return firstIndex(in: hi / 2, hi) { k2 in z(k1, k2) < u } - 1
    }
    func firstAtMost(_ k1: Int, _ l: Double) -> Int {
        if z(k1, 0) <= l { return 0 }
        var hi = 1
        while z(k1, hi) > l { hi *= 2 }
        return firstIndex(in: hi / 2, hi) { k2 in z(k1, k2) <= l }
    }
    // Every k1 whose probability is not 0 in double precision.
    var end = Int(mean1.rounded(.up)) + 16
    while try Poisson.pmf(end, mu: mean1) > 0 { end = end * 2 + 16 }
    var p = 0.0
    for k1 in 0...end {
        let w = try Poisson.pmf(k1, mu: mean1)
        if w == 0 { if Double(k1) > mean1 { break } else { continue } }
        var tail = 0.0
        if let u = upper {
            let a = lastAtLeast(k1, u)
            if a >= 0 { tail += try Poisson.cdf(a, mu: mean2) }
        }
        if let l = lower {
            let b = firstAtMost(k1, l)
            tail += b == 0 ? 1 : try Poisson.cdf(b - 1, mu: mean2, lowerTail: false)
        }
        p += w * tail
    }
    return p
}
