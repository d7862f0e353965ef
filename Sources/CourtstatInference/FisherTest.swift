import CourtstatNumerics
import Foundation

/// Fisher's exact test for a 2x2 table with rows (a, b) and (c, d); agrees with R's
/// `fisher.test(matrix(c(a, c, b, d), 2), alternative, conf.level)`.
/// - estimate: the conditional maximum-likelihood odds ratio (the noncentrality at which the
///   noncentral hypergeometric mean of a equals a); 0 or ∞ at the ends of the support.
/// - conf_low, conf_high: the exact conditional interval (noncentralities at which one tail
///   probability equals α). R finds the estimate and the limits with `uniroot` at its default
///   tolerance (about 1e-4, so R's digits are off by up to ~1e-4 relative); here the same
///   equations are solved to full double precision by Brent's method.
/// - p_value: one-sided from the hypergeometric tail; two-sided sums the probabilities of all
///   tables no more likely than the observed one (within 1e-7 relative), as R.
/// - statistic and df are nil (R reports none); null_value is the odds ratio 1.
/// - With `tsmethod` or `midp`: exact2x2's meaning, the p-value of that method at odds ratio 1
///   (see `TwoSidedMethod`; `midp` alone is central) and the interval on the odds ratio that
///   inverts the same test. Without either, R's output, with a note when its p-value and interval
///   disagree.
public func fisherTest(a: Int, b: Int, c: Int, d: Int, alternative: Alternative = .twoSided,
                       confLevel: Double = 0.95, tsmethod: TwoSidedMethod? = nil,
                       midp: Bool = false) throws(InferenceError) -> TestResult {
    for (v, name) in [(a, "a"), (b, "b"), (c, "c"), (d, "d")] where v < 0 {
        throw .invalidArgument(parameter: "table", expected: "four counts ≥ 0 (cell \(name))", found: "\(v)")
    }
    try requireConfLevel(confLevel)
    guard a + b + c + d > 0 else {
        throw .undefined(parameter: "table", reason: "every cell is 0; there is no table to test")
    }
    // With a zero margin only one table is possible: R reports p = 1, odds ratio 0, interval
    // [0, ∞]; so does this, with a note, rather than refusing where R gives numbers.
    let zeroMargin = a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0
    let model = try NoncentralHypergeometric(m: a + c, n: b + d, k: a + b)
    let x = a
    let estimate = try numerics { () throws(NumericsError) in try model.conditionalMLE(x) }
    var notes = zeroMargin ? ["a row or column total is 0: the table says nothing about the odds ratio"] : []
    if tsmethod != nil || midp {
        let method = tsmethod ?? .central
        let m = try fisherMatchingTest(model, x: x, estimate: estimate, alternative: alternative, confLevel: confLevel, method: method, midp: midp)
        let (name, more) = matchingDescription("Exact Fisher test", alternative: alternative, method: method, midp: midp, gap: m.gap)
        return TestResult(estimate: estimate, pValue: m.pValue, confLow: m.low, confHigh: m.high, confLevel: confLevel,
                          method: name, alternative: alternative, n: a + b + c + d, nullValue: 1, notes: notes + more)
    }
    let pValue = try model.pValue(x, alternative: alternative)
    let (low, high) = try fisherCentralLimits(model, x: x, alternative: alternative, confLevel: confLevel)
    notes += disagreementNote(alternative: alternative, pValue: pValue, confLevel: confLevel, null: 1, low: low, high: high)
    return TestResult(estimate: estimate, pValue: pValue, confLow: low, confHigh: high, confLevel: confLevel,
                      method: "Fisher's Exact Test for Count Data", alternative: alternative,
                      n: a + b + c + d, nullValue: 1, notes: notes)
}

/// R's interval for the odds ratio (fisher.test): each limit puts α/2 (one-sided: α) of the
/// conditional distribution in one tail.
func fisherCentralLimits(_ model: NoncentralHypergeometric, x: Int, alternative: Alternative,
                         confLevel: Double) throws(InferenceError) -> (low: Double, high: Double) {
    try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return (0, try model.upperLimit(x, alpha: 1 - confLevel))
        case .greater: return (try model.lowerLimit(x, alpha: 1 - confLevel), .infinity)
        case .twoSided:
            let alpha = (1 - confLevel) / 2
            return (try model.lowerLimit(x, alpha: alpha), try model.upperLimit(x, alpha: alpha))
        }
    }
}

