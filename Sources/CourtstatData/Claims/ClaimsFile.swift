import Foundation

/// Reads the subset of TOML that claims files use (DESIGN.md, Claims): `[[claim]]` tables of
/// `key = value` lines with strings ("…" with escapes, or '…'), numbers, booleans and one-line
/// arrays; `#` comments. Anything else is refused with its line.
///
/// Written here rather than taken from a TOML package (LebJe/TOMLKit is available) because every
/// error a user sees must name the line of the offending key — "claims.toml:14: kind: expected
/// one of ratio, rate, …" — and the packages report positions only for syntax errors, not for
/// the keys of a table that parsed. Not CourtstatData's `TOMLSubset` (import profiles) either:
/// that reader accepts what a claims file refuses (`[a.b]` tables, quoted keys, arrays over
/// several lines) and words its errors as DataError's "file:line:column:", so every claims-file
/// message would change.
public enum ClaimsFile {
    /// The `[[claim]]` tables of `text` in file order; `path` names the file in errors.
    public static func parse(_ text: String, path: String) throws(ClaimsFileError) -> [ClaimTable] {
        var tables: [ClaimTable] = []
        var lineNumber = 0
        // "\r\n" is one Character, so a CRLF file is split on it too (not on "\n" alone).
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let content = stripComment(line).trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            if content.hasPrefix("[") && !content.contains("=") {
                guard content == "[[claim]]" else {
                    throw ClaimsFileError(path: path, line: lineNumber, message: "expected a [[claim]] table header, found '\(content)'")
                }
                tables.append(ClaimTable(line: lineNumber, entries: [:], keys: []))
                continue
            }
            guard let equals = content.firstIndex(of: "=") else {
                throw ClaimsFileError(path: path, line: lineNumber, message: "expected 'key = value', found '\(content)'")
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw ClaimsFileError(path: path, line: lineNumber, message: "expected a bare key (letters, digits, _ or -), found '\(key)'")
            }
            guard !tables.isEmpty else {
                throw ClaimsFileError(path: path, line: lineNumber, message: "'\(key)' comes before the first [[claim]] table")
            }
            var scanner = ClaimValueScanner(text: Array(content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)),
                                       path: path, line: lineNumber)
            let value = try scanner.value()
            try scanner.expectEnd()
            guard tables[tables.count - 1].entries[key] == nil else {
                throw ClaimsFileError(path: path, line: lineNumber, message: "'\(key)' is given twice in the claim that starts on line \(tables[tables.count - 1].line)")
            }
            tables[tables.count - 1].entries[key] = (value, lineNumber)
            tables[tables.count - 1].keys.append(key)
        }
        guard !tables.isEmpty else { throw ClaimsFileError(path: path, line: max(1, lineNumber), message: "no [[claim]] table in the file") }
        return tables
    }

    /// The line without a trailing `#` comment (a `#` inside a string is kept).
    static func stripComment(_ line: Substring) -> String {
        var out = "", quote: Character? = nil, escaped = false
        for c in line {
            if let q = quote {
                out.append(c)
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "#" {
                break
            } else {
                if c == "\"" || c == "'" { quote = c }
                out.append(c)
            }
        }
        return out
    }
}
