import CourtstatInference
import Foundation

/// Quantities derived from a log-linear trend (poisson, quasipoisson, negbin), each a tidy row
/// (`TestResult`) named with DESIGN.md's terms, its interval transformed from the Wald
/// interval of a linear combination c'β (estimate ∓ q·√(c'Vc), q from the fit's reference
/// distribution: normal, or t on df_residual for quasipoisson).
public enum DerivedQuantities {
    /// `growth_per_period`: exp(c'β) − 1, the relative change of the expected count from one
    /// period to the next (c selects `time` by default; pass time + slope_change for the growth
    /// after a break). Interval: exp of the Wald limits, minus 1.
    public static func growthPerPeriod(_ fit: ModelFit, combination: [String: Double] = ["time": 1],
                                       term: String = "growth_per_period") throws(ModelError) -> TestResult {
        let (b, lo, hi, method) = try wald(fit, combination)
        return TestResult(term: term, estimate: expm1(b), confLow: expm1(lo), confHigh: expm1(hi),
                          confLevel: fit.confLevel, method: "exp(beta) - 1 for \(describe(combination)); " + method,
                          n: fit.glance.n)
    }

    /// `doubling_periods`: ln 2 / β, the number of periods over which the expected count doubles,
    /// with the interval [ln 2 / upper, ln 2 / lower] of β's Wald interval when it lies above 0.
    /// When the interval includes 0 the series is not shown to grow: the upper limit is
    /// infinite (no finite doubling interval) and a note says so; when it lies below 0 the
    /// series shrinks and there is no doubling time at all (the note gives the halving time).
    public static func doublingPeriods(_ fit: ModelFit, combination: [String: Double] = ["time": 1],
                                       term: String = "doubling_periods") throws(ModelError) -> TestResult {
        let (b, lo, hi, method) = try wald(fit, combination)
        let ln2 = M_LN2
        var result = TestResult(term: term, confLevel: fit.confLevel,
                                method: "ln 2 / beta for \(describe(combination)); " + method, n: fit.glance.n)
        if lo > 0 {
            result.estimate = ln2 / b; result.confLow = ln2 / hi; result.confHigh = ln2 / lo
        } else if hi > 0 {
            result.estimate = b > 0 ? ln2 / b : .infinity
            result.confLow = ln2 / hi; result.confHigh = .infinity
            result.notes = ["not growing: the \(percent(fit.confLevel)) interval for the growth rate includes 0, so there is no finite upper limit for the doubling time"]
        } else {
            result.notes = ["not growing: the series shrinks (the \(percent(fit.confLevel)) interval for the growth rate lies below 0); halving time \(String(format: "%.3g", -ln2 / b)) periods"]
        }
        return result
    }

    /// `rate_ratio_after_vs_before`: μ(later) / μ(earlier) = exp((x_later − x_earlier)'β) for two
    /// design rows (without the offset: the ratio of rates per unit of exposure), with its
    /// Wald interval on the log scale, the standard error from the covariance matrix.
    public static func rateRatio(_ fit: ModelFit, later: [Double], earlier: [Double],
                                 term: String = "rate_ratio_after_vs_before",
                                 label: String = "later vs earlier") throws(ModelError) -> TestResult {
        guard later.count == fit.coefficients.count, earlier.count == later.count else {
            throw .invalidInput("rate ratio: design rows need \(fit.coefficients.count) values")
        }
        let c = zip(later, earlier).map { $0 - $1 }
        let (estimate, se) = try fit.linearCombination(c)
        let q = try fit.criticalValue()
        return TestResult(term: term, estimate: exp(estimate), stdError: se, statistic: estimate / se,
                          confLow: exp(estimate - q * se), confHigh: exp(estimate + q * se),
                          confLevel: fit.confLevel,
                          method: "exp of a linear combination of coefficients (\(label)); Wald interval on the log scale, "
                            + (fit.referenceDF == nil ? "normal quantile" : "t quantile on \(Int(fit.referenceDF!)) df"),
                          n: fit.glance.n)
    }

    /// The rate ratio between two periods of a segmented fit (time indices, break at k).
    public static func rateRatio(_ fit: ModelFit, laterTime: Double, earlierTime: Double, breakIndex: Int?,
                                 term: String = "rate_ratio_after_vs_before") throws(ModelError) -> TestResult {
        try rateRatio(fit, later: SegmentedRegression.row(time: laterTime, breakIndex: breakIndex),
                      earlier: SegmentedRegression.row(time: earlierTime, breakIndex: breakIndex), term: term,
                      label: "period \(format3(laterTime)) vs period \(format3(earlierTime))")
    }

    static func wald(_ fit: ModelFit, _ combination: [String: Double]) throws(ModelError)
        -> (Double, Double, Double, String) {
        guard fit.glance.model != .ols, fit.glance.model != .logistic else {
            throw .invalidInput("growth and doubling time need a log-linear count model, not \(fit.glance.model.rawValue)")
        }
        var c = [Double](repeating: 0, count: fit.coefficients.count)
        for (name, weight) in combination {
            let w = try fit.weights(for: name)
            for j in c.indices { c[j] += weight * w[j] }
        }
        let (b, se) = try fit.linearCombination(c)
        let q = try fit.criticalValue()
        let method = "interval from the Wald interval of beta ("
            + (fit.referenceDF == nil ? "normal quantile)" : "t quantile on \(Int(fit.referenceDF!)) df)")
        return (b, b - q * se, b + q * se, method)
    }

    static func describe(_ combination: [String: Double]) -> String {
        combination.sorted { $0.key < $1.key }.map { $0.value == 1 ? $0.key : "\(format3($0.value))*\($0.key)" }
            .joined(separator: " + ")
    }

    static func percent(_ level: Double) -> String { "\(format3(level * 100))%" }
}
