import CourtstatNumerics
import Foundation

/// The models `courtstat fit` knows, by their command-line names.
public enum ModelKind: String, Sendable, CaseIterable, Codable {
    case ols, poisson, quasipoisson, negbin, logistic
}

/// One coefficient of a fitted model, under broom's tidy names (DESIGN.md).
/// - estimate: the coefficient; std_error: the square root of its variance (see the model's
///   `method` for which covariance); statistic: estimate / std_error, referred to Student's t
///   with `df` degrees of freedom (OLS, quasi-Poisson) or to the standard normal (df nil);
///   p_value: two-sided, 2·P(T > |statistic|); conf_low, conf_high: the Wald interval
///   estimate ∓ q·std_error, q the (1 + conf_level)/2 quantile of the same distribution.
public struct TermEstimate: Sendable, Equatable {
    public var term: String
    public var estimate: Double
    public var stdError: Double
    public var statistic: Double
    public var df: Double?
    public var pValue: Double
    public var confLow: Double
    public var confHigh: Double
    public var confLevel: Double
    public var method: String
    /// With Newey–West (HAC) standard errors: the model-based standard error the fit would
    /// report otherwise (`std_error_model`); nil when `stdError` is model-based.
    public var stdErrorModel: Double? = nil
}

/// The one-row summary of a fitted model (broom's glance, DESIGN.md's names). nil: the model
/// has no such number.
public struct ModelGlance: Sendable, Equatable {
    public var model: ModelKind
    /// Observations used.
    public var n: Int
    public var dfResidual: Int
    /// n − 1 with an intercept, n without (GLMs).
    public var dfNull: Int?
    /// GLMs: Σ unit deviances at the estimates; OLS: the residual sum of squares (as R's deviance(lm)).
    public var deviance: Double
    /// GLMs: the deviance of the intercept-only model (with the offset), or of μ = linkinv(offset)
    /// without an intercept, as R's glm.
    public var nullDeviance: Double?
    /// The maximised log-likelihood (none for quasi-Poisson).
    public var logLik: Double?
    /// −2 log-likelihood + 2 × (number of estimated parameters, counting σ for OLS and θ for
    /// negbin), as R's AIC / MASS's glm.nb.
    public var aic: Double?
    /// The dispersion the standard errors are scaled by: 1 for Poisson, logistic and negbin;
    /// Pearson's Σ (y − μ)²/V(μ) / df_residual for quasi-Poisson; σ² for OLS.
    public var dispersion: Double?
    /// negbin: θ (variance μ + μ²/θ), its ML estimate, and 1/√(observed information).
    public var theta: Double?
    public var thetaStdError: Double?
    /// IRLS iterations of the final fit (negbin: alternations of θ and IRLS).
    public var iterations: Int?
    /// OLS: R², adjusted R² (uncentred without an intercept, as R), σ, the overall F test.
    public var rSquared: Double?
    public var adjRSquared: Double?
    public var sigma: Double?
    public var fStatistic: Double?
    public var fDf: Double?
    public var fPValue: Double?
    /// σ_max/σ_min of the column-scaled (weighted) design.
    public var conditionNumber: Double
    /// Remarks: ill-conditioning, robust standard errors, how an interval was made.
    public var notes: [String]
}

/// A fitted model: its terms and glance, and what derived quantities need (coefficients, the
/// covariance the standard errors come from, fitted values).
public struct ModelFit: Sendable {
    public let design: Design
    public let coefficients: [Double]
    /// The estimated covariance of the coefficients that `terms` report (scaled by the
    /// dispersion; HC3 when robust).
    public let covariance: [[Double]]
    public let terms: [TermEstimate]
    public let glance: ModelGlance
    /// Fitted means μ̂ (GLMs, on the response scale, with the offset) or ŷ (OLS).
    public let fitted: [Double]
    /// Degrees of freedom of the t reference distribution, nil for the normal.
    public let referenceDF: Double?
    public let confLevel: Double

    /// c'β and its standard error √(c'Vc), V = `covariance`.
    public func linearCombination(_ c: [Double]) throws(ModelError) -> (estimate: Double, stdError: Double) {
        guard c.count == coefficients.count else {
            throw .invalidInput("a linear combination needs \(coefficients.count) weights, got \(c.count)")
        }
        var estimate = 0.0, variance = 0.0
        for i in c.indices {
            estimate += c[i] * coefficients[i]
            for j in c.indices { variance += c[i] * covariance[i][j] * c[j] }
        }
        return (estimate, max(variance, 0).squareRoot())
    }

    /// The weights selecting one named term.
    public func weights(for term: String) throws(ModelError) -> [Double] {
        guard let j = design.termNames.firstIndex(of: term) else {
            throw .invalidInput("the model has no term '\(term)' (terms: \(design.termNames.joined(separator: ", ")))")
        }
        return design.termNames.indices.map { $0 == j ? 1 : 0 }
    }

    /// The quantile q with P(|T| ≤ q) = confLevel for the fit's reference distribution.
    public func criticalValue(_ level: Double? = nil) throws(ModelError) -> Double {
        let p = (1 + (level ?? confLevel)) / 2
        return try numerics { () throws(NumericsError) in
            if let df = referenceDF { return try StudentT.quantile(p, df: df) }
            return try Normal.quantile(p)
        }
    }
}

/// The tidy term rows for estimates and their standard errors: Wald statistics referred to t
/// (df given) or the standard normal.
func makeTerms(_ design: Design, estimates: [Double], stdErrors: [Double], df: Double?,
               confLevel: Double, method: String) throws(ModelError) -> [TermEstimate] {
    try numerics { () throws(NumericsError) in
        let p = (1 + confLevel) / 2
        let q: Double
        if let df { q = try StudentT.quantile(p, df: df) } else { q = try Normal.quantile(p) }
        var rows: [TermEstimate] = []
        for j in estimates.indices {
            let b = estimates[j], se = stdErrors[j], t = b / se
            let pValue: Double
            if let df { pValue = 2 * (try StudentT.cdf(-abs(t), df: df)) } else { pValue = 2 * (try Normal.cdf(-abs(t))) }
            rows.append(TermEstimate(term: design.termNames[j], estimate: b, stdError: se, statistic: t, df: df,
                                     pValue: pValue, confLow: b - q * se, confHigh: b + q * se,
                                     confLevel: confLevel, method: method))
        }
        return rows
    }
}

/// A note for designs whose scaled condition number costs visible precision.
func conditioningNotes(_ kappa: Double) -> [String] {
    guard kappa > 1e6 else { return [] }
    let digits = max(0, Int((15.65 - Foundation.log10(kappa)).rounded(.down)))
    return ["the design is ill-conditioned (scaled condition number \(String(format: "%.2g", kappa))): "
            + "estimates carry about \(digits) significant digits; centring or rescaling a predictor helps"]
}

