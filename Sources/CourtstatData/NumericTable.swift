#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small table of numbers in a CSV file, as `courtstat fit --data` reads it: a header row of
/// column names, then rows of numbers in plain decimal notation (`12`, `-0.5`, `2e9`). It is
/// read with the data layer's CSV reader (`CSVReader`: RFC 4180 quoting, a UTF-8 byte-order mark,
/// CRLF line ends, blank lines skipped); besides, lines that start with `#` are comments, and
/// lines of spaces are skipped. Only the columns asked for are read as numbers (`column(_:)`), so
/// the others (dates, names) may hold anything.
///
/// Every problem is a `DataError` naming `file:line:column` (column: the character position where
/// the field starts), with the exit status of bad data (65), or of a file that cannot be read (66).
public struct NumericTable: Sendable {
    /// The file's name in messages: its path, or `<stdin>`.
    public let file: String
    /// The column names, in the header's order, with surrounding spaces removed.
    public let names: [String]
    /// The line of the header row.
    public let headerLine: Int
    /// One data row: the line it is on, and each field's text and the column where it starts.
    struct Row: Sendable {
        let line: Int
        let fields: [(text: String, column: Int)]
    }
    let rows: [Row]

    /// The number of data rows.
    public var rowCount: Int { rows.count }

    /// Reads the whole table from `source` (a path, or `-` for standard input).
    public init(source: InputSource) throws(DataError) {
        let csv = try CSVReader(source: source)
        file = csv.fileName
        var header: Row?
        var headerNames: [String] = []
        var rows: [Row] = []
        while true {
            let more: Bool
            do { more = try csv.nextRecord() } catch {
                // A comment line may hold anything, quotes included.
                if !csv.isStopped && csv.startsWithHash { continue }
                throw error
            }
            guard more else { break }
            if csv.startsWithHash { continue }
            if csv.fieldCount == 1, csv.string(0).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = (0..<csv.fieldCount).map { (text: csv.string($0), column: csv.location(ofField: $0).column) }
            guard let header else {
                header = Row(line: csv.line, fields: fields)
                headerNames = fields.map { $0.text.trimmingSpaces }
                csv.fieldNames = headerNames
                continue
            }
            guard fields.count == header.fields.count else {
                throw .bad(file: file, line: csv.line, column: 1, name: nil,
                           expected: "\(header.fields.count) fields (as in the header)", found: "\(fields.count)")
            }
            rows.append(Row(line: csv.line, fields: fields))
        }
        guard let header else {
            throw .bad(file: file, line: 1, column: 1, name: nil, expected: "a header row of column names", found: "an empty file")
        }
        let names = headerNames
        for (i, name) in names.enumerated() {
            if name.isEmpty {
                throw .bad(file: file, line: header.line, column: header.fields[i].column, name: nil,
                           expected: "a column name", found: "an empty field")
            }
            if names[..<i].contains(name) {
                throw .bad(file: file, line: header.line, column: header.fields[i].column, name: "header",
                           expected: "a unique name for every column", found: DataError.quoted(name))
            }
        }
        self.names = names
        headerLine = header.line
        self.rows = rows
    }

    /// The named column as numbers, one per data row in file order. A cell that is empty, not a
    /// number in plain decimal notation, or not finite is an error at its line and column; so is
    /// a name that is not a column (at the header).
    public func column(_ name: String) throws(DataError) -> [Double] {
        guard let j = names.firstIndex(of: name) else {
            throw .bad(file: file, line: headerLine, column: 1, name: "header", expected: "a column named \(DataError.quoted(name))",
                       found: "the columns " + names.map { DataError.quoted($0) }.joined(separator: ", "))
        }
        var values: [Double] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            let field = row.fields[j]
            let s = field.text.trimmingSpaces
            guard !s.isEmpty else {
                throw .bad(file: file, line: row.line, column: field.column, name: name, expected: "a number", found: "an empty cell")
            }
            guard s.allSatisfy({ "0123456789+-.eE".contains($0) }), s.contains(where: \.isNumber), let v = Double(s) else {
                throw .bad(file: file, line: row.line, column: field.column, name: name, expected: "a number", found: "'\(field.text)'")
            }
            guard v.isFinite else {
                throw .bad(file: file, line: row.line, column: field.column, name: name, expected: "a finite number", found: "'\(field.text)'")
            }
            values.append(v)
        }
        return values
    }

    /// The named column as exposures (each > 0: days, person-time) and their natural logs, the
    /// offset of a count model whose rate is per unit of exposure. A cell that is not a number,
    /// or not above 0, is an error at its line and column.
    public func logExposure(_ name: String) throws(DataError) -> [Double] {
        let values = try column(name)
        if let i = values.firstIndex(where: { !($0 > 0) }) {
            let field = rows[i].fields[names.firstIndex(of: name)!]
            throw .bad(file: file, line: rows[i].line, column: field.column, name: name, expected: "an exposure > 0", found: "\(values[i])")
        }
        return values.map { log($0) }
    }

    /// `file:line:column` of data row `index` (from 0) in the named column (column 1 when the
    /// name is not a column); just `file` when there is no such row.
    public func location(row index: Int, column name: String) -> String {
        guard rows.indices.contains(index) else { return file }
        let column = names.firstIndex(of: name).map { rows[index].fields[$0].column } ?? 1
        return "\(file):\(rows[index].line):\(column)"
    }
}
