import Foundation

/// Scans one value of the TOML subset.
struct ClaimValueScanner {
    let text: [Character]
    let path: String
    let line: Int
    var i = 0

    init(text: [Character], path: String, line: Int) { self.text = text; self.path = path; self.line = line }

    func fail(_ message: String) -> ClaimsFileError { ClaimsFileError(path: path, line: line, message: message) }

    mutating func skipSpaces() { while i < text.count, text[i] == " " || text[i] == "\t" { i += 1 } }

    mutating func expectEnd() throws(ClaimsFileError) {
        skipSpaces()
        if i < text.count { throw fail("unexpected '\(String(text[i...]))' after the value") }
    }

    mutating func value() throws(ClaimsFileError) -> ClaimValue {
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

    mutating func basicString() throws(ClaimsFileError) -> String {
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

    mutating func literalString() throws(ClaimsFileError) -> String {
        i += 1
        let start = i
        while i < text.count, text[i] != "'" { i += 1 }
        guard i < text.count else { throw fail("unterminated string (a closing ' is missing)") }
        defer { i += 1 }
        return String(text[start..<i])
    }

    mutating func number() throws(ClaimsFileError) -> Double {
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

    mutating func array() throws(ClaimsFileError) -> ClaimValue {
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
