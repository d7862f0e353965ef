import CourtstatData
import CourtstatModels

/// Seasonal terms of a trend (DESIGN.md `--season`).
public enum TrendSeason: Sendable, Equatable, CustomStringConvertible {
    case none
    /// Month-of-year indicators month_02 … month_12 (a week belongs to the month of its Thursday,
    /// the day that also decides its ISO year).
    case month
    /// sin_1, cos_1, …, sin_K, cos_K with a cycle of 52.18 weeks or 12 months.
    case fourier(Int)

    public var description: String {
        switch self {
        case .none: "none"
        case .month: "month"
        case let .fourier(k): "fourier:\(k)"
        }
    }

    /// The seasonal columns for the periods; month levels are those of the first `fitted` periods.
    func columns(_ periods: [Period], fitted: Int) throws(ModelError) -> [(name: String, values: [Double])] {
        switch self {
        case .none: return []
        case .month:
            return try SeasonalTerms.months(periods.map { p in
                p.unit == .week ? p.start.advanced(by: 3).components.month : p.start.components.month
            }, levelsFrom: fitted)
        case let .fourier(k):
            let cycle = periods.first?.unit == .week ? SeasonalTerms.weeksPerYear : SeasonalTerms.monthsPerYear
            return try SeasonalTerms.fourier(periods: periods.count, harmonics: k, cycle: cycle)
        }
    }
}

/// Which standard errors the terms, intervals and derived quantities use (DESIGN.md `--se`).
public enum TrendStandardErrors: Sendable, Equatable {
    /// The model's (expected information, scaled by the dispersion).
    case model
    /// Newey–West at the given lag, or ⌊4 (n/100)^{2/9}⌋ when nil.
    case hac(lag: Int?)
}

/// An exposure other than the days of each period (DESIGN.md `--exposure COL`): log(values) is
/// the offset, so the coefficients are rates per unit of this exposure.
public struct TrendExposure: Sendable, Equatable {
    public var name: String
    public var values: [Double]
    /// An exposure named `name` with one positive value per period.
    public init(name: String, values: [Double]) { self.name = name; self.values = values }
}
