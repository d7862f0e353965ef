import CourtstatData
import CourtstatTestSupport

extension SeededGenerator {
    /// A day between 1900 and 2100 (day numbers since 1970-01-01).
    mutating func date(from: Int = -25_567, to: Int = 47_846) -> CivilDate { CivilDate(dayNumber: int(from...to)) }
}

/// One generated case row, every schema column as text (empty for a missing value).
struct GeneratedCase: Equatable {
    var values: [CaseColumn: String]
    var extra: [String]

    /// A row that the case schema accepts.
    static func valid(_ g: inout SeededGenerator, index: Int, extraColumns: Int, dates: ClosedRange<Int> = -25_567...47_846) -> GeneratedCase {
        var v: [CaseColumn: String] = [:]
        v[.caseID] = "C\(index)" + (g.chance(0.5) ? g.text(maxLength: 4) : "")
        v[.court] = g.chance(0.8) ? g.text() : ""
        v[.region] = g.chance(0.8) ? g.text() : ""
        v[.article] = g.sectionNumber(maxDigits: 3)
        v[.part] = g.chance(0.7) ? g.sectionNumber(maxDigits: 2) : ""
        let received = g.date(from: dates.lowerBound, to: dates.upperBound)
        v[.receivedDate] = received.description
        v[.decisionDate] = g.chance(0.6) ? g.date(from: received.dayNumber, to: min(received.dayNumber + 900, 47_846)).description : ""
        v[.defendantStatus] = g.chance(0.85) ? g.pick(DefendantStatus.allCases).rawValue : ""
        let type = g.chance(0.85) ? g.pick(SentenceType.allCases) : nil
        v[.sentenceType] = type?.rawValue ?? ""
        if type.map(\.mayHaveTerm) ?? true, g.chance(0.6) {
            let whole = g.int(0...359)
            let decimals = g.int(0...3)
            let fraction = decimals == 0 ? "" : "." + (0..<decimals).map { _ in String(g.int(0...9)) }.joined()
            v[.sentenceMonths] = whole == 0 && fraction.allSatisfy({ $0 == "." || $0 == "0" }) ? "1" : "\(whole)\(fraction)"
        } else {
            v[.sentenceMonths] = ""
        }
        v[.sourceURL] = g.chance(0.7) ? "https://example.org/" + g.text(maxLength: 6) : ""
        return GeneratedCase(values: v, extra: (0..<extraColumns).map { _ in g.text() })
    }
}

/// A table of generated cases with the schema's columns in a random order and extra columns.
struct GeneratedTable {
    var columns: [String]
    var rows: [GeneratedCase]
    var extraNames: [String]

    static func make(_ g: inout SeededGenerator, rows count: Int, dates: ClosedRange<Int> = -25_567...47_846) -> GeneratedTable {
        let extraNames = (0..<g.int(0...2)).map { "extra \($0), \"note\"" }
        var columns = CaseColumn.allCases.map(\.name) + extraNames
        columns.shuffle(using: &g)
        let rows = (0..<count).map { GeneratedCase.valid(&g, index: $0, extraColumns: extraNames.count, dates: dates) }
        return GeneratedTable(columns: columns, rows: rows, extraNames: extraNames)
    }

    /// Cell text of a row for a column name.
    func cell(_ row: GeneratedCase, _ column: String) -> String {
        if let c = CaseColumn(rawValue: column) { return row.values[c] ?? "" }
        return row.extra[extraNames.firstIndex(of: column)!]
    }
}
