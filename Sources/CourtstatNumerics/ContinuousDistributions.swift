internal import CGSL

// Continuous distributions used by the tests: distribution functions (lower or upper tail,
// each computed directly by GSL, never as 1 − the other) and quantiles. Arguments are checked
// before GSL is called, because a `gsl_cdf_*` call answers a bad argument with a silent NaN.

/// The standard normal distribution (R: pnorm, qnorm).
public enum Normal {
    /// P(Z ≤ z) (lowerTail) or P(Z > z).
    public static func cdf(_ z: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        guard !z.isNaN else { throw .domain("normal cdf: z is NaN") }
        return lowerTail ? gsl_cdf_ugaussian_P(z) : gsl_cdf_ugaussian_Q(z)
    }
    /// The z with P(Z ≤ z) = p (lowerTail) or P(Z > z) = p; ±∞ at p = 0 or 1.
    public static func quantile(_ p: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requireProbability(p, "normal quantile")
        let q = lowerTail ? gsl_cdf_ugaussian_Pinv(p) : gsl_cdf_ugaussian_Qinv(p)
        return try finite(q, "gsl_cdf_ugaussian_Pinv", allowInfinite: true)
    }
}

/// Student's t distribution with `df` > 0 degrees of freedom, df need not be whole (R: pt, qt).
public enum StudentT {
    /// P(T ≤ t) (or P(T > t) when `lowerTail` is false), as R's pt(t, df).
    public static func cdf(_ t: Double, df: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df, "t distribution df")
        guard !t.isNaN else { throw .domain("t cdf: t is NaN") }
        if t.isInfinite { return (t > 0) == lowerTail ? 1 : 0 }
        if t == 0 { return 0.5 }
        // The tail beyond |t| is ½·I_x(df/2, ½) with x = df/(df + t²) (Abramowitz & Stegun
        // 26.7.1). GSL's own gsl_cdf_tdist_P loses digits far in the tail for large df
        // (pt(-40, 200) is off by 3e-7), so the regularised incomplete beta is used directly,
        // through its complement when x is near 1.
        let t2 = t * t
        let x = df / (df + t2), oneMinusX = t2 / (df + t2)
        let farTail = 0.5 * (x < 0.5 ? try BetaDistribution.cdf(x, a: df / 2, b: 0.5)
                                     : try BetaDistribution.cdf(oneMinusX, a: 0.5, b: df / 2, lowerTail: false))
        return (t < 0) == lowerTail ? farTail : 0.5 + (0.5 - farTail)
    }
    /// The t with P(T ≤ t) = p (upper tail when `lowerTail` is false), as R's qt(p, df).
    public static func quantile(_ p: Double, df: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df, "t distribution df")
        try requireProbability(p, "t quantile")
        if p == 0 { return lowerTail ? -.infinity : .infinity }
        if p == 1 { return lowerTail ? .infinity : -.infinity }
        if p == 0.5 { return 0 }
        let start = lowerTail ? gsl_cdf_tdist_Pinv(p, df) : gsl_cdf_tdist_Qinv(p, df)
        return try refineQuantile(target: p, start: start, lower: -.infinity, upper: .infinity, increasing: lowerTail) { t throws(NumericsError) in
            try cdf(t, df: df, lowerTail: lowerTail)
        }
    }
}

/// The chi-square distribution with `df` > 0 degrees of freedom (R: pchisq, qchisq).
public enum ChiSquared {
    /// P(X ≤ x) (or the upper tail), as R's pchisq(x, df).
    public static func cdf(_ x: Double, df: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df, "chi-square df")
        guard !x.isNaN else { throw .domain("chi-square cdf: x is NaN") }
        if x <= 0 { return lowerTail ? 0 : 1 }
        if x.isInfinite { return lowerTail ? 1 : 0 }
        return try finite(lowerTail ? gsl_cdf_chisq_P(x, df) : gsl_cdf_chisq_Q(x, df), "gsl_cdf_chisq_P")
    }
    /// The x with P(X ≤ x) = p (or the upper tail), as R's qchisq(p, df).
    public static func quantile(_ p: Double, df: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df, "chi-square df")
        try requireProbability(p, "chi-square quantile")
        if p == (lowerTail ? 0 : 1) { return 0 }
        if p == (lowerTail ? 1 : 0) { return .infinity }
        // χ²(df) is 2·Gamma(df/2); the gamma quantile is polished to the cdf's accuracy
        // (GSL's gsl_cdf_chisq_Qinv(1e-200, 1) is off by 5%).
        return 2 * (try GammaDistribution.quantile(p, shape: df / 2, lowerTail: lowerTail))
    }
}

/// The F distribution with (df1, df2) degrees of freedom (R: pf, qf).
public enum FDistribution {
    /// P(F ≤ x) (or the upper tail), as R's pf(x, df1, df2).
    public static func cdf(_ x: Double, df1: Double, df2: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df1, "F df1"); try requirePositive(df2, "F df2")
        guard !x.isNaN else { throw .domain("F cdf: x is NaN") }
        if x <= 0 { return lowerTail ? 0 : 1 }
        if x.isInfinite { return lowerTail ? 1 : 0 }
        return try finite(lowerTail ? gsl_cdf_fdist_P(x, df1, df2) : gsl_cdf_fdist_Q(x, df1, df2), "gsl_cdf_fdist_P")
    }
    /// The x with P(F ≤ x) = p (or the upper tail), as R's qf(p, df1, df2).
    public static func quantile(_ p: Double, df1: Double, df2: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(df1, "F df1"); try requirePositive(df2, "F df2")
        try requireProbability(p, "F quantile")
        if p == (lowerTail ? 0 : 1) { return 0 }
        if p == (lowerTail ? 1 : 0) { return .infinity }
        // Y = df1·X/(df1·X + df2) is Beta(df1/2, df2/2) and 1 − Y is Beta(df2/2, df1/2); the smaller
        // of y and 1 − y is taken from its own polished quantile, X = (df2/df1)·y/(1 − y).
        // (GSL's gsl_cdf_fdist_Pinv fails outright for qf(0.99, 1, 10000).)
        let y = try BetaDistribution.quantile(p, a: df1 / 2, b: df2 / 2, lowerTail: lowerTail)
        let oneMinusY = y < 0.5 ? 1 - y : try BetaDistribution.quantile(p, a: df2 / 2, b: df1 / 2, lowerTail: !lowerTail)
        return try finite(df2 / df1 * (y < 0.5 ? y : 1 - oneMinusY) / oneMinusY, "F quantile")
    }
}

