import CourtstatNumerics
import Foundation

/// Exact Poisson tests; agree with R's `poisson.test(x, T, r, alternative, conf.level)`.
///
/// One sample (x events in time base T): estimate x/T; interval the exact (Garwood) limits
/// qgamma(α, x)/T and qgamma(1 − α, x + 1)/T; p-value from the Poisson(rT) tails, two-sided by
/// R's rule (outcomes no more likely than x). statistic x, parameter T, null_value r.
///
/// Two samples: estimate the rate ratio (x1/T1)/(x2/T2); conditionally on x1 + x2, x1 is
/// binomial with p = rT1/(rT1 + T2), so the p-value and the Clopper–Pearson interval π come from
/// binom.test, mapped to ratios π/(1 − π)·T2/T1. statistic x1, parameter the expected x1 under r.
/// This is the test for "doubled": r = 2 with alternative greater or less.
///
/// With `tsmethod` or `midp`: exactci's poisson.exact, the p-value of that method (see
/// `TwoSidedMethod`) and the interval that inverts it (two samples: through the conditional
/// binomial, as above). Without either, R's output, with a note when its two-sided p-value and
/// interval disagree.
public func poissonTest(x: [Int], t: [Double], r: Double = 1, alternative: Alternative = .twoSided,
                        confLevel: Double = 0.95, tsmethod: TwoSidedMethod? = nil,
                        midp: Bool = false) throws(InferenceError) -> TestResult {
    try checkPoissonArguments(x: x, t: t, r: r, confLevel: confLevel)

    if x.count == 2 {
        let total = x[0] + x[1]
        let p = r * t[0] / (r * t[0] + t[1])
        let b = try binomialTest(x: x[0], n: total, p: p, alternative: alternative, confLevel: confLevel,
                                 tsmethod: tsmethod, midp: midp)
        let toRatio = { (pi: Double) -> Double in pi >= 1 ? .infinity : pi / (1 - pi) * t[1] / t[0] }
        let ratio = x[1] == 0 ? Double.infinity : (Double(x[0]) / t[0]) / (Double(x[1]) / t[1])
        return TestResult(estimate: ratio, statistic: Double(x[0]),
                          parameter: Double(total) * r * t[0] / (t[0] + r * t[1]),
                          pValue: b.pValue, confLow: toRatio(b.confLow!), confHigh: toRatio(b.confHigh!),
                          confLevel: confLevel,
                          method: tsmethod != nil || midp ? b.method.replacingOccurrences(of: "binomial test", with: "comparison of Poisson rates")
                                                          : "Comparison of Poisson rates",
                          alternative: alternative, n: total, nullValue: r, notes: b.notes)
    }

    let count = x[0], time = t[0]
    if tsmethod != nil || midp {
        return try poissonMatchingTest(x: count, time: time, r: r, alternative: alternative, confLevel: confLevel,
                                       method: tsmethod ?? .central, midp: midp)
    }
    let m = r * time
    let pValue: Double = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return try Poisson.cdf(count, mu: m)
        case .greater: return try Poisson.cdf(count - 1, mu: m, lowerTail: false)
        case .twoSided: return try poissonTwoSidedP(x: count, m: m)
        }
    }
    let (low, high) = try garwoodInterval(count: count, time: time, alternative: alternative, confLevel: confLevel)
    return TestResult(estimate: Double(count) / time, statistic: Double(count), parameter: time, pValue: pValue,
                      confLow: low, confHigh: high, confLevel: confLevel, method: "Exact Poisson test",
                      alternative: alternative, n: count, nullValue: r,
                      notes: disagreementNote(alternative: alternative, pValue: pValue, confLevel: confLevel,
                                              null: r, low: low, high: high))
}

/// poisson.test's interval for a rate (Garwood's): gamma quantiles of the count, each limit
/// with α/2 (one-sided: α) in its tail, divided by the time base.
func garwoodInterval(count: Int, time: Double, alternative: Alternative,
                     confLevel: Double) throws(InferenceError) -> (low: Double, high: Double) {
    try numerics { () throws(NumericsError) in
        func lower(_ a: Double) throws(NumericsError) -> Double {
            count == 0 ? 0 : try GammaDistribution.quantile(a, shape: Double(count))
        }
        func upper(_ a: Double) throws(NumericsError) -> Double {
            try GammaDistribution.quantile(a, shape: Double(count + 1), lowerTail: false)
        }
        switch alternative {
        case .less: return (0, try upper(1 - confLevel) / time)
        case .greater: return (try lower(1 - confLevel) / time, .infinity)
        case .twoSided:
            let a = (1 - confLevel) / 2
            return (try lower(a) / time, try upper(a) / time)
        }
    }
}

