import Testing
@testable import CourtstatData

@Suite struct PeriodTests {
    func date(_ s: String) -> CivilDate { try! CivilDate.parse(s).get() }

    @Test(arguments: [
        ("2023-W12", "2023-03-20", "2023-03-26", 7),
        ("2023-03", "2023-03-01", "2023-03-31", 31),
        ("2024-02", "2024-02-01", "2024-02-29", 29),
        ("2023-02", "2023-02-01", "2023-02-28", 28),
        ("2023-Q1", "2023-01-01", "2023-03-31", 90),
        ("2024-Q1", "2024-01-01", "2024-03-31", 91),
        ("2023-H1", "2023-01-01", "2023-06-30", 181),
        ("2024-H1", "2024-01-01", "2024-06-30", 182),
        ("2023-H2", "2023-07-01", "2023-12-31", 184),
        ("2023", "2023-01-01", "2023-12-31", 365),
        ("2024", "2024-01-01", "2024-12-31", 366),
        ("2023-01-01..2023-06-30", "2023-01-01", "2023-06-30", 181),
        ("2022-09-21..2023-03-21", "2022-09-21", "2023-03-21", 182),
        ("2020-W53", "2020-12-28", "2021-01-03", 7),        // a year with 53 ISO weeks
        ("2025-W01", "2024-12-30", "2025-01-05", 7),        // week 1 starting in the previous year
        ("2021-W01", "2021-01-04", "2021-01-10", 7),
    ])
    func parsesWithBoundsAndLength(_ label: String, _ start: String, _ end: String, _ days: Int) throws {
        let p = try Period.parse(label)
        #expect(p.start == date(start))
        #expect(p.end == date(end))
        #expect(p.days == days)
        #expect(p.description == label)
    }

    @Test(arguments: [
        ("2023-W53", "2023 has 52 ISO weeks"), ("2023-W00", "2023 has 52 ISO weeks"), ("2023-W1", "a week has two digits, as in 2023-W01"),
        ("2023-Q5", "a quarter is Q1 to Q4"), ("2023-H3", "a half is H1 or H2"), ("2023-13", "a month is 01 to 12"),
        ("2023-3", "a month is 01 to 12"), ("23", ""), ("2023-06-30..2023-01-01", "the range ends before it starts"),
        ("2023-02-30..2023-03-01", "'2023-02-30' is not a date YYYY-MM-DD that exists (2023-02 has 28 days)"),
        ("week 12", ""), ("", ""),
    ])
    func rejectsWithAReason(_ label: String, _ reason: String) {
        #expect(throws: PeriodError(text: label, reason: reason)) { try Period.parse(label) }
    }

    @Test func errorMessageNamesTheShapes() {
        let e = PeriodError(text: "2023-W54", reason: "2023 has 52 ISO weeks")
        #expect(e.description == "expected a period like 2023-W12, 2023-03, 2023-Q1, 2023-H1, 2023 or 2023-01-01..2023-06-30, found '2023-W54' (2023 has 52 ISO weeks)")
    }

    @Test func isoWeeks() {
        #expect(Period.isoWeeks(in: 2020) == 53)
        #expect(Period.isoWeeks(in: 2026) == 53)
        #expect(Period.isoWeeks(in: 2023) == 52)
        #expect(Period.isoWeek(of: date("2021-01-03")).year == 2020 && Period.isoWeek(of: date("2021-01-03")).week == 53)
        #expect(Period.isoWeek(of: date("2024-12-30")).year == 2025 && Period.isoWeek(of: date("2024-12-30")).week == 1)
        #expect(Period.isoWeek(of: date("2023-01-01")).year == 2022 && Period.isoWeek(of: date("2023-01-01")).week == 52)
        #expect(Period(containing: date("2024-12-31"), unit: .week).description == "2025-W01")
    }

    @Test func containingAndIteration() {
        let d = date("2022-09-21")
        #expect(Period(containing: d, unit: .week).description == "2022-W38")
        #expect(Period(containing: d, unit: .month).description == "2022-09")
        #expect(Period(containing: d, unit: .quarter).description == "2022-Q3")
        #expect(Period(containing: d, unit: .half).description == "2022-H2")
        #expect(Period(containing: d, unit: .year).description == "2022")
        let weeks = Period(containing: date("2022-12-25"), unit: .week).through(date("2023-01-09"))
        #expect(weeks.map(\.description) == ["2022-W51", "2022-W52", "2023-W01", "2023-W02"])
        for (a, b) in zip(weeks, weeks.dropFirst()) { #expect(a.end.advanced(by: 1) == b.start) }
        let quarters = Period(containing: date("2023-11-01"), unit: .quarter).through(date("2024-05-01"))
        #expect(quarters.map(\.description) == ["2023-Q4", "2024-Q1", "2024-Q2"])
        let quarterDays: [Int] = quarters.map(\.days)
        #expect(quarterDays == [92, 91, 91])
        let range = try! Period.parse("2023-01-01..2023-01-10")
        #expect(range.next.description == "2023-01-11..2023-01-20")
        #expect(Period(containing: date("2023-03-01"), unit: .month).through(date("2023-02-01")).isEmpty)
    }
}
