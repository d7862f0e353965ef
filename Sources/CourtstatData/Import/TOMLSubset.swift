/// A value of the TOML subset that import profiles use.
public enum TOMLValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([TOMLValue])

    /// The strings of an array of strings (a single string counts as a one-element array).
    var strings: [String]? {
        switch self {
        case .string(let s): return [s]
        case .array(let items):
            var out: [String] = []
            for item in items { guard case .string(let s) = item else { return nil }; out.append(s) }
            return out
        default: return nil
        }
    }
}

/// One `key = value` line of a TOML document, with the table it is in and its line number.
public struct TOMLEntry: Sendable, Equatable {
    /// The dotted table path (`["dictionaries", "status"]`), empty at the top.
    public var table: [String]
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// Reads the subset of TOML (v1.0) that import profiles use: `[table]` and `[a.b]` headers,
/// `key = value` with bare or quoted keys, basic ("…", with escapes) and literal ('…') strings,
/// numbers, booleans and arrays (over several lines, trailing comma allowed); `#` comments.
/// Entries keep the order they were written in, since dictionary rules are tried in that order.
/// Anything else is refused with its line and column.
///
/// Written here rather than taken from LebJe/TOMLKit because every error must name the line of
/// the key it is about, and key order must be kept; both are lost in a TOML package's tables.
public struct TOMLSubset {
    public private(set) var entries: [TOMLEntry] = []
    let file: String
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `text`; `file` names it in errors.
    public init(text: String, file: String) throws(DataError) {
        self.file = file
        var b = Array(text.utf8)
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        bytes = b
        try parse()
    }

    private func fail(_ expected: String, found: String? = nil) -> DataError {
        let shown: String
        if let found { shown = found } else if i < bytes.count {
            var end = i
            while end < bytes.count && bytes[end] != 0x0A && end - i < 20 { end += 1 }
            shown = DataError.quoted(String(decoding: bytes[i..<end], as: UTF8.self))
        } else { shown = "the end of the file" }
        return .bad(file: file, line: line, column: i - lineStart + 1, name: nil, expected: expected, found: shown)
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipBlank(newlines: Bool) {
        while let c = peek {
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1 }
            else if c == 0x23 { while let d = peek, d != 0x0A { i += 1 } }
            else if c == 0x0A && newlines { i += 1; line += 1; lineStart = i }
            else { break }
        }
    }

    private mutating func parse() throws(DataError) {
        var table: [String] = []
        var seen = Set<String>()
        while true {
            skipBlank(newlines: true)
            guard let c = peek else { return }
            if c == UInt8(ascii: "[") {
                i += 1
                if peek == UInt8(ascii: "[") { throw fail("a table header [name] (arrays of tables are not used in profiles)") }
                var path: [String] = []
                while true {
                    skipBlank(newlines: false)
                    path.append(try key())
                    skipBlank(newlines: false)
                    if peek == UInt8(ascii: ".") { i += 1; continue }
                    guard peek == UInt8(ascii: "]") else { throw fail("']' to close the table header") }
                    i += 1; break
                }
                table = path
            } else {
                let entryLine = line
                let k = try key()
                skipBlank(newlines: false)
                guard peek == UInt8(ascii: "=") else { throw fail("'=' after the key \(DataError.quoted(k))") }
                i += 1
                skipBlank(newlines: false)
                let v = try value()
                let full = (table + [k]).joined(separator: "\u{1F}")
                guard seen.insert(full).inserted else {
                    throw .bad(file: file, line: entryLine, column: 1, name: nil,
                               expected: "each key once in its table", found: "\(DataError.quoted(k)) again")
                }
                entries.append(TOMLEntry(table: table, key: k, value: v, line: entryLine))
            }
            skipBlank(newlines: false)
            if let c = peek, c != 0x0A { throw fail("the end of the line") }
        }
    }

    private mutating func key() throws(DataError) -> String {
        guard let c = peek else { throw fail("a key") }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return try string() }
        let start = i
        while let d = peek, (d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5A) || (d >= 0x61 && d <= 0x7A) || d == 0x5F || d == 0x2D { i += 1 }
        guard i > start else { throw fail("a key (letters, digits, _ or -, or a quoted string)") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func value() throws(DataError) -> TOMLValue {
        guard let c = peek else { throw fail("a value") }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .string(try string())
        case UInt8(ascii: "["):
            i += 1
            var items: [TOMLValue] = []
            while true {
                skipBlank(newlines: true)
                if peek == UInt8(ascii: "]") { i += 1; return .array(items) }
                items.append(try value())
                skipBlank(newlines: true)
                if peek == UInt8(ascii: ",") { i += 1; continue }
                guard peek == UInt8(ascii: "]") else { throw fail("',' or ']' in the array") }
                i += 1; return .array(items)
            }
        default:
            let start = i
            while let d = peek, d != 0x2C, d != 0x5D, d != 0x0A, d != 0x23, d != 0x20, d != 0x09, d != 0x0D { i += 1 }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            if let d = Double(word.replacingOccurrences(of: "_", with: "")), d.isFinite { return .number(d) }
            i = start
            throw fail("a value: a quoted string, a number, true, false or an array [ … ]")
        }
    }

    private mutating func string() throws(DataError) -> String {
        let quote = bytes[i]
        i += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek, c != 0x0A else { throw fail("the closing \(quote == 0x22 ? "\"" : "'") of the string") }
            i += 1
            if c == quote { return String(decoding: out, as: UTF8.self) }
            if c == UInt8(ascii: "\\") && quote == 0x22 {
                guard let e = peek else { throw fail("an escape after \\") }
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let n = e == UInt8(ascii: "u") ? 4 : 8
                    guard i + n <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + n)], as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(v) else { throw fail("\(n) hexadecimal digits of a Unicode escape") }
                    i += n
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: i -= 1; throw fail("an escape among \\\" \\\\ \\n \\t \\r \\uXXXX")
                }
                continue
            }
            out.append(c)
        }
    }
}
