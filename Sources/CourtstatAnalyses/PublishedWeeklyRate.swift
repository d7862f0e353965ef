import CourtstatData

/// A published tally as a weekly rate over the period it covers: the tally divided by the weeks
/// in its period (value / days × 7), for drawing tallies of different lengths on one scale.
/// Only counts are used (a figure derived from a ratio is not a count, `FigureQualifier.isCount`).
public struct PublishedWeeklyRate: Sendable, Equatable {
    /// The published figure.
    public var figure: PublishedFigure
    /// The first and last day of its period.
    public var start: CivilDate
    public var end: CivilDate
    /// The days in its period.
    public var days: Int
    /// Cases per week over the period: value / days × 7.
    public var perWeek: Double
    /// The middle day of the period (rounded down), where a chart places the tally.
    public var mid: CivilDate { CivilDate(dayNumber: (start.dayNumber + end.dayNumber) / 2) }

    /// The weekly rates of the figures of `metric` for `article` counted over all defendants
    /// (`group` "all"), in the figures file's order; figures without a period are left out.
    public static func rates(_ figures: PublishedFigures, metric: String, article: String) -> [PublishedWeeklyRate] {
        figures.figures.compactMap { f in
            guard f.metric == metric, f.article == article, f.group == "all", f.isCount,
                  let p = f.period, let start = f.periodStart, let end = f.periodEnd else { return nil }
            return PublishedWeeklyRate(figure: f, start: start, end: end, days: p.days, perWeek: f.value / Double(p.days) * 7)
        }
    }
}
