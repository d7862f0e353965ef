import CourtstatNumerics
import Foundation

/// Newey–West heteroscedasticity- and autocorrelation-consistent (HAC) covariance of a trend
/// fit (Newey & West 1987, Econometrica 55:703), as R's
/// `sandwich::NeweyWest(fit, lag = L, prewhite = FALSE, adjust = FALSE)` for lm and glm fits
/// (Zeileis 2004, J Stat Softw 11(10)):
///
///   V = B S B,  S = Σ_{j=0}^{L} w_j (Γ_j + Γ_j'),  Γ_j = Σ_t u_t u_{t−j}',  Γ_0 counted once,
///   w_j = 1 − j/(L+1) (Bartlett), u_t = x_t · r_t,
///
/// B = (X'WX)⁻¹ the unscaled covariance (X'X)⁻¹ for OLS), r_t the working residual times the
/// working weight: e_t for OLS, y_t − μ_t for Poisson and quasi-Poisson (log link),
/// (y_t − μ_t)/(1 + μ_t/θ) for the negative binomial. Quasi-Poisson's dispersion cancels
/// (sandwich scales its bread by φ and its scores by 1/φ), so its HAC covariance is Poisson's.
public enum NeweyWest {
    /// The default lag: ⌊4 (n/100)^{2/9}⌋ (Newey & West 1994's rule of thumb, as in Stata's newey
    /// and many textbooks; DESIGN.md).
    public static func defaultLag(n: Int) -> Int { Int((4 * pow(Double(n) / 100, 2.0 / 9.0)).rounded(.down)) }

    /// The HAC covariance of `fit` (a model of the series `y`, in time order) at lag L ≥ 0.
    public static func covariance(_ fit: ModelFit, y: [Double], lag: Int) throws(ModelError) -> [[Double]] {
        let n = y.count, p = fit.coefficients.count
        guard y.count == fit.fitted.count else { throw .invalidInput("Newey-West: \(y.count) responses for \(fit.fitted.count) fitted values") }
        guard lag >= 0, lag < n else { throw .invalidInput("\(parameter: "lag") \(lag): expected 0 ≤ lag < \(n) (the number of periods)") }
        let r: [Double] = zip(y, fit.fitted).map { obs, mu in
            switch fit.glance.model {
            case .ols, .poisson, .quasipoisson: obs - mu
            case .negbin: (obs - mu) / (1 + mu / fit.glance.theta!)
            case .logistic: obs - mu
            }
        }
        let scores: [[Double]] = (0..<n).map { t in fit.design.row(t).map { $0 * r[t] } }
        var s = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for j in 0...lag {
            let w = 1 - Double(j) / Double(lag + 1)
            var g = Array(repeating: Array(repeating: 0.0, count: p), count: p)
            for t in j..<n {
                for a in 0..<p { for b in 0..<p { g[a][b] += scores[t][a] * scores[t - j][b] } }
            }
            for a in 0..<p {
                for b in 0..<p { s[a][b] += j == 0 ? g[a][b] : w * (g[a][b] + g[b][a]) }
            }
        }
        let scale = fit.glance.dispersion ?? 1
        let bread = fit.covariance.map { $0.map { $0 / scale } }
        return multiply(multiply(bread, s), bread)
    }

    static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let p = a.count, m = b[0].count
        var c = Array(repeating: Array(repeating: 0.0, count: m), count: p)
        for i in 0..<p { for k in 0..<b.count where a[i][k] != 0 { for j in 0..<m { c[i][j] += a[i][k] * b[k][j] } } }
        return c
    }
}

extension ModelFit {
    /// The same fit with its standard errors, tests and intervals from Newey–West's covariance at
    /// lag L (`NeweyWest.covariance`); each term keeps its model-based standard error in
    /// `stdErrorModel`. The reference distribution stays the model's (t on df_residual for OLS and
    /// quasi-Poisson, normal otherwise), and derived quantities use the HAC covariance.
    public func withNeweyWest(y: [Double], lag: Int) throws(ModelError) -> ModelFit {
        let v = try NeweyWest.covariance(self, y: y, lag: lag)
        let se = v.indices.map { max(v[$0][$0], 0).squareRoot() }
        let method = (terms.first?.method ?? "") + "; Newey-West HAC standard errors (lag \(lag), Bartlett weights, no prewhitening or df adjustment)"
        var newTerms = try makeTerms(design, estimates: coefficients, stdErrors: se, df: referenceDF,
                                     confLevel: confLevel, method: method)
        for j in newTerms.indices { newTerms[j].stdErrorModel = terms[j].stdError }
        var newGlance = glance
        newGlance.notes.append("standard errors are Newey-West HAC (lag \(lag)); std_error_model holds the model-based ones")
        return ModelFit(design: design, coefficients: coefficients, covariance: v, terms: newTerms, glance: newGlance,
                        fitted: fitted, referenceDF: referenceDF, confLevel: confLevel)
    }
}
