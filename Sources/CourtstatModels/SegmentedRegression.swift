/// Interrupted time series (segmented regression) for a series by period, time = 0, 1, 2, …
///
/// With a break at period index k the design is, in this order (DESIGN.md's trend terms):
/// `intercept`, `time`, `level_change` = 1 from period k on (else 0), and `slope_change` =
/// time − k from period k on (else 0, so 0 in period k itself). Without a break: `intercept`
/// and `time`. exp(level_change) is the rate ratio at the break; time + slope_change is the
/// log growth per period after it. Further breaks k₂ < k₃ < … add `level_change_2`,
/// `slope_change_2`, … coded the same way, and seasonal terms (`SeasonalTerms`) come last.
public enum SegmentedRegression {
    /// The count models a trend is fitted with (OLS for a linear trend on the counts).
    public static let models: [ModelKind] = [.poisson, .quasipoisson, .negbin, .ols]

    /// The term names of break number `k` (1-based): level_change, slope_change for the first,
    /// level_change_k, slope_change_k after it.
    public static func breakTermNames(_ k: Int) -> (level: String, slope: String) {
        k == 1 ? ("level_change", "slope_change") : ("level_change_\(k)", "slope_change_\(k)")
    }

    /// The design for `periods` periods with a break at index `breakIndex` (nil: none).
    /// The break must leave at least two periods before it and two from it on.
    public static func design(periods: Int, breakIndex: Int?) throws(ModelError) -> Design {
        try design(periods: periods, breakIndices: breakIndex.map { [$0] } ?? [])
    }

    /// The design for several breaks (period indices, strictly increasing, every segment at
    /// least two periods long) followed by the seasonal columns.
    public static func design(periods: Int, breakIndices: [Int],
                              seasonal: [(name: String, values: [Double])] = []) throws(ModelError) -> Design {
        try checkBreaks(breakIndices, periods: periods)
        let time = (0..<periods).map(Double.init)
        var columns: [(name: String, values: [Double])] = [("time", time)]
        for (j, k) in breakIndices.enumerated() {
            let names = breakTermNames(j + 1)
            columns.append((names.level, time.map { $0 >= Double(k) ? 1 : 0 }))
            columns.append((names.slope, time.map { $0 >= Double(k) ? $0 - Double(k) : 0 }))
        }
        for column in seasonal {
            guard column.values.count == periods else {
                throw .invalidInput("seasonal term \(column.name) has \(column.values.count) values for \(periods) periods")
            }
        }
        return try Design(columns + seasonal)
    }

    static func checkBreaks(_ breaks: [Int], periods: Int) throws(ModelError) {
        var previous = 0
        for k in breaks {
            guard k - previous >= 2, periods - k >= 2 else {
                throw .invalidInput("break at period \(k): a segmented fit needs at least two periods before each break and two from it on (periods: \(periods), breaks: \(breaks.map(String.init).joined(separator: ", ")))")
            }
            previous = k
        }
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
        try fit(counts: counts, breakIndices: breakIndex.map { [$0] } ?? [], model: model, offset: offset, options: options)
    }

    /// Fits the trend with several breaks and seasonal terms (see `design`). OLS takes no offset.
    public static func fit(counts: [Double], breakIndices: [Int], seasonal: [(name: String, values: [Double])] = [],
                           model: ModelKind = .poisson, offset: [Double]? = nil,
                           options: GeneralizedLinearModel.Options = .init()) throws(ModelError) -> ModelFit {
        guard models.contains(model) else { throw .invalidInput("a trend is fitted with poisson, quasipoisson, negbin or ols, not \(model.rawValue)") }
        let design = try design(periods: counts.count, breakIndices: breakIndices, seasonal: seasonal)
        return try GeneralizedLinearModel.fit(model, y: counts, design: design, offset: model == .ols ? nil : offset,
                                              options: options, responseName: "n")
    }
}
