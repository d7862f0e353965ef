import CourtstatData
import CourtstatExport

/// How `count` prints its table: tidy rows for CSV and JSON, aligned columns for a terminal,
/// and a gnuplot data file.
enum CountOutput {
    /// One row per period (and split group): period, period_start, period_end, days, [split], n.
    static func rows(_ t: CountTable) -> [TidyRow] {
        var rows: [TidyRow] = []
        rows.reserveCapacity(t.periods.count * t.groups.count)
        for (p, period) in t.periods.enumerated() {
            for (g, group) in t.groups.enumerated() {
                var columns: [(String, Cell)] = [
                    ("period", .text(period.description)), ("period_start", .text(period.start.description)),
                    ("period_end", .text(period.end.description)), ("days", .integer(period.days)),
                ]
                if let split = t.split { columns.append((split.name, .text(group.isEmpty ? nil : group))) }
                columns.append(("n", .integer(t.counts[p][g])))
                rows.append(TidyRow(columns))
            }
        }
        return rows
    }

    /// Aligned columns with a header line: text left-aligned, numbers right-aligned.
    static func table(_ rows: [TidyRow]) -> String {
        guard let first = rows.first else { return "" }
        let names = first.columns.map(\.name)
        let cells = rows.map { row in row.columns.map { column -> String in
            switch column.cell {
            case .integer(let v): v.map(String.init) ?? "NA"
            case .text(let v): v ?? "NA"
            default: ""
            }
        } }
        let numeric = first.columns.map { if case .integer = $0.cell { true } else { false } }
        let widths = names.indices.map { i in max(names[i].count, cells.map { $0[i].count }.max() ?? 0) }
        func line(_ values: [String]) -> String {
            values.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - values[i].count)
                return numeric[i] ? pad + values[i] : values[i] + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        return ([line(names)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// A gnuplot data file: a `#` header naming the columns, whitespace-separated values (text
    /// with spaces in double quotes, a missing value as NaN), one dataset per split group
    /// separated by two blank lines so that `index` picks a group.
    static func gnuplot(_ t: CountTable, file: String, date: CaseFilter.DateField) -> String {
        let splitName = t.split?.name
        var out = "# courtstat count of \(file): cases by \(t.unit.rawValue) of \(date.rawValue) date"
            + (splitName.map { ", one dataset per \($0)" } ?? "") + "\n"
        out += "# period period_start period_end days " + (splitName.map { $0 + " " } ?? "") + "n\n"
        for (g, group) in t.groups.enumerated() {
            if g > 0 { out += "\n\n" }
            if let splitName { out += "# dataset \(g): \(splitName) = \(group.isEmpty ? "(missing)" : group)\n" }
            let label = group.isEmpty ? "NaN" : quoted(group)
            for (p, period) in t.periods.enumerated() {
                out += "\(period) \(period.start) \(period.end) \(period.days) " + (splitName == nil ? "" : label + " ") + "\(t.counts[p][g])\n"
            }
        }
        return out
    }

    static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "#" })
            ? "\"" + s.replacing("\"", with: "'") + "\"" : s
    }
}
