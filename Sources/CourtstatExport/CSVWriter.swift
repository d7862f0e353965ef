import CourtstatData
import Foundation

/// Writes tidy rows as RFC 4180 CSV: a header, `.` decimal point, empty cells for missing
/// values, `Inf`/`-Inf`, lists joined with "; ", fields quoted when they hold a comma, quote,
/// or line break.
public struct CSVWriter: Sendable {
    /// How numbers are written (full precision unless fewer digits are asked for).
    public var format: NumberFormat
    /// A writer of RFC 4180 CSV with numbers in `format`.
    public init(format: NumberFormat = .full) { self.format = format }

    /// The rows as CSV text: a header from the first row's column names, then one line per row;
    /// an empty string for no rows.
    public func render(_ rows: [TidyRow]) -> String {
        guard let first = rows.first else { return "" }
        let names = first.columns.map(\.name)
        // Bytes, made a String once: appending to a String checks every piece's first
        // character for a grapheme joining the text before it, which a table of thousands
        // of short fields pays for many times over.
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        for (k, name) in names.enumerated() {
            if k > 0 { out.append(0x2C) }
            out += CSVField.quoted(name).utf8
        }
        out.append(0x0D); out.append(0x0A)
        for row in rows {
            // The header's columns, by name; read in place when the row has them in its order
            // (every writer here builds its rows alike).
            let inOrder = row.columns.count == names.count && zip(row.columns, names).allSatisfy { $0.name == $1 }
            for k in names.indices {
                if k > 0 { out.append(0x2C) }
                out += CSVField.quoted(text(inOrder ? row.columns[k].cell : row[names[k]] ?? .text(nil))).utf8
            }
            out.append(0x0D); out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    func text(_ cell: Cell) -> String {
        switch cell {
        case .number(let v): v.map(format.string) ?? ""
        case .integer(let v): v.map(String.init) ?? ""
        case .text(let v): v ?? ""
        case .list(let v): v.joined(separator: "; ")
        }
    }
}