/// The p-value of Fisher's exact test alone (as `fisherTest`, without the odds ratio and its
/// interval, which need root finding): for scanning many tables.
public func fisherExactPValue(a: Int, b: Int, c: Int, d: Int, alternative: Alternative = .twoSided) throws(InferenceError) -> Double {
    guard min(a, b, c, d) >= 0, a + b + c + d > 0 else {
        throw .invalidArgument(parameter: "table", expected: "four counts ≥ 0, not all 0", found: "\(a),\(b),\(c),\(d)")
    }
    return try NoncentralHypergeometric(m: a + c, n: b + d, k: a + b).pValue(a, alternative: alternative)
}

/// The distribution of the (1,1) cell of a 2x2 table given its margins, with odds ratio `ncp`
/// (Fisher's noncentral hypergeometric distribution): m = first column total, n = second
/// column total, k = first row total, as R's fisher.test.
struct NoncentralHypergeometric {
    let m: Int, n: Int, k: Int
    let lo: Int, hi: Int
    let support: [Double]
    let logDensity: [Double]
    /// The most tables (values of the (1,1) cell) the exact test enumerates.
    static let maxTables = 1_000_000

    init(m: Int, n: Int, k: Int) throws(InferenceError) {
        self.m = m; self.n = n; self.k = k
        lo = max(0, k - n)
        hi = min(k, m)
        // Every possible table is enumerated, several times over in the root finding: 10^6 of
        // them take seconds and 50 MB; 10^9 would take hours and 8 GB (R runs out of memory).
        guard hi - lo < Self.maxTables else {
            throw .invalidArgument(parameter: "table", expected: "margins that allow at most \(Self.maxTables) tables (the exact test enumerates them)",
                                   found: "\(hi - lo + 1); for counts this large use the chi-square test")
        }
        support = (lo...hi).map(Double.init)
        let (lo, hi) = (lo, hi)
        logDensity = try numerics { () throws(NumericsError) in
            try (lo...hi).map { x throws(NumericsError) in try Hypergeometric.logPmf(x, m: m, n: n, k: k) }
        }
    }

    /// Probabilities over the support at odds ratio ncp (R's dnhyper), scaled to sum to 1.
    func density(ncp: Double) -> [Double] {
        let w = window(ncp: ncp)
        var d = [Double](repeating: 0, count: support.count)
        d.replaceSubrange(w.start..<(w.start + w.values.count), with: w.values)
        return d
    }

    /// The part of `density(ncp:)` that is not 0 in double precision: P(X = lo + start + i) =
    /// values[i]. The log-density log dhyper(x) + x log ncp is concave in x, so once it falls
    /// more than 760 below its maximum on either side of the mode (where exp underflows to
    /// exactly 0) it stays there; only the window in between is exponentiated. Summing from
    /// the left as before, the zeros left out change no sum: the numbers are those of the
    /// whole support, bit for bit, at a fraction of the cost for wide supports (10^5 tables
    /// and more, a fisher.test on a million cases).
    func window(ncp: Double) -> (start: Int, values: [Double]) {
        let logNcp = log(ncp)
        let count = support.count
        var top = -Double.infinity, mode = 0
        logDensity.withUnsafeBufferPointer { ld in
            support.withUnsafeBufferPointer { x in
                for i in 0..<count {
                    let v = ld[i] + logNcp * x[i]
                    if v > top { top = v; mode = i }
                }
            }
        }
        guard top.isFinite else {
            // Not a number at all (ncp NaN): as the whole-support computation would, NaN everywhere.
            return (0, [Double](repeating: .nan, count: count))
        }
        let floor = top - 760
        var first = mode, last = mode
        while first > 0, logDensity[first - 1] + logNcp * support[first - 1] >= floor { first -= 1 }
        while last < count - 1, logDensity[last + 1] + logNcp * support[last + 1] >= floor { last += 1 }
        var e = (first...last).map { exp(logDensity[$0] + logNcp * support[$0] - top) }
        let total = e.reduce(0, +)
        for i in e.indices { e[i] /= total }
        return (first, e)
    }

