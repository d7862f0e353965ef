import CourtstatNumerics

/// How a two-sided exact p-value for a discrete distribution is defined (Fay 2010, "Two-sided
/// exact tests and matching confidence intervals for discrete data", R Journal 2(1):53; the
/// meaning of `tsmethod` in the R packages exactci and exact2x2). With F(i) = P(X ≤ i),
/// F̄(i) = P(X ≥ i) and f(i) = P(X = i) at the null, x observed:
/// - central: min(1, 2·min(F(x), F̄(x))), twice the smaller one-sided p-value.
/// - minlike: the probability of every outcome no more likely than x, Σ f(i) over
///   f(i) ≤ f(x)·(1 + 1e-7) (R's binom.test, poisson.test and fisher.test).
/// - blaker: the smaller tail of x plus the largest tail probability on the other side that does
///   not exceed it (times 1 + 1e-7): if F(x) ≤ F̄(x), F(x) + max{F̄(i) : F̄(i) ≤ F(x)·(1 + 1e-7)},
///   else F̄(x) + max{F(i) : F(i) ≤ F̄(x)·(1 + 1e-7)}; capped at 1.
/// Mid-p versions: central and blaker use F(i) − f(i)/2 and F̄(i) − f(i)/2 for every tail;
/// minlike subtracts f(x)/2 from its sum. One-sided mid-p values are F(x) − f(x)/2, F̄(x) − f(x)/2.
public enum TwoSidedMethod: String, Sendable, CaseIterable {
    case central, minlike, blaker
}

/// One distribution of a one-parameter discrete family at a fixed parameter value: what the
/// two-sided rules need. Outcomes are lo...hi (hi nil: no upper end, as Poisson).
protocol DiscreteLaw {
    var lo: Int { get }
    var hi: Int? { get }
    /// An outcome of largest probability.
    var mode: Int { get }
    func pmf(_ i: Int) throws(NumericsError) -> Double
    /// P(X ≤ i): 0 below lo.
    func cdf(_ i: Int) throws(NumericsError) -> Double
    /// P(X ≥ i): 1 at or below lo.
    func sf(_ i: Int) throws(NumericsError) -> Double
}

/// A p-value, and which outcomes it sums (the "signature"): on a range of parameters where the
/// signature does not change, the p-value is a smooth function of the parameter.
struct SignedPValue {
    let p: Double
    let signature: [Int]
}

/// The first i in a...b where `test` holds, for a test that is false then true along a...b;
/// b + 1 when it never holds.
func firstIndex<E: Error>(in a: Int, _ b: Int, where test: (Int) throws(E) -> Bool) throws(E) -> Int {
    var lo = a, hi = b + 1
    while lo < hi {
        let mid = lo + (hi - lo) / 2
        if try test(mid) { hi = mid } else { lo = mid + 1 }
    }
    return lo
}

extension DiscreteLaw {
    /// A finite upper end for searches: hi, or (no upper end) an outcome at or above `from`
    /// beyond which `test` holds (found by doubling), for a test that is false then true.
    func searchEnd(from: Int, until test: (Int) throws(NumericsError) -> Bool) throws(NumericsError) -> Int {
        if let hi { return hi }
        var step = max(16, from / 4), end = from + step
        while !(try test(end)) {
            step *= 2; end = from + step
            guard end < 1 << 50 else { throw .domain("no end to the Poisson tail search") }
        }
        return end
    }

    /// The lower tail with mid-p: F(i) − f(i)/2 when `midp`.
    func lowerTail(_ i: Int, midp: Bool) throws(NumericsError) -> Double {
        midp ? try cdf(i) - 0.5 * pmf(i) : try cdf(i)
    }
    /// The upper tail with mid-p: F̄(i) − f(i)/2 when `midp`.
    func upperTail(_ i: Int, midp: Bool) throws(NumericsError) -> Double {
        midp ? try sf(i) - 0.5 * pmf(i) : try sf(i)
    }

    /// The p-value of x for the alternative (two-sided by `method`), see `TwoSidedMethod`.
    func pValue(_ x: Int, alternative: Alternative, method: TwoSidedMethod, midp: Bool) throws(NumericsError) -> SignedPValue {
        switch alternative {
        case .less: return SignedPValue(p: try lowerTail(x, midp: midp), signature: [])
        case .greater: return SignedPValue(p: try upperTail(x, midp: midp), signature: [])
        case .twoSided:
            switch method {
            case .central:
                let f = try lowerTail(x, midp: midp), g = try upperTail(x, midp: midp)
                return SignedPValue(p: min(1, 2 * min(f, g)), signature: [f <= g ? 0 : 1])
            case .minlike: return try minlikeP(x, midp: midp)
            case .blaker: return try blakerP(x, midp: midp)
            }
        }
    }

    private func minlikeP(_ x: Int, midp: Bool) throws(NumericsError) -> SignedPValue {
        let d = try pmf(x)
        let threshold = d * relativeErrorR
        let half = midp ? 0.5 * d : 0
        let m = mode
        if try pmf(m) <= threshold { return SignedPValue(p: 1 - half, signature: [lo - 1, Int.max]) }
        // Below the mode the density rises, above it falls: the outcomes no more likely than x
        // are lo...a and b... .
        let a = try firstIndex(in: lo, m) { i throws(NumericsError) in try pmf(i) > threshold } - 1
        let end = try searchEnd(from: m) { i throws(NumericsError) in try pmf(i) <= threshold }
        let b = try firstIndex(in: m, end) { i throws(NumericsError) in try pmf(i) <= threshold }
        var p = a >= lo ? try cdf(a) : 0
        if hi == nil || b <= hi! { p += try sf(b) }
        return SignedPValue(p: min(1, p - half), signature: [a, b])
    }

    private func blakerP(_ x: Int, midp: Bool) throws(NumericsError) -> SignedPValue {
        let lower = try lowerTail(x, midp: midp), upper = try upperTail(x, midp: midp)
        if lower <= upper {
            // Upper tails fall with i: the first i whose upper tail is ≤ lower·(1 + 1e-7) has the largest such.
            let c = lower * relativeErrorR
            // No tail is ≤ 0 but those that underflow: nothing to add.
            if c <= 0 { return SignedPValue(p: max(0, lower), signature: [0, Int.max]) }
            let end = try searchEnd(from: x) { i throws(NumericsError) in try upperTail(i, midp: midp) <= c }
            let i = try firstIndex(in: lo, end) { i throws(NumericsError) in try upperTail(i, midp: midp) <= c }
            if let hi, i > hi { return SignedPValue(p: min(1, lower), signature: [0, Int.max]) }
            return SignedPValue(p: min(1, lower + (try upperTail(i, midp: midp))), signature: [0, i])
        } else {
            // Lower tails rise with i: the last i whose lower tail is ≤ upper·(1 + 1e-7).
            let c = upper * relativeErrorR
            if c >= 1 { return SignedPValue(p: 1, signature: [1, Int.max]) }
            if c <= 0 { return SignedPValue(p: max(0, upper), signature: [1, lo - 1]) }
            let end = try searchEnd(from: x) { i throws(NumericsError) in try lowerTail(i, midp: midp) > c }
            let i = try firstIndex(in: lo, end) { i throws(NumericsError) in try lowerTail(i, midp: midp) > c } - 1
            if i < lo { return SignedPValue(p: min(1, upper), signature: [1, lo - 1]) }
            return SignedPValue(p: min(1, upper + (try lowerTail(i, midp: midp))), signature: [1, i])
        }
    }
}