/// Whether a beta distribution is the order statistic of more than 10^5 uniforms (whole shapes),
/// whose probabilities are binomial sums from `LargeCountTails.swift`: GSL's incomplete beta
/// loses digits there and its inverse can loop for ever.
func usesLargeCountSums(a: Double, b: Double) -> Bool {
    isWholeCount(a) && isWholeCount(b) && a + b - 1 > 10 * largeCountThreshold && a + b - 1 <= largestCount
}

/// Whether a gamma probability with a whole shape is a Poisson sum from `LargeCountTails.swift`
/// (GSL's incomplete gamma function is off by 1e-8 from a shape of about 5·10^4).
func usesLargeCountSums(shape: Double, x: Double) -> Bool {
    isWholeCount(shape) && shape >= 1 && (shape > largeCountThreshold || x > largeCountThreshold)
}

/// The beta distribution with shapes a, b > 0 (R: pbeta, qbeta).
public enum BetaDistribution {
    /// P(X ≤ x) (or the upper tail), as R's pbeta(x, a, b).
    public static func cdf(_ x: Double, a: Double, b: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(a, "beta shape a"); try requirePositive(b, "beta shape b")
        guard !x.isNaN else { throw .domain("beta cdf: x is NaN") }
        if x <= 0 { return lowerTail ? 0 : 1 }
        if x >= 1 { return lowerTail ? 1 : 0 }
        if usesLargeCountSums(a: a, b: b) {
            // P(Beta(a, b) ≤ x) = P(Binomial(a + b − 1, x) ≥ a) for whole a, b.
            return binomialTail(a - 1, a + b - 1, x, lower: !lowerTail)
        }
        return try finite(lowerTail ? gsl_cdf_beta_P(x, a, b) : gsl_cdf_beta_Q(x, a, b), "gsl_cdf_beta_P")
    }
    /// The x with P(X ≤ x) = p (lowerTail) or P(X > x) = p. GSL's inverse is polished by
    /// `refineQuantile` so that the result is as accurate as the distribution function itself.
    public static func quantile(_ p: Double, a: Double, b: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(a, "beta shape a"); try requirePositive(b, "beta shape b")
        try requireProbability(p, "beta quantile")
        if p == (lowerTail ? 0 : 1) { return 0 }
        if p == (lowerTail ? 1 : 0) { return 1 }
        let start = usesLargeCountSums(a: a, b: b)
            ? try normalStart(p, mean: a / (a + b), sd: (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot(),
                              lowerTail: lowerTail, lower: 0, upper: 1)
            : lowerTail ? gsl_cdf_beta_Pinv(p, a, b) : gsl_cdf_beta_Qinv(p, a, b)
        return try refineQuantile(target: p, start: start, lower: 0, upper: 1, increasing: lowerTail) { x throws(NumericsError) in
            try cdf(x, a: a, b: b, lowerTail: lowerTail)
        }
    }
}

/// The gamma distribution with shape > 0 and scale 1 (R: pgamma, qgamma with rate 1).
public enum GammaDistribution {
    /// P(X ≤ x) (or the upper tail) with scale 1, as R's pgamma(x, shape).
    public static func cdf(_ x: Double, shape: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(shape, "gamma shape")
        guard !x.isNaN else { throw .domain("gamma cdf: x is NaN") }
        if x <= 0 { return lowerTail ? 0 : 1 }
        if x.isInfinite { return lowerTail ? 1 : 0 }
        if usesLargeCountSums(shape: shape, x: x) {
            // P(Gamma(a) ≤ x) = P(Poisson(x) ≥ a) for a whole a.
            return poissonTail(shape - 1, x, lower: !lowerTail)
        }
        return try finite(lowerTail ? gsl_cdf_gamma_P(x, shape, 1) : gsl_cdf_gamma_Q(x, shape, 1), "gsl_cdf_gamma_P")
    }
    /// The x with P(X ≤ x) = p (or the upper tail) with scale 1, as R's qgamma(p, shape).
    public static func quantile(_ p: Double, shape: Double, lowerTail: Bool = true) throws(NumericsError) -> Double {
        _ = gslHandlerOff
        try requirePositive(shape, "gamma shape")
        try requireProbability(p, "gamma quantile")
        if p == (lowerTail ? 0 : 1) { return 0 }
        if p == (lowerTail ? 1 : 0) { return .infinity }
        let start = usesLargeCountSums(shape: shape, x: shape)
            ? try normalStart(p, mean: shape, sd: shape.squareRoot(), lowerTail: lowerTail, lower: 0, upper: .infinity)
            : lowerTail ? gsl_cdf_gamma_Pinv(p, shape, 1) : gsl_cdf_gamma_Qinv(p, shape, 1)
        return try refineQuantile(target: p, start: start, lower: 0, upper: .infinity, increasing: lowerTail) { x throws(NumericsError) in
            try cdf(x, shape: shape, lowerTail: lowerTail)
        }
    }
}
