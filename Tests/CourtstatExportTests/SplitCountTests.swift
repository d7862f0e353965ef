import CourtstatData
import CourtstatExport
import Foundation
import CourtstatTestSupport
import Testing

/// The counts of a split add up to the unsplit counts, period by period, and to the number of
/// valid rows that pass the filter; and both equal the truth counted from the generated rows.
@Suite struct SplitCountTests {
    static let first = CivilDate(year: 2021, month: 1, day: 1)!.dayNumber, last = CivilDate(year: 2024, month: 12, day: 31)!.dayNumber

    /// The table as CSV, its rows `repetitions` times over.
    static func write(_ table: GeneratedTable, repetitions: Int = 1) -> String {
        let csv = CSVWriter().render(table.rows.map { row in TidyRow(table.columns.map { ($0, Cell.text(table.cell(row, $0))) }) })
        let headerEnd = csv.range(of: "\r\n")!.upperBound
        return PropertyFiles.write(String(csv[..<headerEnd]) + String(repeating: String(csv[headerEnd...]), count: repetitions))
    }

    /// The period label of each row that passes the filter, computed without the counter.
    static func truth(_ table: GeneratedTable, unit: PeriodUnit, filter: CaseFilter) -> [String: Int] {
        var out: [String: Int] = [:]
        for row in table.rows where passes(row, filter) {
            out[Period(containing: date(row, filter)!, unit: unit).description, default: 0] += 1
        }
        return out
    }

    static func date(_ row: GeneratedCase, _ filter: CaseFilter) -> CivilDate? {
        CivilDate(parsing: filter.date == .received ? row.values[.receivedDate]! : row.values[.decisionDate]!)
    }

    /// Whether a generated row passes the filter, decided without the counter's code.
    static func passes(_ row: GeneratedCase, _ filter: CaseFilter) -> Bool {
        if !filter.articles.isEmpty && !filter.articles.contains(row.values[.article]!) { return false }
        if !filter.statuses.isEmpty && !filter.statuses.map(\.rawValue).contains(row.values[.defendantStatus]!) { return false }
        guard let date = date(row, filter) else { return false }
        if let from = filter.from, date < from { return false }
        if let to = filter.to, date > to { return false }
        return true
    }

    /// The count, or nil when no case passes the filter.
    static func count(_ path: String, unit: PeriodUnit, filter: CaseFilter) throws -> CountTable? {
        do {
            return try CaseCounter.count(try CaseReader(source: InputSource(path: path)), by: unit, filter: filter)
        } catch {
            if case .noCases = error { return nil }
            throw error
        }
    }

    static func check(_ table: GeneratedTable, _ g: inout SeededGenerator, label: String, repetitions: Int = 1) throws {
        let path = write(table, repetitions: repetitions)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let unit = g.pick(PeriodUnit.allCases)
        var filter = CaseFilter()
        if g.chance(0.3) { filter.articles = [table.rows[0].values[.article]!] }
        if g.chance(0.3) { filter.statuses = [g.pick(DefendantStatus.allCases)] }
        if g.chance(0.3) { filter.date = .decision }
        if g.chance(0.2) { filter.from = CivilDate(dayNumber: g.int(first...last)) }
        let expected = truth(table, unit: unit, filter: filter).mapValues { $0 * repetitions }
        guard let whole = try count(path, unit: unit, filter: filter) else {
            // No case passed the filter: the only acceptable error.
            #expect(expected.isEmpty, "\(label): no case counted")
            return
        }
        let split = g.pick(CaseColumn.splittable)
        let parts = try CaseCounter.count(try CaseReader(source: InputSource(path: path)), by: unit, split: split, filter: filter)
        #expect(parts.periods == whole.periods, "\(label)")
        #expect(parts.totals == whole.totals, "\(label): split by \(split.name)")
        #expect(whole.totals.reduce(0, +) == whole.rowsCounted && parts.rowsCounted == whole.rowsCounted, "\(label)")
        #expect(whole.rowsRead == table.rows.count * repetitions, "\(label)")
        #expect(whole.rowsCounted == expected.values.reduce(0, +), "\(label)")
        for (p, n) in paired(whole.periods, whole.totals) where n > 0 || expected[p.description] != nil {
            #expect(expected[p.description] == n, "\(label): \(p) has \(n), expected \(expected[p.description] ?? 0)")
        }
        // Each group's column adds up to the rows with that value among those counted.
        var byGroup: [String: Int] = [:]
        for row in table.rows where passes(row, filter) { byGroup[row.values[split] ?? "", default: 0] += repetitions }
        for (k, group) in parts.groups.enumerated() {
            #expect(parts.counts.reduce(0) { $0 + $1[k] } == byGroup[group] ?? 0, "\(label): group '\(group)' of \(split.name)")
        }
        #expect(Set(byGroup.keys).isSubset(of: Set(parts.groups)), "\(label): groups \(parts.groups) miss some of \(byGroup.keys)")
    }

    @Test(arguments: 0..<150)
    func splitCountsAddUp(seed: Int) throws {
        var g = SeededGenerator(seed: 10_000 + UInt64(seed))
        let table = GeneratedTable.make(&g, rows: g.int(1...60), dates: Self.first...Self.last)
        try Self.check(table, &g, label: "seed \(seed)")
    }

    /// Files of 8 MiB or more are counted in parts on several threads, cut at line starts that
    /// may fall inside quoted fields with line breaks; the totals must not change.
    @Test(arguments: 0..<3)
    func largeFilesCountedInPartsAddUp(seed: Int) throws {
        var g = SeededGenerator(seed: 20_000 + UInt64(seed))
        var table = GeneratedTable.make(&g, rows: 1500, dates: Self.first...Self.last)
        for i in table.rows.indices where i % 7 == 0 {
            table.rows[i].values[.court] = "Court\n\"" + String(repeating: "x,\r\n", count: g.int(0...40)) + "\""
        }
        let path = Self.write(table, repetitions: 60)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect(size >= 8 << 20, "the file is \(size) bytes, too small to be counted in parts")
        try Self.check(table, &g, label: "large seed \(seed)", repetitions: 60)
    }
}

extension CivilDate {
    /// A `YYYY-MM-DD` date, or nil.
    init?(parsing text: String) {
        guard case .success(let d) = CivilDate.parse(text) else { return nil }
        self = d
    }
}
