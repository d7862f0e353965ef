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
        var out = names.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        for row in rows {
            out += names.map { CSVField.quoted(text(row[$0] ?? .text(nil))) }.joined(separator: ",") + "\r\n"
        }
        return out
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
