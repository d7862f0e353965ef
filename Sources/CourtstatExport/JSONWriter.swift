import Foundation

/// Writes results as JSON. There is no infinity in JSON: an infinite number is the string
/// "Inf" or "-Inf", as R prints it; a missing value is `null`.
public struct JSONWriter: Sendable {
    /// How numbers are written.
    public var format: NumberFormat
    /// A writer of JSON with numbers in `format` (missing values as null).
    public init(format: NumberFormat = .full) { self.format = format }

    /// One object: the main row's keys, plus "rows" holding the related rows when there are any.
    public func render(_ set: ResultSet) -> String {
        var fields = set.main.map { members(of: $0) } ?? []
        if !set.rows.isEmpty || set.main == nil {
            fields.append("\"rows\": [" + set.rows.map(object).joined(separator: ", ") + "]")
        }
        return "{" + fields.joined(separator: ", ") + "}\n"
    }

    /// One row as a JSON object, its columns as keys in output order.
    public func object(_ row: TidyRow) -> String { "{" + members(of: row).joined(separator: ", ") + "}" }

    func members(of row: TidyRow) -> [String] {
        row.columns.map { Self.string($0.name) + ": " + value($0.cell) }
    }

    /// One cell as a JSON value: a number (infinities as "Inf"/"-Inf"), a string, an array of
    /// strings, or `null` when missing.
    public func value(_ cell: Cell) -> String {
        switch cell {
        case .number(let v):
            guard let v else { return "null" }
            if v.isInfinite { return v > 0 ? "\"Inf\"" : "\"-Inf\"" }
            if v.isNaN { return "null" }
            return format.string(v)
        case .integer(let v): return v.map(String.init) ?? "null"
        case .text(let v): return v.map(Self.string) ?? "null"
        case .list(let v): return "[" + v.map(Self.string).joined(separator: ", ") + "]"
        }
    }

    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
