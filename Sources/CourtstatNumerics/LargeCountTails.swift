#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Binomial and Poisson probabilities for large counts, where GSL falls short: its incomplete
// gamma function is off by 1e-8 relative near the mean from about 5·10^4 events (2e-4 at
// 3·10^5, 8% at 10^6), its incomplete beta function by 1e-8 from about 10^6 trials, and
// gsl_cdf_beta_Pinv loops for ever once gsl_cdf_beta_P returns NaN (10^9 trials). R's
// pbinom and ppois stay exact there.
//
// Densities use Loader's saddle-point form ("Fast and accurate computation of binomial
// probabilities", 2000, the method of R's dbinom and dpois): log n! through Stirling's series
// plus its error term, and the deviance term x·log(x/μ) + μ − x by a series when x is near μ,
// so no large logarithms are subtracted. A tail is the sum of the densities from the cut-off
// outward, each term from the one before by the ratio of neighbouring densities, until the
// terms no longer change the sum; the tail on the far side of the mean is 1 − the near one,
// which is then at least about 0.4, so the subtraction loses nothing.
//
// Used above `largeCountThreshold`; below it GSL's own functions are exact to 1e-10 and are
// kept, so results there do not change by a digit.

/// Poisson means and gamma shapes above this, and binomial trials above ten times this, use
/// the sums below instead of GSL.
let largeCountThreshold = 10_000.0

/// The largest count handled: every integer up to it is a Double, and a tail sums at most a
/// few times √count terms.
let largestCount = 1e12

/// log(n!) − [(n + ½)·log n − n + ½·log 2π], the error of Stirling's formula, for a whole n ≥ 0.
func stirlingError(_ n: Double) -> Double {
    if n <= 15 {
        if n == 0 { return 0 }
        return lgamma(n + 1) - (n + 0.5) * log(n) + n - 0.5 * log(2 * Double.pi)
    }
    let n2 = n * n
    // 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹); the next term is below
    // 1e-16 of the sum from n = 15 on.
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / n2) / n2) / n2) / n2) / n
}

/// x·log(x/m) + m − x, the deviance term of a count x against the mean m > 0, accurate when
/// x is close to m.
func devianceTerm(_ x: Double, _ m: Double) -> Double {
    if x == 0 { return m }
    if abs(x - m) < 0.1 * (x + m) {
        var v = (x - m) / (x + m)
        var s = (x - m) * v
        var ej = 2 * x * v
        v *= v
        var j = 1.0
        while j < 1000 {
            ej *= v
            let next = s + ej / (2 * j + 1)
            if next == s { return next }
            s = next
            j += 1
        }
        return s
    }
    return x * log(x / m) + m - x
}

/// P(X = k) for X ~ Poisson(mu), k ≥ 0, mu > 0.
func poissonDensity(_ k: Double, _ mu: Double) -> Double {
    if k == 0 { return exp(-mu) }
    return exp(-stirlingError(k) - devianceTerm(k, mu)) / (2 * Double.pi * k).squareRoot()
}

/// log P(X = k) for X ~ Binomial(n, p), 0 ≤ k ≤ n, 0 < p < 1.
func logBinomialDensity(_ k: Double, _ n: Double, _ p: Double) -> Double {
    if k == 0 { return n * Glibc.log1p(-p) }
    if k == n { return n * log(p) }
    let lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - devianceTerm(k, n * p) - devianceTerm(n - k, n * (1 - p))
    return lc - 0.5 * log(2 * Double.pi * k * (n - k) / n)
}

/// P(X = k) for X ~ Binomial(n, p), 0 ≤ k ≤ n, 0 < p < 1.
func binomialDensity(_ k: Double, _ n: Double, _ p: Double) -> Double { exp(logBinomialDensity(k, n, p)) }

/// log P(X = x) for the hypergeometric distribution (x white among k drawn from m white and n
/// black), x in its support: the ratio of three binomial densities at p = k/(m + n), as R's
/// dhyper, which keeps its digits where log C(m + n, k) is of the order of 10^9.
func logHypergeometricDensity(_ x: Double, m: Double, n: Double, k: Double) -> Double {
    let p = k / (m + n)
    if p == 0 || p == 1 { return 0 }       // one possible x
    return logBinomialDensity(x, m, p) + logBinomialDensity(k - x, n, p) - logBinomialDensity(k, m + n, p)
}

