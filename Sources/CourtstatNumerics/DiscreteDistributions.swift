import CGSL

// Discrete distributions (R: dbinom/pbinom, dpois/ppois, dhyper/phyper). Tails come from GSL's
// P and Q functions directly, never as 1 − the other, so tiny p-values keep their digits.

@inline(__always)
func count32(_ k: Int, _ name: String) throws(NumericsError) -> UInt32 {
    guard k >= 0, k <= Int(UInt32.max) else { throw .domain("\(name): expected a count in 0...\(UInt32.max), got \(k)") }
    return UInt32(k)
}

/// Binomial(n, p).
public enum Binomial {
    /// P(X = k).
    public static func pmf(_ k: Int, n: Int, p: Double) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requireProbability(p, "binomial p")
        let nn = try count32(n, "binomial n")
        guard k >= 0, k <= n else { return 0 }
        return try finite(gsl_ran_binomial_pdf(UInt32(k), p, nn), "gsl_ran_binomial_pdf")
    }
    /// P(X ≤ k) (lowerTail) or P(X > k).
    public static func cdf(_ k: Int, n: Int, p: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requireProbability(p, "binomial p")
        let nn = try count32(n, "binomial n")
        if k < 0 { return lowerTail ? 0 : 1 }
        if k >= n { return lowerTail ? 1 : 0 }
        let v = lowerTail ? gsl_cdf_binomial_P(UInt32(k), p, nn) : gsl_cdf_binomial_Q(UInt32(k), p, nn)
        return try finite(v, "gsl_cdf_binomial_P")
    }
}

/// Poisson(mu).
public enum Poisson {
    public static func pmf(_ k: Int, mu: Double) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        guard mu >= 0, mu.isFinite else { throw .domain("Poisson mean: expected a finite number ≥ 0, got \(mu)") }
        guard k >= 0 else { return 0 }
        if mu == 0 { return k == 0 ? 1 : 0 }
        return try finite(gsl_ran_poisson_pdf(try count32(k, "Poisson count"), mu), "gsl_ran_poisson_pdf")
    }
    /// P(X ≤ k) (lowerTail) or P(X > k).
    public static func cdf(_ k: Int, mu: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        guard mu >= 0, mu.isFinite else { throw .domain("Poisson mean: expected a finite number ≥ 0, got \(mu)") }
        if k < 0 { return lowerTail ? 0 : 1 }
        if mu == 0 { return lowerTail ? 1 : 0 }
        let kk = try count32(k, "Poisson count")
        return try finite(lowerTail ? gsl_cdf_poisson_P(kk, mu) : gsl_cdf_poisson_Q(kk, mu), "gsl_cdf_poisson_P")
    }
}

/// The hypergeometric distribution of the number of white balls among `k` drawn without
/// replacement from `m` white and `n` black (R's dhyper(x, m, n, k) argument order).
public enum Hypergeometric {
    public static func pmf(_ x: Int, m: Int, n: Int, k: Int) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        let (mm, nn, kk) = (try count32(m, "hypergeometric m"), try count32(n, "hypergeometric n"), try count32(k, "hypergeometric k"))
        guard k <= m + n else { throw .domain("hypergeometric: k = \(k) exceeds m + n = \(m + n)") }
        guard x >= Swift.max(0, k - n), x <= Swift.min(k, m) else { return 0 }
        return try finite(gsl_ran_hypergeometric_pdf(UInt32(x), mm, nn, kk), "gsl_ran_hypergeometric_pdf")
    }
    /// log P(X = x), from log binomial coefficients (−∞ outside the support).
    public static func logPmf(_ x: Int, m: Int, n: Int, k: Int) throws(NumericsError) -> Double {
        guard m >= 0, n >= 0, k >= 0, k <= m + n else { throw .domain("hypergeometric: need m, n, k ≥ 0 and k ≤ m + n") }
        guard x >= Swift.max(0, k - n), x <= Swift.min(k, m) else { return -.infinity }
        return try lnChoose(m, x) + lnChoose(n, k - x) - lnChoose(m + n, k)
    }
    /// P(X ≤ x) (lowerTail) or P(X > x).
    public static func cdf(_ x: Int, m: Int, n: Int, k: Int, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        let (mm, nn, kk) = (try count32(m, "hypergeometric m"), try count32(n, "hypergeometric n"), try count32(k, "hypergeometric k"))
        guard k <= m + n else { throw .domain("hypergeometric: k = \(k) exceeds m + n = \(m + n)") }
        if x < Swift.max(0, k - n) { return lowerTail ? 0 : 1 }
        if x >= Swift.min(k, m) { return lowerTail ? 1 : 0 }
        let v = lowerTail ? gsl_cdf_hypergeometric_P(UInt32(x), mm, nn, kk) : gsl_cdf_hypergeometric_Q(UInt32(x), mm, nn, kk)
        return try finite(v, "gsl_cdf_hypergeometric_P")
    }
}
