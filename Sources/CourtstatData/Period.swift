/// The calendar units a series can be counted in.
public enum PeriodUnit: String, CaseIterable, Sendable {
    /// ISO 8601 week, Monday to Sunday; week 1 holds the year's first Thursday.
    case week
    case month, quarter, half, year
}

/// A stretch of calendar days: an ISO week (`2023-W12`), a month (`2023-03`), a quarter
/// (`2023-Q1`), a half-year (`2023-H1`), a year (`2023`) or an explicit inclusive range
/// (`2023-01-01..2023-06-30`). It knows its first and last day and its length in days, so rates
/// per day and comparisons of unequal periods are always available.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The unit, or nil for an explicit range.
    public let unit: PeriodUnit?
    /// First day (inclusive).
    public let start: CivilDate
    /// Last day (inclusive).
    public let end: CivilDate

    /// Length in days, both ends counted.
    public var days: Int { end.dayNumber - start.dayNumber + 1 }

    /// An explicit range; `end` must not come before `start`.
    public init(start: CivilDate, end: CivilDate) throws(PeriodError) {
        guard start <= end else { throw PeriodError(text: "\(start)..\(end)", reason: "the range ends before it starts") }
        unit = nil; self.start = start; self.end = end
    }

    /// The quarter numbered as `CivilDate.quarterIndex` numbers it.
    public init(quarterIndex q: Int) {
        self.init(containing: CivilDate(year: q / 4, month: q % 4 * 3 + 1, day: 1)!, unit: .quarter)
    }

    /// The period of the given unit that contains `date`.
    public init(containing date: CivilDate, unit: PeriodUnit) {
        self.unit = unit
        switch unit {
        case .week:
            start = CivilDate(dayNumber: date.dayNumber - (date.isoWeekday - 1))
            end = start.advanced(by: 6)
        case .month, .quarter, .half, .year:
            let (y, m, _) = date.components
            let months = unit == .month ? 1 : unit == .quarter ? 3 : unit == .half ? 6 : 12
            let first = (m - 1) / months * months + 1
            start = CivilDate(dayNumber: CivilDate.days(year: y, month: first, day: 1))
            let last = first + months - 1
            end = CivilDate(dayNumber: CivilDate.days(year: y, month: last, day: CivilDate.daysInMonth(year: y, month: last)))
        }
    }

    /// The ISO week-numbering year and week of a date (week 1 holds the year's first Thursday,
    /// so 2021-01-03 is in 2020-W53 and 2024-12-30 in 2025-W01).
    public static func isoWeek(of date: CivilDate) -> (year: Int, week: Int) {
        let thursday = CivilDate(dayNumber: date.dayNumber - (date.isoWeekday - 1) + 3)
        let year = thursday.year
        let jan1 = CivilDate.days(year: year, month: 1, day: 1)
        return (year, (thursday.dayNumber - jan1) / 7 + 1)
    }

    /// The Monday of ISO week 1 of `year`: the week holding January 4th.
    public static func firstISOMonday(of year: Int) -> CivilDate {
        let jan4 = CivilDate(dayNumber: CivilDate.days(year: year, month: 1, day: 4))
        return jan4.advanced(by: -(jan4.isoWeekday - 1))
    }

    /// 52 or 53: the number of ISO weeks of a week-numbering year.
    public static func isoWeeks(in year: Int) -> Int {
        (firstISOMonday(of: year + 1).dayNumber - firstISOMonday(of: year).dayNumber) / 7
    }

    /// The period of the same unit that follows this one. A range is followed by the range of
    /// the same length that starts the day after it ends.
    public var next: Period {
        guard let unit else {
            return try! Period(start: end.advanced(by: 1), end: end.advanced(by: days))
        }
        return Period(containing: end.advanced(by: 1), unit: unit)
    }

    /// This period and every following one up to the one that contains `last` (inclusive);
    /// empty when `last` comes before this period.
    public func through(_ last: CivilDate) -> [Period] {
        var out: [Period] = []
        var p = self
        while p.start <= last { out.append(p); p = p.next }
        return out
    }

    /// Whether `date` falls within the period (its first and last days included).
    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// The label as it is parsed: `2023-W12`, `2023-03`, `2023-Q1`, `2023-H1`, `2023`,
    /// `2023-01-01..2023-06-30`.
    public var description: String {
        let (y, m, _) = start.components
        switch unit {
        case .week:
            let (wy, w) = Period.isoWeek(of: start)
            return pad(wy, 4) + "-W" + pad(w, 2)
        case .month: return pad(y, 4) + "-" + pad(m, 2)
        case .quarter: return pad(y, 4) + "-Q\((m - 1) / 3 + 1)"
        case .half: return pad(y, 4) + "-H\((m - 1) / 6 + 1)"
        case .year: return pad(y, 4)
        case nil: return "\(start)..\(end)"
        }
    }
}

/// A period label that does not parse, with the reason in words.
public struct PeriodError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public static let shapes = "a period like 2023-W12, 2023-03, 2023-Q1, 2023-H1, 2023 or 2023-01-01..2023-06-30"
    public var description: String { "expected \(Self.shapes), found '\(text)'" + (reason.isEmpty ? "" : " (\(reason))") }
}
