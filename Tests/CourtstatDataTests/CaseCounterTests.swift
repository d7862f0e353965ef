import Foundation
import Testing
@testable import CourtstatData

@Suite struct CaseCounterTests {
    static let h = TestFiles.header

    static func row(_ id: String, _ article: String, _ received: String, status: String = "", decision: String = "",
                    court: String = "C1") -> String {
        "\(id),\(court),R,\(article),1,\(received),\(decision),\(status),,,"
    }

    static func count(_ text: String, by unit: PeriodUnit, split: CaseColumn? = nil, filter: CaseFilter = CaseFilter()) throws -> CountTable {
        try CaseCounter.count(CaseReader(source: InputSource(path: TestFiles.write(text))), by: unit, split: split, filter: filter)
    }

    @Test func emptyPeriodsAreZero() throws {
        let text = Self.h + "\n" + [Self.row("a", "337", "2023-01-15"), Self.row("b", "337", "2023-01-31"),
                                   Self.row("c", "338", "2023-04-02")].joined(separator: "\n") + "\n"
        let t = try Self.count(text, by: .month)
        #expect(t.periods.map(\.description) == ["2023-01", "2023-02", "2023-03", "2023-04"])
        #expect(t.counts == [[2], [0], [0], [1]])
        #expect(t.periods.map(\.days) == [31, 28, 31, 30])
        let weeks = try Self.count(text, by: .week)
        #expect(weeks.periods.first?.description == "2023-W02" && weeks.periods.last?.description == "2023-W13")
        #expect(weeks.totals.reduce(0, +) == 3 && weeks.totals.filter { $0 == 0 }.count == weeks.periods.count - 3)
    }

    @Test func splitSumsEqualTheUnsplitCounts() throws {
        var rows: [String] = []
        let articles = ["337", "338", "332", "335"], statuses = ["mobilized", "contract", "", "unknown"]
        for i in 0..<500 {
            let day = CivilDate(dayNumber: 19_300 + (i * 37) % 400)
            rows.append(Self.row("c\(i)", articles[i % 4], day.description, status: statuses[(i / 3) % 4]))
        }
        let text = Self.h + "\n" + rows.joined(separator: "\n") + "\n"
        for unit in PeriodUnit.allCases {
            let whole = try Self.count(text, by: unit)
            for split in [CaseColumn.article, .defendantStatus, .court] {
                let parts = try Self.count(text, by: unit, split: split)
                #expect(parts.periods == whole.periods)
                #expect(parts.totals == whole.counts.map { $0[0] }, "\(unit) \(split)")
            }
            #expect(whole.totals.reduce(0, +) == 500)
        }
        let byStatus = try Self.count(text, by: .year, split: .defendantStatus)
        #expect(byStatus.groups == ["contract", "mobilized", "unknown", ""])       // missing last
    }

    @Test func filtersAndExplicitSpan() throws {
        let text = Self.h + "\n" + [
            Self.row("a", "337", "2023-01-15", status: "mobilized", decision: "2023-03-01"),
            Self.row("b", "338", "2023-01-20", status: "contract"),
            Self.row("c", "337", "2023-02-10", status: "contract", decision: "2023-02-20", court: "C2"),
        ].joined(separator: "\n") + "\n"
        var f = CaseFilter()
        f.articles = ["337"]
        #expect(try Self.count(text, by: .month, filter: f).counts == [[1], [1]])
        f.courts = ["C2"]
        #expect(try Self.count(text, by: .month, filter: f).counts == [[1]])
        f = CaseFilter(); f.statuses = [.contract]
        #expect(try Self.count(text, by: .month, filter: f).counts == [[1], [1]])
        f = CaseFilter(); f.date = .decision
        let byDecision = try Self.count(text, by: .month, filter: f)
        #expect(byDecision.periods.map(\.description) == ["2023-02", "2023-03"] && byDecision.counts == [[1], [1]])
        #expect(byDecision.notes == ["1 case without a decision_date (pending) not counted"])
        f = CaseFilter(); f.from = try CivilDate.parse("2022-12-10").get(); f.to = try CivilDate.parse("2023-03-31").get()
        let span = try Self.count(text, by: .month, filter: f)
        #expect(span.periods.map(\.description) == ["2022-12", "2023-01", "2023-02", "2023-03"])
        #expect(span.counts == [[0], [2], [1], [0]])
        // The note names the filter's parameter; a front end renders it with its own name.
        #expect(span.notes.map(\.description) == ["from 2022-12-10 is inside 2022-12: that period counts 22 of its 31 days"])
        #expect(span.notes.map { $0.rendered(naming: { "--" + $0 }) } == ["--from 2022-12-10 is inside 2022-12: that period counts 22 of its 31 days"])
        f = CaseFilter(); f.articles = ["999"]
        #expect(throws: DataError.self) { try Self.count(text, by: .month, filter: f) }
    }

    /// A file large enough to be counted in parts gives the same table, and errors keep their
    /// line numbers; a quoted line break across a cut falls back to one reader.
    @Test func countingInPartsAgreesWithOneReader() throws {
        var text = Self.h + "\n"
        for i in 0..<250_000 {
            text += Self.row("c\(i)", ["337", "338", "332"][i % 3], CivilDate(dayNumber: 18_700 + i / 80).description,
                             status: "contract") + "\n"
        }
        #expect(text.utf8.count > CaseCounter.minimumBytesForParts)
        let path = TestFiles.write(text)
        let parts = try CaseCounter.count(CaseReader(source: InputSource(path: path)), by: .week, split: .article)
        #expect(parts.rowsRead == 250_000 && parts.totals.reduce(0, +) == 250_000)
        let reader = try CaseReader(source: InputSource(path: path))
        let one = try CaseCounter.table(CaseCounter.countPart(reader, splitIndex: reader.columnIndex[CaseColumn.article.ordinal],
                                                              filter: CompiledFilter(CaseFilter())),
                                        reader: reader, unit: .week, split: .article, filter: CaseFilter())
        #expect(parts == one)
        // An error near the end: its line is counted from the top of the file.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[230_000] = lines[230_000].replacingOccurrences(of: "contract", with: "kontrakt")
        let bad = TestFiles.write(lines.joined(separator: "\n"))
        #expect(throws: DataError.bad(file: bad, line: 230_001, column: 26 + String(230_000 - 1).count, name: "defendant_status",
                                      expected: "one of mobilized, contract, conscript, volunteer, unknown", found: "'kontrakt'")) {
            _ = try CaseCounter.count(CaseReader(source: InputSource(path: bad)), by: .week)
        }
        // Every row holds a quoted field with line breaks: some cut falls inside one.
        var quoted = Self.h + "\n"
        for i in 0..<150_000 { quoted += "q\(i),\"line\nbreak\nbreak\nbreak\nbreak\nbreak\",R,337,1,2023-01-0\(1 + i % 9),,,,,\n" }
        let q = try CaseCounter.count(CaseReader(source: InputSource(path: TestFiles.write(quoted))), by: .month)
        #expect(q.totals == [150_000])
    }
}
