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
public func fisherTest(a: Int, b: Int, c: Int, d: Int, alternative: Alternative = .twoSided,
                       confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    for (v, name) in [(a, "a"), (b, "b"), (c, "c"), (d, "d")] where v < 0 {
        throw .invalidArgument(argument: "--table", expected: "four counts ≥ 0 (cell \(name))", found: "\(v)")
    }
    try requireConfLevel(confLevel)
    guard a + b + c + d > 0 else {
        throw .undefined(argument: "--table", reason: "every cell is 0; there is no table to test")
    }
    // With a zero margin only one table is possible: R reports p = 1, odds ratio 0, interval
    // [0, ∞]; so does this, with a note, rather than refusing where R gives numbers.
    let zeroMargin = a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0
    let model = try NoncentralHypergeometric(m: a + c, n: b + d, k: a + b)
    let x = a
    let pValue = try model.pValue(x, alternative: alternative)
    let (low, high): (Double, Double) = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return (0, try model.upperLimit(x, alpha: 1 - confLevel))
        case .greater: return (try model.lowerLimit(x, alpha: 1 - confLevel), .infinity)
        case .twoSided:
            let alpha = (1 - confLevel) / 2
            return (try model.lowerLimit(x, alpha: alpha), try model.upperLimit(x, alpha: alpha))
        }
    }
    let estimate = try numerics { () throws(NumericsError) in try model.conditionalMLE(x) }
    return TestResult(estimate: estimate, pValue: pValue, confLow: low, confHigh: high, confLevel: confLevel,
                      method: "Fisher's Exact Test for Count Data", alternative: alternative,
                      n: a + b + c + d, nullValue: 1,
                      notes: zeroMargin ? ["a row or column total is 0: the table says nothing about the odds ratio"] : [])
}

/// The p-value of Fisher's exact test alone (as `fisherTest`, without the odds ratio and its
/// interval, which need root finding): for scanning many tables.
public func fisherExactPValue(a: Int, b: Int, c: Int, d: Int, alternative: Alternative = .twoSided) throws(InferenceError) -> Double {
    guard min(a, b, c, d) >= 0, a + b + c + d > 0 else {
        throw .invalidArgument(argument: "--table", expected: "four counts ≥ 0, not all 0", found: "\(a),\(b),\(c),\(d)")
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
            throw .invalidArgument(argument: "--table", expected: "margins that allow at most \(Self.maxTables) tables (the exact test enumerates them)",
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
        let logNcp = log(ncp)
        let d = zip(logDensity, support).map { $0 + logNcp * $1 }
        let top = d.max() ?? 0
        let e = d.map { exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
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
        return zip(support, density(ncp: ncp)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// P(X ≤ q) or P(X ≥ q) at odds ratio ncp (R's pnhyper; the ncp = 1 case from GSL's tails).
    func tail(_ q: Int, ncp: Double, upper: Bool) throws(NumericsError) -> Double {
        if ncp == 0 { return upper ? (q <= lo ? 1 : 0) : (q >= lo ? 1 : 0) }
        if ncp.isInfinite { return upper ? (q <= hi ? 1 : 0) : (q >= hi ? 1 : 0) }
        if ncp == 1 {
            return upper ? try Hypergeometric.cdf(q - 1, m: m, n: n, k: k, lowerTail: false)
                         : try Hypergeometric.cdf(q, m: m, n: n, k: k)
        }
        let d = density(ncp: ncp)
        var total = 0.0
        for (i, p) in d.enumerated() where upper ? (lo + i >= q) : (lo + i <= q) { total += p }
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
