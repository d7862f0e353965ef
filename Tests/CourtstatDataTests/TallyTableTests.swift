import CourtstatData
import Foundation
import Testing

/// `trend --counts` tallies: both period columns, the exposure column, and every malformed
/// table stopping at its file:line with what was expected.
@Suite struct TallyTableTests {
    static func read(_ text: String, unit: PeriodUnit = .month, exposure: String? = nil) throws(DataError) -> TallyTable {
        try TallyTable(source: InputSource(path: TestFiles.write(text, name: "tally.csv")), unit: unit, exposureColumn: exposure)
    }

    @Test func readsPeriodsOrStartsAndExposure() throws {
        let a = try Self.read("period,n,pop\n2023-11,5,10.5\n2023-12,0,11\n2024-01,7,12\n", exposure: "pop")
        #expect(a.periods.map(\.description) == ["2023-11", "2023-12", "2024-01"])
        #expect(a.counts == [5, 0, 7] && a.exposure == [10.5, 11, 12])
        let b = try Self.read("period_start,n\n2023-12-25,5\n2024-01-01,6\n", unit: .week)
        #expect(b.periods.map(\.description) == ["2023-W52", "2024-W01"] && b.exposure == nil)
        let crlf = try Self.read("period,n\r\n2023-W05,1\r\n2023-W06,2\r\n", unit: .week)
        #expect(crlf.counts == [1, 2])
    }

    @Test(arguments: [
        ("month,n\n2023-01,5\n", 1, "period (or period_start) and n"),
        ("period,n\n2023-01,5\n2023-03,6\n", 3, "2023-02 after 2023-01 on line 2: a missing period is not a zero count"),
        ("period,n\n2023-02,5\n2023-01,6\n", 3, "periods in time order, each once"),
        ("period,n\n2023-02,5\n2023-02,6\n", 3, "periods in time order, each once"),
        ("period,n\n2023-W05,5\n", 2, "a month like 2023-05"),
        ("period,n\n2023-02,-1\n", 2, "a whole number of cases"),
        ("period,n\n2023-02,1.5\n", 2, "a whole number of cases"),
        ("period_start,n\n2023-02-03,1\n", 2, "the first day of a month (2023-02-01 for 2023-02)"),
        ("period,n,pop\n2023-02,1,0\n", 2, "a positive number"),
        ("period,n\n2023-02,1,9\n", 2, "2 fields, as in the header"),
        ("period,n\n", 2, "at least one row of counts"),
    ])
    func malformedTallies(_ text: String, _ line: Int, _ expected: String) {
        do {
            _ = try Self.read(text, exposure: text.contains("pop") ? "pop" : nil)
            Issue.record("read without error: \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(expected), "\(error)")
            #expect(error.kind == .data)
        }
    }

    @Test func unknownExposureColumnIsAUsageError() {
        #expect(throws: DataError.self) { try Self.read("period,n\n2023-01,1\n", exposure: "pop") }
        do { _ = try Self.read("period,n\n2023-01,1\n", exposure: "pop") } catch { #expect(error.kind == .usage) }
    }
}
