import CourtstatNumerics
import Foundation

/// One goodness-of-fit or autocorrelation test of a fitted model (DESIGN.md's `diagnostics`
/// rows): `test` names it, `statistic` is referred to χ² with `df` degrees of freedom,
/// `p_value` is the upper tail, `lag` is the number of autocorrelations (nil for the
/// goodness-of-fit tests).
public struct DiagnosticTest: Sendable, Equatable {
    public var test: String
    public var statistic: Double
    public var df: Double
    public var pValue: Double
    public var lag: Int?
    public var method: String
}

/// Goodness of fit and residual autocorrelation of a trend fit.
public enum ModelDiagnostics {
    /// The default lag of the Ljung–Box and Breusch–Godfrey tests: min(10, ⌊n/5⌋), at least 1
    /// (Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.4, for a
    /// series without a seasonal lag; a weekly series' seasonal lag of 52 would leave too few
    /// terms for the short series courts publish).
    public static func defaultLag(n: Int) -> Int { max(1, min(10, n / 5)) }

    /// Pearson residuals (y − μ̂)/√V(μ̂): V = μ for poisson and quasipoisson (not divided by
    /// the dispersion, as R's residuals(fit, "pearson")), μ + μ²/θ for negbin, 1 for OLS (the
    /// raw residuals, as R's for lm).
    public static func pearsonResiduals(_ fit: ModelFit, y: [Double]) throws(ModelError) -> [Double] {
        guard y.count == fit.fitted.count else { throw .invalidInput("diagnostics: \(y.count) responses for \(fit.fitted.count) fitted values") }
        return zip(y, fit.fitted).map { obs, mu in
            switch fit.glance.model {
            case .ols: obs - mu
            case .negbin: (obs - mu) / (mu + mu * mu / fit.glance.theta!).squareRoot()
            case .logistic: (obs - mu) / (mu * (1 - mu)).squareRoot()
            case .poisson, .quasipoisson: (obs - mu) / mu.squareRoot()
            }
        }
    }

    /// The diagnostics of DESIGN.md for a fit of the series `y` (in time order):
    /// - `pearson_gof`: Σ Pearson residual² on df_residual (count models);
    /// - `deviance_gof`: the Poisson deviance on df_residual (poisson, quasipoisson only: the
    ///   negative binomial's deviance at an estimated θ is not χ²-distributed);
    /// - `ljung_box`: Q = n(n+2) Σ_{k=1}^{L} r_k²/(n−k) of the Pearson residuals on L df
    ///   (R: `Box.test(residuals(fit, "pearson"), lag = L, type = "Ljung-Box", fitdf = 0)`);
    /// - `breusch_godfrey` (OLS only): n·R² of the regression of the residuals on the design
    ///   and their first L lags (missing lags 0), on L df (R: `lmtest::bgtest(fit, order = L)`).
    public static func tests(_ fit: ModelFit, y: [Double], lag: Int? = nil) throws(ModelError) -> [DiagnosticTest] {
        let n = y.count
        let lag = lag ?? defaultLag(n: n)
        guard lag >= 1, lag < n else { throw .invalidInput("diagnostics lag \(lag): expected 1 ≤ lag < \(n) (the number of periods)") }
        let residuals = try pearsonResiduals(fit, y: y)
        let df = Double(fit.glance.dfResidual)
        var rows: [DiagnosticTest] = []
        func upper(_ x: Double, _ df: Double) throws(ModelError) -> Double {
            try numerics { () throws(NumericsError) in try ChiSquared.cdf(x, df: df, lowerTail: false) }
        }
        if fit.glance.model != .ols, df > 0 {
            let x2 = residuals.reduce(0) { $0 + $1 * $1 }
            rows.append(DiagnosticTest(test: "pearson_gof", statistic: x2, df: df, pValue: try upper(x2, df), lag: nil,
                                       method: "Pearson chi-square goodness of fit on df_residual"))
            if fit.glance.model == .poisson || fit.glance.model == .quasipoisson {
                let d = fit.glance.deviance
                rows.append(DiagnosticTest(test: "deviance_gof", statistic: d, df: df, pValue: try upper(d, df), lag: nil,
                                           method: "Poisson deviance goodness of fit on df_residual"))
            }
        }
        let q = ljungBox(residuals, lag: lag)
        rows.append(DiagnosticTest(test: "ljung_box", statistic: q, df: Double(lag), pValue: try upper(q, Double(lag)),
                                   lag: lag, method: "Ljung-Box test of the Pearson residuals (Box.test, fitdf = 0)"))
        if fit.glance.model == .ols {
            let bg = try breuschGodfrey(fit.design, residuals: residuals, order: lag)
            rows.append(DiagnosticTest(test: "breusch_godfrey", statistic: bg, df: Double(lag), pValue: try upper(bg, Double(lag)),
                                       lag: lag, method: "Breusch-Godfrey LM test of serial correlation (lmtest::bgtest, chi-square form)"))
        }
        return rows
    }

    /// Ljung–Box Q of a series at lags 1…L, autocorrelations about the series' mean (R's acf).
    public static func ljungBox(_ x: [Double], lag: Int) -> Double {
        let n = x.count
        let mean = x.reduce(0, +) / Double(n)
        let d = x.map { $0 - mean }
        let c0 = d.reduce(0) { $0 + $1 * $1 }
        var q = 0.0
        for k in 1...lag {
            var ck = 0.0
            for t in 0..<(n - k) { ck += d[t] * d[t + k] }
            let r = ck / c0
            q += r * r / Double(n - k)
        }
        return Double(n) * Double(n + 2) * q
    }

    /// n·(1 − RSS_aux / RSS) = n Σ fitted_aux² / Σ e² for residuals e orthogonal to the design.
    static func breuschGodfrey(_ design: Design, residuals e: [Double], order: Int) throws(ModelError) -> Double {
        let n = e.count
        var columns = design.columns
        for k in 1...order { columns.append((0..<n).map { $0 >= k ? e[$0 - k] : 0 }) }
        let aux = try numerics { () throws(NumericsError) in try LeastSquares.solve(columns: columns, response: e) }
        let rss = e.reduce(0) { $0 + $1 * $1 }
        return Double(n) * (rss - aux.residualSumOfSquares) / rss
    }
}