/// R's two-sided Poisson p-value (see `DiscreteTwoSidedRule.swift`).
func poissonTwoSidedP(x: Int, m: Double) throws(NumericsError) -> Double {
    if m == 0 { return x == 0 ? 1 : 0 }
    let d = try Poisson.pmf(x, mu: m)
    if Double(x) == m { return 1 }
    let threshold = d * relativeErrorR
    let pmf: (Int) throws(NumericsError) -> Double = { i throws(NumericsError) in try Poisson.pmf(i, mu: m) }
    if Double(x) < m {
        var upperEnd = Int((2 * m - Double(x)).rounded(.up))
        while try Poisson.pmf(upperEnd, mu: m) > d { upperEnd *= 2 }
        let y = try countAtMost(threshold, in: Int(m.rounded(.up)), upperEnd, decreasing: true, pmf)
        return min(1, try Poisson.cdf(x, mu: m) + Poisson.cdf(upperEnd - y, mu: m, lowerTail: false))
    } else {
        let y = try countAtMost(threshold, in: 0, Int(m.rounded(.down)), decreasing: false, pmf)
        return min(1, try Poisson.cdf(y - 1, mu: m) + Poisson.cdf(x - 1, mu: m, lowerTail: false))
    }
}

/// The Wald interval for a rate ratio on the log scale: exp(log RR ± z·√(1/x1 + 1/x2)), with the z
/// test of ratio = r. Undefined (nil, with a note) when a count is 0.
public func poissonRatioWald(x: [Int], t: [Double], r: Double = 1, confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    guard x.count == 2, t.count == 2 else {
        throw .invalidArgument(parameter: "x", expected: "two counts for a rate ratio", found: "\(x.count)")
    }
    let method = "Wald interval for the log rate ratio"
    guard x[0] > 0, x[1] > 0 else {
        return TestResult(term: "rate_ratio_wald", method: method, alternative: .twoSided, nullValue: r,
                          notes: ["a count of 0 leaves the log rate ratio undefined"])
    }
    let ratio = (Double(x[0]) / t[0]) / (Double(x[1]) / t[1])
    let se = (1 / Double(x[0]) + 1 / Double(x[1])).squareRoot()
    let (z, q, p) = try numerics { () throws(NumericsError) in
        let z = (log(ratio) - log(r)) / se
        return (z, try Normal.quantile((1 + confLevel) / 2), 2 * (try Normal.cdf(-abs(z))))
    }
    return TestResult(term: "rate_ratio_wald", estimate: ratio, stdError: se, statistic: z, pValue: p,
                      confLow: exp(log(ratio) - q * se), confHigh: exp(log(ratio) + q * se), confLevel: confLevel,
                      method: method, alternative: .twoSided, n: x[0] + x[1], nullValue: r)
}

/// poisson.test's checks of its arguments: one or two counts with their time bases, a positive
/// finite null rate, a level in (0, 1), and not both counts 0 in a two-sample comparison.
func checkPoissonArguments(x: [Int], t: [Double], r: Double, confLevel: Double) throws(InferenceError) {
    guard (1...2).contains(x.count) else {
        throw .invalidArgument(parameter: "x", expected: "one or two counts", found: "\(x.count)")
    }
    guard t.count == x.count else {
        throw .invalidArgument(parameter: "t", expected: "\(x.count) time base\(x.count == 1 ? "" : "s"), one per \(parameter: "x")", found: "\(t.count)")
    }
    for xi in x { try requireCount(xi, "x") }
    for ti in t where !(ti > 0 && ti.isFinite) {
        throw .invalidArgument(parameter: "t", expected: "positive finite time bases", found: "\(ti)")
    }
    guard r > 0, r.isFinite else { throw .invalidArgument(parameter: "r", expected: "a positive finite rate (ratio)", found: "\(r)") }
    try requireConfLevel(confLevel)
    if x.count == 2, x[0] + x[1] == 0 {
        throw .undefined(parameter: "x", reason: "both counts are 0; the rate ratio is undefined")
    }
}
