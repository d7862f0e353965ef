/// A day of the proleptic Gregorian calendar, stored as the number of days since 1970-01-01, so
/// that comparisons, differences and period arithmetic are integer operations (no Foundation
/// `Calendar` in the hot path). The conversions follow Howard Hinnant's published
/// `days_from_civil` / `civil_from_days` algorithms (eras of 400 years, March-based years).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int

    /// The day `dayNumber` days after 1970-01-01 (before it when negative).
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// The date, or nil when the day does not exist in that month (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        dayNumber = CivilDate.days(year: year, month: month, day: day)
    }

    /// Day number of a valid (year, month, day); no checks.
    @inlinable
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400                                        // 0...399
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1   // March-based, 0...365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097                                                    // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }

    /// The date's quarter as one number, year × 4 + quarter − 1: in date order, for counting by
    /// quarter without a `Period` per date (`Period(quarterIndex:)` gives the period back).
    public var quarterIndex: Int {
        let (year, month, _) = components
        return year * 4 + (month - 1) / 3
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var isoWeekday: Int {
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Whether `year` is a leap year of the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days of `month` (1–12) in `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
        // The ten bytes written in place: output files hold thousands of dates, and joining
        // padded pieces cost more than the counting behind them.
        return String(unsafeUninitializedCapacity: 10) { b in
            writeDigits(y, width: 4, to: b, at: 0)
            b[4] = UInt8(ascii: "-")
            writeDigits(m, width: 2, to: b, at: 5)
            b[7] = UInt8(ascii: "-")
            writeDigits(d, width: 2, to: b, at: 8)
            return 10
        }
    }

    /// Earlier days sort first.
    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
    /// Days from this day to `other` (negative when `other` is earlier).
    public func distance(to other: CivilDate) -> Int { other.dayNumber - dayNumber }
    /// The day `n` days later (earlier when negative).
    public func advanced(by n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// Parses `YYYY-MM-DD` (exactly that shape). Errors say whether the text is malformed or
    /// names a day that does not exist.
    public static func parse(_ text: String) -> Result<CivilDate, DateProblem> {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes.
    @inlinable
    public static func parse(_ b: UnsafeRawBufferPointer) -> Result<CivilDate, DateProblem> {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return .failure(.malformed) }
        let d0 = b[0] &- 48, d1 = b[1] &- 48, d2 = b[2] &- 48, d3 = b[3] &- 48
        let d5 = b[5] &- 48, d6 = b[6] &- 48, d8 = b[8] &- 48, d9 = b[9] &- 48
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10, d5 < 10, d6 < 10, d8 < 10, d9 < 10 else { return .failure(.malformed) }
        let year = Int(d0) * 1000 + Int(d1) * 100 + Int(d2) * 10 + Int(d3)
        let month = Int(d5) * 10 + Int(d6), day = Int(d8) * 10 + Int(d9)
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard day >= 1, day <= daysInMonth(year: year, month: month) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        return .success(CivilDate(dayNumber: days(year: year, month: month, day: day)))
    }
}

/// Why a date did not parse.
public enum DateProblem: Error, Equatable, Sendable {
    case malformed
    case noSuchMonth(Int)
    case noSuchDay(year: Int, month: Int, day: Int)

    /// Words for an error message: what was expected.
    public var expected: String {
        switch self {
        case .malformed: "a date YYYY-MM-DD"
        case .noSuchMonth: "a date YYYY-MM-DD with a month from 01 to 12"
        case let .noSuchDay(y, m, _):
            "a date YYYY-MM-DD that exists (\(pad(y, 4))-\(pad(m, 2)) has \(CivilDate.daysInMonth(year: y, month: m)) days)"
        }
    }
}
