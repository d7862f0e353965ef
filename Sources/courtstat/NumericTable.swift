import Foundation

/// A small numeric CSV file for `courtstat fit --data`: a header row of column names, then
/// rows of numbers (plain decimal notation: `12`, `-0.5`, `2e9`). Lines that start with `#`
/// and blank lines are skipped; fields may be double-quoted (RFC 4180) but not span lines; a
/// UTF-8 byte-order mark and CRLF line ends are accepted. Only the columns a command asks for
/// are read as numbers, so other columns (dates, names) may hold anything. Errors carry
/// `file:line:column` (column = character position of the field) and exit status 65;
/// a file that cannot be read is 66.
///
/// (Case-level files are read by the streaming reader of the data layer; this one is for
/// the model command's small numeric tables.)
struct NumericTable {
    let file: String
    let names: [String]
    let headerLine: Int
    /// Each data row: its line number, and each field's text and starting column.
    let rows: [(line: Int, fields: [(text: String, column: Int)])]

    static func read(_ path: String) throws -> NumericTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw CLIError(status: .noInput, message: "\(path): \(exists ? "cannot read the file" : "no such file")")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw CLIError(status: .data, message: "\(path):1:1: expected UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var header: (line: Int, fields: [(text: String, column: Int)])? = nil
        var rows: [(line: Int, fields: [(text: String, column: Int)])] = []
        // "\r\n" is one Character in Swift: split on it as well as on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let number = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = try splitFields(String(line), file: path, line: number)
            if header == nil { header = (number, fields); continue }
            guard fields.count == header!.fields.count else {
                throw CLIError(status: .data, message: "\(path):\(number):1: expected \(header!.fields.count) fields "
                               + "(as in the header), found \(fields.count)")
            }
            rows.append((number, fields))
        }
        guard let header else { throw CLIError(status: .data, message: "\(path):1:1: expected a header row of column names, found an empty file") }
        let names = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        for (i, name) in names.enumerated() {
            if name.isEmpty {
                throw CLIError(status: .data, message: "\(path):\(header.line):\(header.fields[i].column): expected a column name, found an empty field")
            }
            if names[..<i].contains(name) {
                throw CLIError(status: .data, message: "\(path):\(header.line):\(header.fields[i].column): column '\(name)' appears twice in the header")
            }
        }
        return NumericTable(file: path, names: names, headerLine: header.line, rows: rows)
    }

    /// The named column as numbers; `option` names the command-line option that asked for it.
    func column(_ name: String, option: String) throws -> [Double] {
        guard let j = names.firstIndex(of: name) else {
            throw CLIError(status: .data, message: "\(file):\(headerLine):1: no column '\(name)' (named by \(option)); "
                           + "the columns are \(names.joined(separator: ", "))")
        }
        return try rows.map { row in
            let field = row.fields[j]
            let s = field.text.trimmingCharacters(in: .whitespaces)
            let allowed = Set("0123456789+-.eE")
            guard !s.isEmpty else {
                throw CLIError(status: .data, message: "\(file):\(row.line):\(field.column): \(name): expected a number, found an empty cell")
            }
            guard s.allSatisfy({ allowed.contains($0) }), s.contains(where: \.isNumber), let v = Double(s) else {
                throw CLIError(status: .data, message: "\(file):\(row.line):\(field.column): \(name): expected a number, found '\(field.text)'")
            }
            guard v.isFinite else {
                throw CLIError(status: .data, message: "\(file):\(row.line):\(field.column): \(name): expected a finite number, found '\(field.text)'")
            }
            return v
        }
    }

    /// `file:line:column` of observation `index` (0-based data row) in the named column.
    func location(row index: Int, column name: String) -> String {
        guard rows.indices.contains(index) else { return file }
        let column = names.firstIndex(of: name).map { rows[index].fields[$0].column } ?? 1
        return "\(file):\(rows[index].line):\(column)"
    }

    /// Splits one line into fields; quoted fields may hold commas and doubled quotes.
    static func splitFields(_ line: String, file: String, line number: Int) throws -> [(text: String, column: Int)] {
        var fields: [(text: String, column: Int)] = []
        var current = "", start = 1, column = 0, inQuotes = false, wasQuoted = false
        var characters = Array(line)[...]
        while let c = characters.popFirst() {
            column += 1
            if inQuotes {
                if c == "\"" {
                    if characters.first == "\"" { current.append("\""); characters.removeFirst(); column += 1 } else { inQuotes = false }
                } else { current.append(c) }
            } else if c == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted {
                inQuotes = true; wasQuoted = true; current = ""
            } else if c == "," {
                fields.append((current, start)); current = ""; start = column + 1; wasQuoted = false
            } else { current.append(c) }
        }
        if inQuotes { throw CLIError(status: .data, message: "\(file):\(number):\(start): expected a closing quote on the same line") }
        fields.append((current, start))
        return fields
    }
}
