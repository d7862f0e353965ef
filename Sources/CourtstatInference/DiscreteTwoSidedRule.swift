/// R's rule for two-sided exact p-values of a unimodal discrete distribution (binom.test,
/// poisson.test, fisher.test): the p-value sums the probabilities of every outcome no more
/// likely than the observed one, `d(i) ≤ d(x)·(1 + 1e-7)`.
///
/// R counts those outcomes one by one; on each side of the mode the density is monotone, so
/// the same count comes from a binary search, which keeps 10^9 trials as fast as 10.
let relativeErrorR = 1 + 1e-7

/// The number of i in lo...hi with density(i) ≤ threshold, where density does not increase
/// on lo...hi (`decreasing`) or does not decrease on lo...hi (`!decreasing`).
func countAtMost<E: Error>(_ threshold: Double, in lo: Int, _ hi: Int, decreasing: Bool,
                           _ density: (Int) throws(E) -> Double) throws(E) -> Int {
    guard lo <= hi else { return 0 }
    if decreasing {
        // First index whose density is ≤ threshold; all after it are too.
        var a = lo, b = hi + 1
        while a < b {
            let mid = a + (b - a) / 2
            if try density(mid) <= threshold { b = mid } else { a = mid + 1 }
        }
        return hi - a + 1
    } else {
        // Last index whose density is ≤ threshold; all before it are too.
        var a = lo - 1, b = hi
        while a < b {
            let mid = b - (b - a) / 2
            if try density(mid) <= threshold { a = mid } else { b = mid - 1 }
        }
        return a - lo + 1
    }
}