    /// Fisher's p-value for the observed x (odds ratio 1 under the null), as R's fisher.test.
    func pValue(_ x: Int, alternative: Alternative) throws(InferenceError) -> Double {
        try numerics { () throws(NumericsError) in
            switch alternative {
            case .less: return try tail(x, ncp: 1, upper: false)
            case .greater: return try tail(x, ncp: 1, upper: true)
            case .twoSided:
                let dens = density(ncp: 1)
                let threshold = dens[x - lo] * relativeErrorR
                return min(1, dens.filter { $0 <= threshold }.reduce(0, +))
            }
        }
    }

    /// The mean of the (1,1) cell at odds ratio ncp (R's mnhyper).
    func mean(ncp: Double) -> Double {
        if ncp == 0 { return Double(lo) }
        if ncp.isInfinite { return Double(hi) }
        let w = window(ncp: ncp)
        var total = 0.0
        for (i, p) in w.values.enumerated() { total += support[w.start + i] * p }
        return total
    }

    /// P(X ≤ q) or P(X ≥ q) at odds ratio ncp (R's pnhyper; the ncp = 1 case from GSL's tails).
    func tail(_ q: Int, ncp: Double, upper: Bool) throws(NumericsError) -> Double {
        if ncp == 0 { return upper ? (q <= lo ? 1 : 0) : (q >= lo ? 1 : 0) }
        if ncp.isInfinite { return upper ? (q <= hi ? 1 : 0) : (q >= hi ? 1 : 0) }
        if ncp == 1 {
            return upper ? try Hypergeometric.cdf(q - 1, m: m, n: n, k: k, lowerTail: false)
                         : try Hypergeometric.cdf(q, m: m, n: n, k: k)
        }
        let w = window(ncp: ncp)
        var total = 0.0
        for (i, p) in w.values.enumerated() where upper ? (lo + w.start + i >= q) : (lo + w.start + i <= q) { total += p }
        return total
    }

    /// The conditional MLE of the odds ratio (R's `mle`), solved to full precision.
    func conditionalMLE(_ x: Int) throws(NumericsError) -> Double {
        if x == lo { return 0 }
        if x == hi { return .infinity }
        let mu = mean(ncp: 1), target = Double(x)
        if mu > target { return try brentRoot(lower: 0, upper: 1) { t in self.mean(ncp: t) - target } }
        if mu < target { return 1 / (try brentRoot(lower: .ulpOfOne, upper: 1) { t in self.mean(ncp: 1 / t) - target }) }
        return 1
    }

    /// Upper confidence limit of the odds ratio (R's ncp.U).
    func upperLimit(_ x: Int, alpha: Double) throws(NumericsError) -> Double {
        if x == hi { return .infinity }
        let p = try tail(x, ncp: 1, upper: false)
        if p < alpha { return try brentRoot(lower: 0, upper: 1) { t throws(NumericsError) in try self.tail(x, ncp: t, upper: false) - alpha } }
        if p > alpha { return 1 / (try brentRoot(lower: .ulpOfOne, upper: 1) { t throws(NumericsError) in try self.tail(x, ncp: 1 / t, upper: false) - alpha }) }
        return 1
    }

    /// Lower confidence limit of the odds ratio (R's ncp.L).
    func lowerLimit(_ x: Int, alpha: Double) throws(NumericsError) -> Double {
        if x == lo { return 0 }
        let p = try tail(x, ncp: 1, upper: true)
        if p > alpha { return try brentRoot(lower: 0, upper: 1) { t throws(NumericsError) in try self.tail(x, ncp: t, upper: true) - alpha } }
        if p < alpha { return 1 / (try brentRoot(lower: .ulpOfOne, upper: 1) { t throws(NumericsError) in try self.tail(x, ncp: 1 / t, upper: true) - alpha }) }
        return 1
    }
}
