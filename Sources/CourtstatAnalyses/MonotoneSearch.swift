/// Bisection over whole counts for the tipping points of claims: where a verdict that changes
/// monotonically with a count flips.
enum MonotoneSearch {
    /// The smallest k in lo+1...hi with p(k), for p false at lo (not evaluated), true at hi,
    /// and false-then-true in between.
    static func firstTrue(above lo: Int, atMost hi: Int,
                          _ p: (Int) throws(ClaimError) -> Bool) throws(ClaimError) -> Int {
        var (lo, hi) = (lo, hi)
        while hi - lo > 1 { let mid = lo + (hi - lo) / 2; if try p(mid) { hi = mid } else { lo = mid } }
        return hi
    }

    /// The largest k in lo...hi−1 with p(k), for p true at lo, false at hi (not evaluated),
    /// and true-then-false in between.
    static func lastTrue(atLeast lo: Int, below hi: Int,
                         _ p: (Int) throws(ClaimError) -> Bool) throws(ClaimError) -> Int {
        var (lo, hi) = (lo, hi)
        while hi - lo > 1 { let mid = lo + (hi - lo) / 2; if try p(mid) { lo = mid } else { hi = mid } }
        return lo
    }
}
