import Foundation

/// Writes results for a person at a terminal: each row as an aligned block of `name  value`
/// lines (missing values left out), numbers to 7 significant digits as R prints them.
public struct TableWriter: Sendable {
    /// How numbers are written (7 significant digits unless asked otherwise).
    public var format: NumberFormat
    /// A writer of aligned text tables with numbers in `format` (7 significant digits, as R prints).
    public init(format: NumberFormat = .table) { self.format = format }

    /// The rows as aligned `name  value` blocks, one block per row.
    public func render(_ rows: [TidyRow]) -> String {
        let csv = CSVWriter(format: format)
        var blocks: [String] = []
        for row in rows {
            let present = row.columns.filter { !$0.cell.isMissing }
            let width = present.map(\.name.count).max() ?? 0
            let lines = present.map { column in
                column.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + csv.text(column.cell)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
