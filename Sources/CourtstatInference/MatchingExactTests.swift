import CourtstatNumerics
import Foundation

/// The note R's default output carries when its two-sided p-value (minlike) and its interval
/// (central) disagree about the null: p < α while the interval holds the null, or p ≥ α while
/// it excludes it (Fay 2010). Empty when they agree or the test is one-sided.
func disagreementNote(alternative: Alternative, pValue: Double, confLevel: Double, null: Double,
                      low: Double, high: Double) -> [String] {
    guard alternative == .twoSided else { return [] }
    let alpha = 1 - confLevel
    let rejects = pValue < alpha, excludes = null < low || null > high
    guard rejects != excludes else { return [] }
    let shown = String(format: "%.10g", alpha)   // 0.05, not 0.050000000000000044
    return ["R's p-value (minlike) and its interval (central) disagree here: p \(rejects ? "<" : "≥") \(shown) while the interval \(excludes ? "excludes" : "holds") the null; a matching two-sided method (tsmethod) gives a p-value and the interval that inverts it"]
}

/// The method string and notes of a test run with `tsmethod`/`midp`: "Exact two-sided
/// binomial test (blaker method, mid-p)"; one-sided, R's name (with "(mid-p)").
func matchingDescription(_ base: String, alternative: Alternative, method: TwoSidedMethod, midp: Bool,
                         gap: Bool) -> (String, [String]) {
    let name = alternative == .twoSided
        ? base.replacingOccurrences(of: "Exact ", with: "Exact two-sided ") + " (\(method.rawValue) method\(midp ? ", mid-p" : ""))"
        : base + (midp ? " (mid-p)" : "")
    var notes = ["the interval inverts the test: it holds the null values whose p-value exceeds α = 1 − conf_level"]
    if gap { notes.append("the null values not rejected do not form an interval; the interval is their convex hull, so it may hold values the test rejects") }
    return (name, notes)
}

/// binom.exact (exactci): the p-value of `method` and the interval that inverts it.
func binomialMatchingTest(x: Int, n: Int, p: Double, alternative: Alternative, confLevel: Double,
                          method: TwoSidedMethod, midp: Bool) throws(InferenceError) -> TestResult {
    let alpha = 1 - confLevel
    let pValue = try numerics { () throws(NumericsError) in
        try BinomialLaw(n: n, p: p).pValue(x, alternative: alternative, method: method, midp: midp).p
    }
    var low: Double, high: Double, gap = false
    if !midp && (method == .central || alternative != .twoSided) {
        (low, high) = try clopperPearson(x: x, n: n, alternative: alternative, confLevel: confLevel)
    } else {
        let family = binomialFamily(x: x, n: n)
        let limits = try numerics { () throws(NumericsError) in
            try matchingInterval(family, alternative: alternative, method: method, midp: midp, alpha: alpha)
        }
        low = limits.low == -.infinity ? 0 : logistic(limits.low)
        high = limits.high == .infinity ? 1 : logistic(limits.high)
        gap = limits.gap
    }
    let (name, notes) = matchingDescription("Exact binomial test", alternative: alternative, method: method, midp: midp, gap: gap)
    return TestResult(estimate: Double(x) / Double(n), statistic: Double(x), parameter: Double(n),
                      pValue: pValue, confLow: low, confHigh: high, confLevel: confLevel,
                      method: name, alternative: alternative, n: n, nullValue: p, notes: notes)
}

/// 1 / (1 + e^−t), the proportion at log-odds t.
func logistic(_ t: Double) -> Double { t >= 0 ? 1 / (1 + exp(-t)) : exp(t) / (1 + exp(t)) }

/// The binomial family on the log-odds scale.
func binomialFamily(x: Int, n: Int) -> DiscreteFamily {
    // At x = 0 (x = n) a proportion of 0.5/n (1 − 0.5/n), where the p-value is large.
    let estimate = x == 0 ? -log(2 * Double(n)) : x == n ? log(2 * Double(n)) : log(Double(x) / Double(n - x))
    return DiscreteFamily(law: { t in BinomialLaw(n: n, p: logistic(t)) }, x: x, lo: 0,
                          outcomesAbove: { _ in Double(n - x) }, tMin: -700, tMax: 700, tEstimate: estimate,
                          atLowerEnd: x == 0, atUpperEnd: x == n)
}

