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

    /// The mobilisation decree, 2022-09-21.
    public static let mobilisation = TrendBreak.date(CivilDate(year: 2022, month: 9, day: 21)!, explicit: false)
}
