import CourtstatData
import CourtstatInference
import CourtstatModels
import Foundation

/// The trend of counts per period: Poisson, quasi-Poisson and negative-binomial log-linear fits
/// (with an interrupted-time-series design when there is a break), the over-dispersion test that
/// chooses between Poisson and the negative binomial, the chosen model's fitted series and band,
/// and growth per period, doubling time and the rate ratio at the break.
public struct TrendResult: Sendable {
    public var series: [TrendPoint]
    public var models: [(kind: ModelKind, fit: ModelFit)]
    public var chosen: ModelKind
    /// Why the model was chosen (the over-dispersion test in words).
    public var chosenBecause: String
    /// The likelihood-ratio test of the negative binomial against Poisson (θ = ∞ on the
    /// boundary, so the p-value is half the χ²(1) tail).
    public var overdispersion: TestResult
    /// The first break (nil: none); `breakIndices` holds them all.
    public var breakIndex: Int?
    public var breakEstimate: BreakEstimate?
    public var derived: [TrendDerived]
    public var notes: [String]
    public var breakIndices: [Int] = []
    /// `TrendBreak.estimateUpTo(K)`: the search, its BIC by number of breaks, the sets.
    public var breaksEstimate: MultipleBreakEstimate? = nil
    public var season: TrendSeason = .none
    /// The Newey–West lag when the terms carry HAC standard errors.
    public var hacLag: Int? = nil
    /// Each fitted model's diagnostics (pearson_gof, deviance_gof, ljung_box), in `models` order.
    public var diagnostics: [[DiagnosticTest]] = []
    /// The last quarter's departure from the chosen fit (nil: too short a series).
    public var lackOfFit: TrendLackOfFit? = nil
    /// `completeThrough`: the date, when given.
    public var completeThrough: CivilDate? = nil
    /// `exposure`: the column whose log is the offset (nil: log days).
    public var exposureName: String? = nil
}
