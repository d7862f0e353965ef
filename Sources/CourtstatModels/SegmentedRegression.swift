/// Interrupted time series (segmented regression) for a series by period, time = 0, 1, 2, …
///
/// With a break at period index k the design is, in this order (DESIGN.md's trend terms):
/// `intercept`, `time`, `level_change` = 1 from period k on (else 0), and `slope_change` =
/// time − k from period k on (else 0, so 0 in period k itself). Without a break: `intercept`
/// and `time`. exp(level_change) is the rate ratio at the break; time + slope_change is the
/// log growth per period after it.
public enum SegmentedRegression {
    /// The count models a trend is fitted with (OLS for a linear trend on the counts).
    public static let models: [ModelKind] = [.poisson, .quasipoisson, .negbin, .ols]

    /// The design for `periods` periods with a break at index `breakIndex` (nil: none).
    /// The break must leave at least two periods before it and two from it on.
    public static func design(periods: Int, breakIndex: Int?) throws(ModelError) -> Design {
        let time = (0..<periods).map(Double.init)
        guard let k = breakIndex else { return try Design([("time", time)]) }
        guard k >= 2, periods - k >= 2 else {
            throw .invalidInput("break at period \(k): a segmented fit needs at least two periods before the break and two from it on (periods: \(periods))")
        }
        return try Design([("time", time), ("level_change", time.map { $0 >= Double(k) ? 1 : 0 }),
                           ("slope_change", time.map { $0 >= Double(k) ? $0 - Double(k) : 0 })])
    }

    /// The design row of period t (a possibly fractional time) for a break at k.
    public static func row(time t: Double, breakIndex: Int?) -> [Double] {
        guard let k = breakIndex.map(Double.init) else { return [1, t] }
        return t >= k ? [1, t, 1, t - k] : [1, t, 0, 0]
    }

    /// Fits the trend with the named model: log-linear for the count models (R:
    /// `glm(n ~ time + level_change + slope_change + offset(o), family = …)`, `MASS::glm.nb`),
    /// linear for OLS. `offset`: log exposure (e.g. log days per period), or nil.
    public static func fit(counts: [Double], breakIndex: Int?, model: ModelKind = .poisson,
                           offset: [Double]? = nil,
                           options: GeneralizedLinearModel.Options = .init()) throws(ModelError) -> ModelFit {
        guard models.contains(model) else { throw .invalidInput("a trend is fitted with poisson, quasipoisson, negbin or ols, not \(model.rawValue)") }
        let design = try design(periods: counts.count, breakIndex: breakIndex)
        return try GeneralizedLinearModel.fit(model, y: counts, design: design, offset: offset,
                                              options: options, responseName: "n")
    }
}
