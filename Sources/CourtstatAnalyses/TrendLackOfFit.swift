import CourtstatData
import CourtstatModels
import CourtstatNumerics
import Foundation

/// How the end of a series departs from the chosen fit (DESIGN.md: "lack of fit is said, not
/// hidden"). The last quarter of the fitted periods (at least 4) is compared with the fit two
/// ways:
/// - sides: how many periods lie above and below the fitted count; "mostly on one side" is a
///   two-sided sign test (exact binomial, p = 1/2, ties left out) significant at 1 − conf_level;
/// - total: observed total O against fitted total E, z = (O − E) / √(Var O + Var Ê), Var O the
///   model's variance summed (Σμ for Poisson, φΣμ quasi-Poisson, Σ(μ + μ²/θ) negbin) and Var Ê =
///   g'Vg, g = Σ μ_t x_t (delta method on the log link, V the covariance the terms use, HAC when
///   chosen); outside the conf_level interval when |z| exceeds the normal quantile.
/// A series that turned inside the quarter (above the fit, then below) cancels out over it, so
/// the second half of the quarter (when it has at least 4 periods) is checked as well; the
/// quarter is reported when it fails, else its second half when that fails, else the quarter
/// (not flagged). Serial correlation left in the residuals makes both checks too eager, not
/// too lenient.
public struct TrendLackOfFit: Sendable, Equatable {
    public var first: Period
    public var last: Period
    public var periods: Int
    public var above: Int
    public var below: Int
    public var signPValue: Double
    public var observed: Double
    public var expected: Double
    public var z: Double
    /// True when either check fails.
    public var flagged: Bool
    /// E / O − 1: positive when the fit overstates the periods.
    public var relative: Double { expected / observed - 1 }

    /// "overstates 2024-W27…2024-W52 by 19%": which way the fit misses the periods, and by how
    /// much of the observed total (in whole percent).
    public var departure: String {
        let verb = expected > observed ? "overstates" : "understates"
        let size = Int((abs(expected - observed) / max(observed, 1) * 100).rounded())
        return "\(verb) \(first)…\(last) by \(size)%"
    }

    /// "expected 5430, observed 4552": the two totals as whole numbers.
    public var totals: String { "expected \(Int(expected.rounded())), observed \(Int(observed))" }

    /// The note: "the fit overstates 2024-W27…2024-W52 by 19% (expected 5430, observed 4552)".
    public var note: String {
        "lack of fit: the fit \(departure) (\(totals); \(max(above, below)) of \(periods) periods \(above >= below ? "above" : "below") the fit, "
            + "sign test p = \(ClaimText.number(signPValue)), total z = \(ClaimText.number(z))); a model with a further break, "
            + "seasonal terms or an earlier complete-through date may fit"
    }

    static func check(_ fit: ModelFit, y: [Double], periods: [Period],
                      confLevel: Double) throws(AnalysisError) -> TrendLackOfFit? {
        let m = y.count
        guard m >= 8, fit.glance.model != .ols else { return nil }
        let q = max(4, Int((Double(m) / 4).rounded(.up)))
        let quarter = try window(fit, y: y, periods: periods, length: q, confLevel: confLevel)
        if quarter.flagged || q / 2 < 4 { return quarter }
        let half = try window(fit, y: y, periods: periods, length: q / 2, confLevel: confLevel)
        return half.flagged ? half : quarter
    }

    /// The checks on the last `q` fitted periods.
    static func window(_ fit: ModelFit, y: [Double], periods: [Period], length q: Int,
                       confLevel: Double) throws(AnalysisError) -> TrendLackOfFit {
        let m = y.count
        let range = (m - q)..<m
        var observed = 0.0, expected = 0.0, varianceO = 0.0, above = 0, below = 0
        var g = [Double](repeating: 0, count: fit.coefficients.count)
        for t in range {
            let mu = fit.fitted[t]
            observed += y[t]; expected += mu
            if y[t] > mu { above += 1 } else if y[t] < mu { below += 1 }
            switch fit.glance.model {
            case .negbin: varianceO += mu + mu * mu / fit.glance.theta!
            case .quasipoisson: varianceO += (fit.glance.dispersion ?? 1) * mu
            default: varianceO += mu
            }
            let x = fit.design.row(t)
            for j in g.indices { g[j] += mu * x[j] }
        }
        var varianceE = 0.0
        for a in g.indices { for b in g.indices { varianceE += g[a] * fit.covariance[a][b] * g[b] } }
        let z = (observed - expected) / (varianceO + max(varianceE, 0)).squareRoot()
        let critical = try TrendAnalysis.numerics { () throws(NumericsError) in try Normal.quantile((1 + confLevel) / 2) }
        let signP = signTest(max(above, below), of: above + below)
        let flagged = abs(z) > critical || signP < 1 - confLevel
        return TrendLackOfFit(first: periods[range.lowerBound], last: periods[m - 1], periods: q, above: above,
                              below: below, signPValue: signP, observed: observed, expected: expected, z: z, flagged: flagged)
    }

    /// Two-sided exact sign test: min(1, 2 P(X ≥ k)), X ~ Binomial(n, 1/2).
    static func signTest(_ k: Int, of n: Int) -> Double {
        guard n > 0 else { return 1 }
        var tail = 0.0
        for i in k...n { tail += exp(lgamma(Double(n + 1)) - lgamma(Double(i + 1)) - lgamma(Double(n - i + 1)) - Double(n) * M_LN2) }
        return min(1, 2 * tail)
    }
}
