internal import CGSL

// Discrete distributions (R: dbinom/pbinom, dpois/ppois, dhyper/phyper). Tails come from GSL's
// P and Q functions directly, never as 1 − the other, so tiny p-values keep their digits.

@inline(__always)
func count32(_ k: Int, _ name: String) throws(NumericsError) -> UInt32 {
    guard k >= 0, k <= Int(UInt32.max) else { throw .domain("\(name): expected a count in 0...\(UInt32.max), got \(k)") }
    return UInt32(k)
}

/// Whether a binomial with n trials is summed by `LargeCountTails.swift` rather than GSL.
func usesLargeCountSums(_ n: Int) -> Bool { Double(n) > 10 * largeCountThreshold }

/// Whether a Poisson probability at count k and mean mu is summed by `LargeCountTails.swift`.
func usesLargeCountSums(_ mu: Double, _ k: Int) -> Bool { mu > largeCountThreshold || Double(k) > largeCountThreshold }

func requireLargeCount(_ k: Int, _ name: String) throws(NumericsError) {
    guard Double(k) <= largestCount else {
        throw .domain("\(name): expected a count of at most 10^12, got \(k)")
    }
}

/// Binomial(n, p). Above 10^5 trials the probabilities come from `LargeCountTails.swift`.
public enum Binomial {
    /// P(X = k).
    public static func pmf(_ k: Int, n: Int, p: Double) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requireProbability(p, "binomial p")
        if usesLargeCountSums(n) {
            try requireLargeCount(n, "binomial n")
            guard k >= 0, k <= n else { return 0 }
            if p == 0 || p == 1 { return k == (p == 0 ? 0 : n) ? 1 : 0 }
            return binomialDensity(Double(k), Double(n), p)
        }
        let nn = try count32(n, "binomial n")
        guard k >= 0, k <= n else { return 0 }
        return try finite(gsl_ran_binomial_pdf(UInt32(k), p, nn), "gsl_ran_binomial_pdf")
    }
    /// P(X ≤ k) (lowerTail) or P(X > k).
    public static func cdf(_ k: Int, n: Int, p: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requireProbability(p, "binomial p")
        if usesLargeCountSums(n) { try requireLargeCount(n, "binomial n") }
        if k < 0 { return lowerTail ? 0 : 1 }
        if k >= n { return lowerTail ? 1 : 0 }
        if usesLargeCountSums(n) {
            if p == 0 || p == 1 { return (p == 0) == lowerTail ? 1 : 0 }     // X is 0 (≤ k) or n (> k)
            return binomialTail(Double(k), Double(n), p, lower: lowerTail)
        }
        let nn = try count32(n, "binomial n")
        let v = lowerTail ? gsl_cdf_binomial_P(UInt32(k), p, nn) : gsl_cdf_binomial_Q(UInt32(k), p, nn)
        return try finite(v, "gsl_cdf_binomial_P")
    }
}

/// Poisson(mu). Above a mean or count of 10^4 the probabilities come from `LargeCountTails.swift`.
public enum Poisson {
    /// P(X = k), as R's dpois(k, mu).
    public static func pmf(_ k: Int, mu: Double) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        guard mu >= 0, mu.isFinite else { throw .domain("Poisson mean: expected a finite number ≥ 0, got \(mu)") }
        guard k >= 0 else { return 0 }
        if mu == 0 { return k == 0 ? 1 : 0 }
        if usesLargeCountSums(mu, k) {
            try requireLargeCount(k, "Poisson count")
            return poissonDensity(Double(k), mu)
        }
        return try finite(gsl_ran_poisson_pdf(try count32(k, "Poisson count"), mu), "gsl_ran_poisson_pdf")
    }
    /// P(X ≤ k) (lowerTail) or P(X > k).
    public static func cdf(_ k: Int, mu: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        guard mu >= 0, mu.isFinite else { throw .domain("Poisson mean: expected a finite number ≥ 0, got \(mu)") }
        if k < 0 { return lowerTail ? 0 : 1 }
        if mu == 0 { return lowerTail ? 1 : 0 }
        if usesLargeCountSums(mu, k) {
            try requireLargeCount(k, "Poisson count")
            return poissonTail(Double(k), mu, lower: lowerTail)
        }
        let kk = try count32(k, "Poisson count")
        return try finite(lowerTail ? gsl_cdf_poisson_P(kk, mu) : gsl_cdf_poisson_Q(kk, mu), "gsl_cdf_poisson_P")
    }
}

/// Whether hypergeometric probabilities with m + n balls come from `LargeCountTails.swift`:
/// above 10^6, log C(m + n, k) is so large that GSL's difference of log binomial coefficients
/// loses digits (3e-7 relative at 2·10^9).
func usesLargeCountSums(m: Int, n: Int) -> Bool { Double(m) + Double(n) > 100 * largeCountThreshold }

/// The hypergeometric distribution of the number of white balls among `k` drawn without
/// replacement from `m` white and `n` black (R's dhyper(x, m, n, k) argument order).
public enum Hypergeometric {
    /// P(X = x), as R's dhyper(x, m, n, k).
    public static func pmf(_ x: Int, m: Int, n: Int, k: Int) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        let (mm, nn, kk) = (try count32(m, "hypergeometric m"), try count32(n, "hypergeometric n"), try count32(k, "hypergeometric k"))
        guard k <= m + n else { throw .domain("hypergeometric: k = \(k) exceeds m + n = \(m + n)") }
        guard x >= Swift.max(0, k - n), x <= Swift.min(k, m) else { return 0 }
        if usesLargeCountSums(m: m, n: n) { return hypergeometricDensity(Double(x), m: Double(m), n: Double(n), k: Double(k)) }
        return try finite(gsl_ran_hypergeometric_pdf(UInt32(x), mm, nn, kk), "gsl_ran_hypergeometric_pdf")
    }
    /// log P(X = x), from log binomial coefficients (−∞ outside the support).
    public static func logPmf(_ x: Int, m: Int, n: Int, k: Int) throws(NumericsError) -> Double {
        guard m >= 0, n >= 0, k >= 0, k <= m + n else { throw .domain("hypergeometric: need m, n, k ≥ 0 and k ≤ m + n") }
        guard x >= Swift.max(0, k - n), x <= Swift.min(k, m) else { return -.infinity }
        if usesLargeCountSums(m: m, n: n) { return logHypergeometricDensity(Double(x), m: Double(m), n: Double(n), k: Double(k)) }
        return try lnChoose(m, x) + lnChoose(n, k - x) - lnChoose(m + n, k)
    }
    /// P(X ≤ x) (lowerTail) or P(X > x).
    public static func cdf(_ x: Int, m: Int, n: Int, k: Int, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        let (mm, nn, kk) = (try count32(m, "hypergeometric m"), try count32(n, "hypergeometric n"), try count32(k, "hypergeometric k"))
        guard k <= m + n else { throw .domain("hypergeometric: k = \(k) exceeds m + n = \(m + n)") }
        if x < Swift.max(0, k - n) { return lowerTail ? 0 : 1 }
        if x >= Swift.min(k, m) { return lowerTail ? 1 : 0 }
        if usesLargeCountSums(m: m, n: n) { return hypergeometricTail(Double(x), m: Double(m), n: Double(n), k: Double(k), lower: lowerTail) }
        let v = lowerTail ? gsl_cdf_hypergeometric_P(UInt32(x), mm, nn, kk) : gsl_cdf_hypergeometric_Q(UInt32(x), mm, nn, kk)
        return try finite(v, "gsl_cdf_hypergeometric_P")
    }
}