/// poisson.exact (exactci), one sample: x events in time base `time`, null rate r.
func poissonMatchingTest(x: Int, time: Double, r: Double, alternative: Alternative, confLevel: Double,
                         method: TwoSidedMethod, midp: Bool) throws(InferenceError) -> TestResult {
    let alpha = 1 - confLevel
    let pValue = try numerics { () throws(NumericsError) in
        try PoissonLaw(mu: r * time).pValue(x, alternative: alternative, method: method, midp: midp).p
    }
    if !midp && (method == .central || alternative != .twoSided) {
        // The central interval is R's (Garwood), with this p-value.
        let (low, high) = try garwoodInterval(count: x, time: time, alternative: alternative, confLevel: confLevel)
        let (name, notes) = matchingDescription("Exact Poisson test", alternative: alternative, method: method, midp: midp, gap: false)
        return TestResult(estimate: Double(x) / time, statistic: Double(x), parameter: time, pValue: pValue,
                          confLow: low, confHigh: high, confLevel: confLevel, method: name, alternative: alternative,
                          n: x, nullValue: r, notes: notes)
    }
    let family = DiscreteFamily(law: { t in PoissonLaw(mu: exp(t)) }, x: x, lo: 0,
                                outcomesAbove: { t in exp(t) + 2 }, tMin: -700, tMax: log(1e11),
                                tEstimate: x == 0 ? log(0.5) : log(Double(x)), atLowerEnd: x == 0, atUpperEnd: false)
    let limits = try numerics { () throws(NumericsError) in
        try matchingInterval(family, alternative: alternative, method: method, midp: midp, alpha: alpha)
    }
    let (name, notes) = matchingDescription("Exact Poisson test", alternative: alternative, method: method, midp: midp, gap: limits.gap)
    return TestResult(estimate: Double(x) / time, statistic: Double(x), parameter: time, pValue: pValue,
                      confLow: limits.low == -.infinity ? 0 : exp(limits.low) / time,
                      confHigh: limits.high == .infinity ? .infinity : exp(limits.high) / time,
                      confLevel: confLevel, method: name, alternative: alternative, n: x, nullValue: r, notes: notes)
}

/// exact2x2's fisher test with `tsmethod` and `midp`: p-value at odds ratio 1 and the interval on
/// the odds ratio that inverts it. `estimate` is the conditional MLE, where the search starts.
func fisherMatchingTest(_ model: NoncentralHypergeometric, x: Int, estimate mle: Double, alternative: Alternative, confLevel: Double,
                        method: TwoSidedMethod, midp: Bool) throws(InferenceError) -> (pValue: Double, low: Double, high: Double, gap: Bool) {
    let alpha = 1 - confLevel
    let pValue = try numerics { () throws(NumericsError) in
        try FisherLaw(model, ncp: 1).pValue(x, alternative: alternative, method: method, midp: midp).p
    }
    if !midp && (method == .central || alternative != .twoSided) {
        let (low, high) = try fisherCentralLimits(model, x: x, alternative: alternative, confLevel: confLevel)
        return (pValue, low, high, false)
    }
    let family = DiscreteFamily(law: { t in FisherLaw(model, ncp: exp(t)) }, x: x, lo: model.lo,
                                outcomesAbove: { _ in Double(model.hi - x) }, tMin: -700, tMax: 700,
                                tEstimate: mle == 0 || mle.isInfinite ? 0 : log(mle),
                                atLowerEnd: x == model.lo, atUpperEnd: x == model.hi)
    let limits = try numerics { () throws(NumericsError) in
        try matchingInterval(family, alternative: alternative, method: method, midp: midp, alpha: alpha)
    }
    return (pValue, limits.low == -.infinity ? 0 : exp(limits.low), limits.high == .infinity ? .infinity : exp(limits.high), limits.gap)
}
