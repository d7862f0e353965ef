import Foundation

/// A value in a claims file.
public enum ClaimValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([ClaimValue])
}

/// One `[[claim]]` table of a claims file, with the line of the table header and of every key,
/// so that every later error can name the line it is about.
public struct ClaimTable: Sendable {
    public var line: Int
    public var entries: [String: (value: ClaimValue, line: Int)]
    public var keys: [String]
}

/// Reads the subset of TOML that claims files use (DESIGN.md, Claims): `[[claim]]` tables of
/// `key = value` lines with strings ("…" with escapes, or '…'), numbers, booleans and one-line
/// arrays; `#` comments. Anything else is refused with its line.
///
/// Written here rather than taken from a TOML package (LebJe/TOMLKit is available) because every
/// error a user sees must name the line of the offending key — "claims.toml:14: kind: expected
/// one of ratio, rate, …" — and the packages report positions only for syntax errors, not for
/// the keys of a table that parsed.
public enum ClaimsFile {
    public static func parse(_ text: String, path: String) throws(ClaimError) -> [ClaimTable] {
        var tables: [ClaimTable] = []
        var lineNumber = 0
        // "\r\n" is one Character, so a CRLF file is split on it too (not on "\n" alone).
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let content = try stripComment(line, path: path, line: lineNumber).trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            if content.hasPrefix("[") && !content.contains("=") {
                guard content == "[[claim]]" else {
                    throw .file(path: path, line: lineNumber, message: "expected a [[claim]] table header, found '\(content)'")
                }
                tables.append(ClaimTable(line: lineNumber, entries: [:], keys: []))
                continue
            }
            guard let equals = content.firstIndex(of: "=") else {
                throw .file(path: path, line: lineNumber, message: "expected 'key = value', found '\(content)'")
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw .file(path: path, line: lineNumber, message: "expected a bare key (letters, digits, _ or -), found '\(key)'")
            }
            guard !tables.isEmpty else {
                throw .file(path: path, line: lineNumber, message: "'\(key)' comes before the first [[claim]] table")
            }
            var scanner = ValueScanner(text: Array(content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)),
                                       path: path, line: lineNumber)
            let value = try scanner.value()
            try scanner.expectEnd()
            guard tables[tables.count - 1].entries[key] == nil else {
                throw .file(path: path, line: lineNumber, message: "'\(key)' is given twice in the claim that starts on line \(tables[tables.count - 1].line)")
            }
            tables[tables.count - 1].entries[key] = (value, lineNumber)
            tables[tables.count - 1].keys.append(key)
        }
        guard !tables.isEmpty else { throw .file(path: path, line: max(1, lineNumber), message: "no [[claim]] table in the file") }
        return tables
    }

    /// The line without a trailing `#` comment (a `#` inside a string is kept).
    static func stripComment(_ line: Substring, path: String, line number: Int) throws(ClaimError) -> String {
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

/// Scans one value of the TOML subset.
struct ValueScanner {
    let text: [Character]
    let path: String
    let line: Int
    var i = 0

    init(text: String, path: String, line: Int) { self.init(text: Array(text), path: path, line: line) }
    init(text: [Character], path: String, line: Int) { self.text = text; self.path = path; self.line = line }

    func fail(_ message: String) -> ClaimError { .file(path: path, line: line, message: message) }

    mutating func skipSpaces() { while i < text.count, text[i] == " " || text[i] == "\t" { i += 1 } }

    mutating func expectEnd() throws(ClaimError) {
        skipSpaces()
        if i < text.count { throw fail("unexpected '\(String(text[i...]))' after the value") }
    }

    mutating func value() throws(ClaimError) -> ClaimValue {
        skipSpaces()
        guard i < text.count else { throw fail("expected a value after '='") }
        switch text[i] {
        case "\"":
            if text.count >= i + 3, text[i + 1] == "\"", text[i + 2] == "\"" { throw fail("multi-line strings are not supported in claims files") }
            return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "t", "f":
            let word = String(text[i...].prefix { $0.isLetter })
            guard word == "true" || word == "false" else { throw fail("expected a value (a \"string\", a number, true or false), found '\(word)'") }
            i += word.count
            return .bool(word == "true")
        default: return .number(try number())
        }
    }

    mutating func basicString() throws(ClaimError) -> String {
        i += 1
        var out = ""
        while i < text.count {
            let c = text[i]; i += 1
            if c == "\"" { return out }
            if c == "\\" {
                guard i < text.count else { break }
                let e = text[i]; i += 1
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "u", "U":
                    let width = e == "u" ? 4 : 8
                    guard i + width <= text.count, let code = UInt32(String(text[i..<(i + width)]), radix: 16),
                          let scalar = Unicode.Scalar(code) else { throw fail("invalid \\\(e) escape in a string") }
                    out.unicodeScalars.append(scalar); i += width
                default: throw fail("invalid escape '\\\(e)' in a string")
                }
            } else { out.append(c) }
        }
        throw fail("unterminated string (a closing \" is missing)")
    }

    mutating func literalString() throws(ClaimError) -> String {
        i += 1
        let start = i
        while i < text.count, text[i] != "'" { i += 1 }
        guard i < text.count else { throw fail("unterminated string (a closing ' is missing)") }
        defer { i += 1 }
        return String(text[start..<i])
    }

    mutating func number() throws(ClaimError) -> Double {
        let start = i
        while i < text.count, "0123456789+-._eE".contains(text[i]) { i += 1 }
        let raw = String(text[start..<i])
        let cleaned = raw.replacingOccurrences(of: "_", with: "")
        guard !raw.isEmpty, !raw.hasPrefix("_"), !raw.hasSuffix("_"), !raw.contains("__"),
              cleaned.contains(where: \.isNumber), let v = Double(cleaned), v.isFinite else {
            let found = raw.isEmpty ? String(text[start...].prefix(20)) : raw
            throw fail("expected a value (a \"string\", a number, true or false), found '\(found)'")
        }
        return v
    }

    mutating func array() throws(ClaimError) -> ClaimValue {
        i += 1
        var items: [ClaimValue] = []
        while true {
            skipSpaces()
            guard i < text.count else { throw fail("unterminated array (a closing ] is missing)") }
            if text[i] == "]" { i += 1; return .array(items) }
            items.append(try value())
            skipSpaces()
            guard i < text.count else { throw fail("unterminated array (a closing ] is missing)") }
            if text[i] == "," { i += 1 } else if text[i] != "]" { throw fail("expected ',' or ']' in an array") }
        }
    }
}
