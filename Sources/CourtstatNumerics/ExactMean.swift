/// A sample mean carried as an unevaluated sum `head + tail` (a double-double), so that the mean
/// itself is correctly rounded and a difference of two nearly equal means keeps its digits.
///
/// Why: on samples near 10⁶ whose means differ by 0.005, each mean rounded to a double is off by
/// up to half an ulp of 10⁶ (5.8e-11), so mean(a) − mean(b) computed from the rounded means is
/// off by up to 2.3e-8 relative; R's `mean()` (a long-double sum and a correction pass) leaves
/// about 5e-9 (issue 19). Here the sum is accumulated without rounding loss by error-free
/// transformations (Knuth's TwoSum; Ogita, Rump & Oishi, "Accurate sum and dot product", SIAM
/// J. Sci. Comput. 26, 2005, Algorithm 4.4 "Sum2"), divided by n keeping the remainder (an
/// exact fused multiply-add), and the difference of two means is taken head with head, tail with
/// tail before rounding once.
public struct ExactMean: Sendable, Equatable {
    public let head: Double
    public let tail: Double

    /// The mean of `values` (NaN for none). Sum2's error bound: the double-double sum is within
    /// n·u² Σ|xᵢ| of the exact sum (u = 2⁻⁵³), far below an ulp of the mean for any sample that
    /// fits in memory.
    public init(_ values: [Double]) {
        guard !values.isEmpty else { head = .nan; tail = .nan; return }
        var sum = 0.0, error = 0.0
        for v in values {
            let (s, e) = twoSum(sum, v)
            sum = s; error += e
        }
        let (hi, lo) = fastTwoSum(sum, error)
        let n = Double(values.count)
        let q1 = hi / n
        // hi − q1·n exactly (fma), plus the low part, then its share of n.
        let q2 = (hi.addingProduct(-q1, n) + lo) / n
        (head, tail) = fastTwoSum(q1, q2)
    }

    /// The mean rounded to a double (correctly rounded up to a rare double rounding).
    public var value: Double { head + tail }

    /// self − value, rounded once (a mean's distance from a null value close to it).
    public func minus(_ value: Double) -> Double {
        let (s, e) = twoSum(head, -value)
        return s + (e + tail)
    }

    /// self − other, rounded once: heads and tails are subtracted separately (TwoSum on the
    /// heads), so nearly equal means lose nothing to cancellation.
    public func minus(_ other: ExactMean) -> Double {
        let (s, e) = twoSum(head, -other.head)
        return s + (e + (tail - other.tail))
    }
}

/// Knuth's TwoSum: s = fl(a + b) and the exact error e, a + b = s + e.
@inline(__always)
func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
}

/// Dekker's FastTwoSum, exact when |a| ≥ |b| (or a = 0).
@inline(__always)
func fastTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let (x, y) = abs(a) >= abs(b) ? (a, b) : (b, a)
    let s = x + y
    return (s, y - (s - x))
}
