import CourtstatData
import CourtstatExport
import Foundation
import CourtstatTestSupport
import Testing

/// Writing any table of cases with the CSV writer and reading it back with the case reader
/// gives the same rows: every cell's text, and the typed values the checks derive from it.
@Suite struct CaseTableRoundTripTests {
    static func write(_ table: GeneratedTable) -> String {
        let rows = table.rows.map { row in TidyRow(table.columns.map { ($0, Cell.text(table.cell(row, $0))) }) }
        return PropertyFiles.write(CSVWriter().render(rows))
    }

    @Test(arguments: 0..<200)
    func writtenCasesReadBackTheSame(seed: Int) throws {
        var g = SeededGenerator(seed: UInt64(seed))
        let table = GeneratedTable.make(&g, rows: g.int(1...30))
        let path = Self.write(table)
        let label = "seed \(seed)"

        let reader = try CaseReader(source: InputSource(path: path), checkDuplicates: true)
        #expect(reader.header == table.columns, "\(label)")
        #expect(reader.extraColumns == table.extraNames.filter { table.columns.contains($0) }
                    .sorted { table.columns.firstIndex(of: $0)! < table.columns.firstIndex(of: $1)! }, "\(label)")
        var read = 0
        while try reader.next() {
            let expected = table.rows[read]
            let record = reader.record
            for column in CaseColumn.allCases {
                let text = expected.values[column] ?? ""
                #expect(record[column] == (text.isEmpty ? nil : text), "\(label) row \(read) \(column.name)")
            }
            let f = reader.current
            #expect(f.received.description == expected.values[.receivedDate], "\(label) row \(read)")
            #expect(f.decision?.description == nilIfEmpty(expected.values[.decisionDate]), "\(label) row \(read)")
            #expect(f.status?.rawValue == nilIfEmpty(expected.values[.defendantStatus]), "\(label) row \(read)")
            #expect(f.sentenceType?.rawValue == nilIfEmpty(expected.values[.sentenceType]), "\(label) row \(read)")
            #expect(f.months == nilIfEmpty(expected.values[.sentenceMonths]).flatMap(Double.init), "\(label) row \(read)")
            read += 1
        }
        #expect(read == table.rows.count, "\(label)")

        // The plain reader gives every cell, extra columns included.
        let csv = try CSVReader(source: InputSource(path: path))
        #expect(try csv.nextRecord() && csv.strings == table.columns)
        for row in table.rows {
            #expect(try csv.nextRecord(), "\(label)")
            #expect(csv.strings == table.columns.map { table.cell(row, $0) }, "\(label)")
        }
        #expect(try !csv.nextRecord(), "\(label)")
    }

    func nilIfEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
}

/// Temporary files for the property tests.
enum PropertyFiles {
    static func write(_ text: String, name: String = "cases.csv") -> String { ScratchFolder.file(text, name: name, label: "property") }
}
