import Testing
@testable import CourtstatData

@Suite struct CivilDateTests {
    @Test func knownDayNumbers() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(CivilDate(year: 2022, month: 9, day: 21)?.dayNumber == 19_256)
        #expect(CivilDate(year: 1900, month: 1, day: 1)?.dayNumber == -25_567)
        #expect(CivilDate(year: 2100, month: 12, day: 31)?.dayNumber == 47_846)
        #expect(CivilDate(year: 1969, month: 12, day: 31)?.dayNumber == -1)
    }

    @Test func roundTripsEveryDayFrom1899To2101() {
        var previous: (Int, Int, Int)? = nil
        for n in -25_933...48_211 {
            let d = CivilDate(dayNumber: n)
            let (y, m, day) = d.components
            #expect(CivilDate(year: y, month: m, day: day) == d)
            if let (py, pm, pd) = previous {
                let nextInMonth = (py, pm, pd + 1) == (y, m, day)
                let nextMonth = day == 1 && ((py == y && pm + 1 == m) || (py + 1 == y && pm == 12 && m == 1))
                #expect(nextInMonth || nextMonth, "\(d)")
            }
            previous = (y, m, day)
        }
    }

    @Test func leapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2023, month: 4, day: 31) == nil)
    }

    @Test func weekdays() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.isoWeekday == 4)       // Thursday
        #expect(CivilDate(year: 2022, month: 9, day: 21)?.isoWeekday == 3)      // Wednesday
        #expect(CivilDate(year: 1969, month: 12, day: 29)?.isoWeekday == 1)     // Monday
    }

    /// The label is written byte by byte: checked against zero-padded pieces for days spread
    /// over years 1 to 9999 (and the padding of short years), and round-tripped through parse.
    @Test func descriptionIsZeroPaddedIsoDate() throws {
        func padded(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        for dayNumber in stride(from: CivilDate(year: 1, month: 1, day: 1)!.dayNumber,
                                through: CivilDate(year: 9999, month: 12, day: 31)!.dayNumber, by: 997) {
            let d = CivilDate(dayNumber: dayNumber)
            let (y, m, day) = d.components
            #expect(d.description == "\(padded(y, 4))-\(padded(m, 2))-\(padded(day, 2))")
            #expect(try CivilDate.parse(d.description).get() == d)
        }
        #expect(CivilDate(year: 7, month: 3, day: 9)!.description == "0007-03-09")
        #expect(CivilDate(year: 999, month: 12, day: 31)!.description == "0999-12-31")
    }

    @Test func parsing() throws {
        #expect(try CivilDate.parse("2023-03-01").get().description == "2023-03-01")
        #expect(CivilDate.parse("2023-3-1") == .failure(.malformed))
        #expect(CivilDate.parse("2023/03/01") == .failure(.malformed))
        #expect(CivilDate.parse("2023-13-01") == .failure(.noSuchMonth(13)))
        #expect(CivilDate.parse("2023-02-30") == .failure(.noSuchDay(year: 2023, month: 2, day: 30)))
        #expect(DateProblem.noSuchDay(year: 2023, month: 2, day: 30).expected == "a date YYYY-MM-DD that exists (2023-02 has 28 days)")
    }

    /// The simulator's case ids and terms: appended after what is already there, zero-padded
    /// to the width, never cut.
    @Test func appendDecimalPadsAndAppends() {
        for value in [0, 7, 10, 99, 360, 12_345_678, 123_456_789, Int.max] {
            for width in [1, 2, 8, 12] {
                var out: [UInt8] = Array("SYN-".utf8)
                appendDecimal(value, width: width, to: &out)
                let digits = String(value)
                #expect(String(decoding: out, as: UTF8.self) == "SYN-" + String(repeating: "0", count: max(0, width - digits.count)) + digits)
            }
        }
    }
}
