import CourtstatData

/// Where the trend's break goes: at the period holding a date (DESIGN.md's default, the
/// mobilisation decree of 2022-09-21), at the periods holding several dates, estimated by
/// profile likelihood (one break, or 1…K breaks chosen by BIC), or none.
public enum TrendBreak: Sendable, Equatable {
    case date(CivilDate, explicit: Bool)
    /// Several breaks (given on the command line), one per date.
    case dates([CivilDate])
    case estimate
    /// 1…K breaks by profile likelihood, their number by BIC (`TrendBreak.estimateUpTo(K)`).
    case estimateUpTo(Int)
    case none

    /// The date of the partial mobilisation decree (Decree No. 647, 21 September 2022).
    public static let mobilisationDecree = CivilDate(year: 2022, month: 9, day: 21)!
    /// The break at the mobilisation decree (DESIGN.md's default).
    public static let mobilisation = TrendBreak.date(mobilisationDecree, explicit: false)
}