/// P(X = x) for the hypergeometric distribution, x in its support.
func hypergeometricDensity(_ x: Double, m: Double, n: Double, k: Double) -> Double { exp(logHypergeometricDensity(x, m: m, n: n, k: k)) }

/// P(X ≤ x) (lower) or P(X > x) for the hypergeometric distribution, lo ≤ x < hi (the support).
func hypergeometricTail(_ x: Double, m: Double, n: Double, k: Double, lower: Bool) -> Double {
    let mean = k * m / (m + n)
    if x < mean {
        // P(X = j − 1) = P(X = j)·j·(n − k + j)/((m − j + 1)·(k − j + 1)).
        let lo = max(0, k - n)
        let near = tailSum(first: exp(logHypergeometricDensity(x, m: m, n: n, k: k)), start: x, step: -1, last: lo) { j in
            j * (n - k + j) / ((m - j + 1) * (k - j + 1))
        }
        return lower ? near : 1 - near
    }
    // P(X = j + 1) = P(X = j)·(m − j)·(k − j)/((j + 1)·(n − k + j + 1)).
    let hi = min(k, m)
    let near = tailSum(first: exp(logHypergeometricDensity(x + 1, m: m, n: n, k: k)), start: x + 1, step: 1, last: hi) { j in
        (m - j) * (k - j) / ((j + 1) * (n - k + j + 1))
    }
    return lower ? 1 - near : near
}

/// Sums positive terms that shrink by `ratio(j)` from `first` (at index `start`, stepping by
/// `step`) until they stop changing the sum or `last` is passed; compensated.
private func tailSum(first: Double, start: Double, step: Double, last: Double, _ ratio: (Double) -> Double) -> Double {
    var sum = 0.0, carry = 0.0
    var term = first, j = start
    while term > 0 {
        let y = term - carry
        let t = sum + y
        carry = (t - sum) - y
        sum = t
        if j == last || term < sum * 1e-17 { break }
        term *= ratio(j)
        j += step
    }
    return sum
}

/// P(X ≤ k) (lower) or P(X > k) for X ~ Poisson(mu), 0 ≤ k, mu > 0.
func poissonTail(_ k: Double, _ mu: Double, lower: Bool) -> Double {
    if k < mu {
        // P(X ≤ k): from k down to 0; P(X = j − 1) = P(X = j)·j/mu.
        let near = tailSum(first: poissonDensity(k, mu), start: k, step: -1, last: 0) { j in j / mu }
        return lower ? near : 1 - near
    }
    // P(X > k): from k + 1 up; P(X = j + 1) = P(X = j)·mu/(j + 1).
    let near = tailSum(first: poissonDensity(k + 1, mu), start: k + 1, step: 1, last: .infinity) { j in mu / (j + 1) }
    return lower ? 1 - near : near
}

/// P(X ≤ k) (lower) or P(X > k) for X ~ Binomial(n, p), 0 ≤ k < n, 0 < p < 1.
func binomialTail(_ k: Double, _ n: Double, _ p: Double, lower: Bool) -> Double {
    let q = 1 - p, odds = p / q
    if k < n * p {
        // P(X ≤ k): from k down; P(X = j − 1) = P(X = j)·j/((n − j + 1)·odds).
        let near = tailSum(first: binomialDensity(k, n, p), start: k, step: -1, last: 0) { j in j / ((n - j + 1) * odds) }
        return lower ? near : 1 - near
    }
    // P(X > k): from k + 1 up; P(X = j + 1) = P(X = j)·(n − j)·odds/(j + 1).
    let near = tailSum(first: binomialDensity(k + 1, n, p), start: k + 1, step: 1, last: n) { j in (n - j) * odds / (j + 1) }
    return lower ? 1 - near : near
}

/// A starting point for the quantile search from the normal approximation, kept inside
/// (lower, upper); the search then walks out from it.
func normalStart(_ p: Double, mean: Double, sd: Double, lowerTail: Bool, lower: Double, upper: Double) throws(NumericsError) -> Double {
    let z = try Normal.quantile(p, lowerTail: lowerTail)
    let x = mean + z * sd
    if x > lower && x < upper { return x }
    return mean
}

/// Whether `v` is a whole number that the large-count sums handle.
func isWholeCount(_ v: Double) -> Bool { v >= 0 && v <= largestCount && v == v.rounded() }
