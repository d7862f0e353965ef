import CourtstatNumerics
import Foundation

/// Ordinary least squares, with R's `lm` and `summary.lm` inference.
public enum LinearRegression {
    /// Fits y = Xβ + ε by least squares (`LeastSquares.solve`: column-scaled Householder QR
    /// and Jacobi SVD, accurate where normal equations are not), as R's `lm(y ~ x…)`.
    ///
    /// - terms: estimate β̂; std_error √(σ̂² [(X'X)⁻¹]ⱼⱼ) with σ̂² = RSS / (n − p), or with
    ///   `robust` the HC3 sandwich (MacKinnon & White 1985; R: `sandwich::vcovHC(type = "HC3")`);
    ///   statistic t = β̂ / se on n − p degrees of freedom, two-sided p-value; the t interval
    ///   β̂ ∓ t_{(1+level)/2, n−p}·se (R: `confint`, or `lmtest::coefci` when robust).
    /// - glance: r_squared = MSS / (MSS + RSS) (MSS about the mean with an intercept, about 0
    ///   without, as summary.lm), adj_r_squared, sigma = σ̂, f_statistic = (MSS / (p − k)) / σ̂²
    ///   with k = 1 for an intercept, its p-value (upper tail of F(p − k, n − p)), deviance =
    ///   RSS, log_lik and aic (σ counted as a parameter) as R's logLik.lm / AIC. The F test
    ///   is the classical one even when `robust` is set, as summary.lm reports it.
    public static func fit(y: [Double], design: Design, robust: Bool = false, confLevel: Double = 0.95,
                           responseName: String = "y") throws(ModelError) -> ModelFit {
        try validate(response: y, name: responseName, design: design, offset: nil, offsetName: "")
        try requireLevel(confLevel)
        let solution = try solveLeastSquares(design, response: y, wantBasis: robust)
        let n = y.count, p = design.parameterCount, df = n - p
        let rss = solution.residualSumOfSquares
        let sigma2 = rss / Double(df)
        let residuals = solution.weightedResiduals
        let fitted = zip(y, residuals).map { $0 - $1 }

        var covariance = solution.unscaledCovariance.map { $0.map { $0 * sigma2 } }
        var notes = conditioningNotes(solution.conditionNumber)
        if robust {
            covariance = try hc3Covariance(solution, residuals: residuals)
            notes.append("standard errors are HC3 (heteroscedasticity-consistent); R², F and sigma are the classical ones")
        }
        let stdErrors = covariance.indices.map { covariance[$0][$0].squareRoot() }
        let method = robust
            ? "Ordinary least squares, HC3 standard errors (sandwich::vcovHC); t tests and intervals on \(df) df"
            : "Ordinary least squares (column-scaled QR); t tests and intervals on \(df) df"
        let terms = try makeTerms(design, estimates: solution.coefficients, stdErrors: stdErrors,
                                  df: Double(df), confLevel: confLevel, method: method)

        // summary.lm's R² and F.
        let k = design.hasIntercept ? 1 : 0
        let centre = design.hasIntercept ? fitted.reduce(0, +) / Double(n) : 0
        let mss = fitted.reduce(0) { $0 + ($1 - centre) * ($1 - centre) }
        let r2 = mss / (mss + rss)
        let adj = 1 - (1 - r2) * Double(n - k) / Double(df)
        var f: Double? = nil, fp: Double? = nil, fdf: Double? = nil
        if p - k > 0 {
            let value = (mss / Double(p - k)) / sigma2
            f = value; fdf = Double(p - k)
            fp = try numerics { () throws(NumericsError) in
                try FDistribution.cdf(value, df1: Double(p - k), df2: Double(df), lowerTail: false)
            }
        }
        let logLik = 0.5 * (-Double(n) * (log(2 * Double.pi) + 1 - log(Double(n)) + log(rss)))
        let glance = ModelGlance(model: .ols, n: n, dfResidual: df, dfNull: nil, deviance: rss, nullDeviance: nil,
                                 logLik: logLik, aic: -2 * logLik + 2 * Double(p + 1), dispersion: sigma2,
                                 theta: nil, thetaStdError: nil, iterations: nil, rSquared: r2, adjRSquared: adj,
                                 sigma: sigma2.squareRoot(), fStatistic: f, fDf: fdf, fPValue: fp,
                                 conditionNumber: solution.conditionNumber, notes: notes)
        return ModelFit(design: design, coefficients: solution.coefficients, covariance: covariance, terms: terms,
                        glance: glance, fitted: fitted, referenceDF: Double(df), confLevel: confLevel)
    }
}

func requireLevel(_ level: Double) throws(ModelError) {
    guard level > 0, level < 1 else { throw .invalidInput("\(parameter: "confLevel"): expected a number strictly between 0 and 1, got \(level)") }
}
