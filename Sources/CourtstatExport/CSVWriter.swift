import CourtstatData
import Foundation

/// Writes tidy rows as RFC 4180 CSV: a header, `.` decimal point, empty cells for missing
/// values, `Inf`/`-Inf`, lists joined with "; ", fields quoted when they hold a comma, quote,
/// or line break.
public struct CSVWriter: Sendable {
    public var format: NumberFormat
    public init(format: NumberFormat = .full) { self.format = format }

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
            appendField(name, to: &out)
        }
        out.append(0x0D); out.append(0x0A)
        for row in rows {
            // The header's columns, by name; read in place when the row has them in its order
            // (every writer here builds its rows alike).
            let inOrder = row.columns.count == names.count && zip(row.columns, names).allSatisfy { $0.name == $1 }
            for k in names.indices {
                if k > 0 { out.append(0x2C) }
                appendField(text(inOrder ? row.columns[k].cell : row[names[k]] ?? .text(nil)), to: &out)
            }
            out.append(0x0D); out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a CSV field (`CSVField.quoted`) without building it first when it needs
    /// no quotes, the usual case.
    private func appendField(_ s: String, to out: inout [UInt8]) {
        out += CSVField.needsQuotes(s) ? CSVField.quoted(s).utf8 : s.utf8
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
