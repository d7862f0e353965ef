import CourtstatNumerics

/// Exact test of one proportion; agrees with R's `binom.test(x, n, p, alternative, conf.level)`.
/// - estimate: x / n.
/// - conf_low, conf_high: Clopper–Pearson limits from beta quantiles; coverage is at least
///   `confLevel`, but the interval is not the shortest. One-sided alternatives give [0, u] or [l, 1].
/// - p_value: a one-sided test uses one binomial tail; a two-sided test sums P(X = k) over every k
///   with P(X = k) ≤ P(X = x)·(1 + 1e-7), as R does.
/// - statistic is x; `parameter` and `n` are the number of trials; null_value is p.
/// - With `tsmethod` or `midp` the p-value is that method's (see `TwoSidedMethod`) and the
///   interval inverts the same test (`matchingInterval`), as exactci's binom.exact; `midp`
///   without `tsmethod` is central (exactci's default). Without either, R's p-value and interval,
///   with a note when they disagree about p = `p` at α = 1 − confLevel.
public func binomialTest(x: Int, n: Int, p: Double = 0.5, alternative: Alternative = .twoSided,
                         confLevel: Double = 0.95, tsmethod: TwoSidedMethod? = nil,
                         midp: Bool = false) throws(InferenceError) -> TestResult {
    try requireCount(n, "n", atLeast: 1)
    guard (0...n).contains(x) else {
        throw .invalidArgument(parameter: "x", expected: "a whole number from 0 to \(parameter: "n") (\(n))", found: "\(x)")
    }
    guard p >= 0, p <= 1 else { throw .invalidArgument(parameter: "p", expected: "a probability in [0, 1]", found: "\(p)") }
    try requireConfLevel(confLevel)
    if tsmethod != nil || midp {
        return try binomialMatchingTest(x: x, n: n, p: p, alternative: alternative, confLevel: confLevel,
                                        method: tsmethod ?? .central, midp: midp)
    }

    let pValue: Double = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return try Binomial.cdf(x, n: n, p: p)
        case .greater: return try Binomial.cdf(x - 1, n: n, p: p, lowerTail: false)
        case .twoSided: return try binomialTwoSidedP(x: x, n: n, p: p)
        }
    }
    let (low, high) = try clopperPearson(x: x, n: n, alternative: alternative, confLevel: confLevel)
    return TestResult(estimate: Double(x) / Double(n), statistic: Double(x), parameter: Double(n),
                      pValue: pValue, confLow: low, confHigh: high, confLevel: confLevel,
                      method: "Exact binomial test", alternative: alternative, n: n, nullValue: p,
                      notes: disagreementNote(alternative: alternative, pValue: pValue, confLevel: confLevel,
                                              null: p, low: low, high: high))
}

/// R's two-sided binomial p-value (see `DiscreteTwoSidedRule.swift`).
func binomialTwoSidedP(x: Int, n: Int, p: Double) throws(NumericsError) -> Double {
    if p == 0 { return x == 0 ? 1 : 0 }
    if p == 1 { return x == n ? 1 : 0 }
    let d = try Binomial.pmf(x, n: n, p: p)
    let m = Double(n) * p
    if Double(x) == m { return 1 }
    let threshold = d * relativeErrorR
    let pmf: (Int) throws(NumericsError) -> Double = { i throws(NumericsError) in try Binomial.pmf(i, n: n, p: p) }
    let total: Double
    if Double(x) < m {
        let y = try countAtMost(threshold, in: Int(m.rounded(.up)), n, decreasing: true, pmf)
        total = try Binomial.cdf(x, n: n, p: p) + Binomial.cdf(n - y, n: n, p: p, lowerTail: false)
    } else {
        let y = try countAtMost(threshold, in: 0, Int(m.rounded(.down)), decreasing: false, pmf)
        total = try Binomial.cdf(y - 1, n: n, p: p) + Binomial.cdf(x - 1, n: n, p: p, lowerTail: false)
    }
    return min(1, total)
}

/// Clopper–Pearson limits as R's binom.test: qbeta(α, x, n − x + 1) and qbeta(1 − α, x + 1, n − x),
/// with α = (1 − level)/2 for a two-sided interval and 1 − level for a one-sided bound.
func clopperPearson(x: Int, n: Int, alternative: Alternative, confLevel: Double) throws(InferenceError) -> (Double, Double) {
    try numerics { () throws(NumericsError) in
        func lower(_ alpha: Double) throws(NumericsError) -> Double {
            x == 0 ? 0 : try BetaDistribution.quantile(alpha, a: Double(x), b: Double(n - x + 1))
        }
        func upper(_ alpha: Double) throws(NumericsError) -> Double {
            x == n ? 1 : try BetaDistribution.quantile(alpha, a: Double(x + 1), b: Double(n - x), lowerTail: false)
        }
        switch alternative {
        case .less: return (0, try upper(1 - confLevel))
        case .greater: return (try lower(1 - confLevel), 1)
        case .twoSided:
            let alpha = (1 - confLevel) / 2
            return (try lower(alpha), try upper(alpha))
        }
    }
}
