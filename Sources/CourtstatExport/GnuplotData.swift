import Foundation

/// A gnuplot data file (DESIGN.md, Exports): a `#` header naming the columns, whitespace-separated
/// values, `NaN` for a missing value, and datasets separated by two blank lines so that a script
/// can address them with `index`. Text values are double-quoted when they contain spaces.
public struct GnuplotData: Sendable {
    /// The column names, written in the `#` header.
    public var columns: [String]
    /// Each dataset: a label (written as a comment line) and its rows.
    public var datasets: [(label: String, rows: [[Cell]])]
    /// How numbers are written.
    public var format: NumberFormat
    /// A comment line written before the header (what the file holds), or nil.
    public var comment: String?

    /// A .dat file of named columns and datasets (separated by two blank lines, gnuplot's `index`).
    public init(columns: [String], datasets: [(label: String, rows: [[Cell]])], format: NumberFormat = .full,
                comment: String? = nil) {
        self.columns = columns; self.datasets = datasets; self.format = format; self.comment = comment
    }

    /// The 1-based column number of a name, as a `using` clause needs it.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name).map { $0 + 1 } }

    /// The file's text: the comment, the header, then each dataset's rows.
    public func render() -> String {
        var out = (comment.map { "# \($0)\n" } ?? "") + "# " + columns.joined(separator: " ") + "\n"
        for (i, dataset) in datasets.enumerated() {
            if i > 0 { out += "\n\n" }
            out += "# dataset \(i): \(dataset.label)\n"
            for row in dataset.rows {
                out += row.map(text).joined(separator: " ") + "\n"
            }
        }
        return out
    }

    func text(_ cell: Cell) -> String {
        switch cell {
        case .number(let v): return v.map { $0.isFinite ? format.string($0) : "NaN" } ?? "NaN"
        case .integer(let v): return v.map(String.init) ?? "NaN"
        case .text(let v):
            guard let v, !v.isEmpty else { return "NaN" }
            return v.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "#" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "'") + "\"" : v
        case .list(let v): return "\"" + v.joined(separator: "; ") + "\""
        }
    }
}
