import CourtstatData

/// How a table of case counts per period (`CaseCounter.count`, the `count` command) is written:
/// tidy rows for CSV and JSON, aligned columns for a terminal, and a gnuplot data file.
public enum CountExport {
    /// One row per period (and split group): period, period_start, period_end, days, [split], n.
    public static func rows(_ t: CountTable) -> [TidyRow] {
        var rows: [TidyRow] = []
        rows.reserveCapacity(t.periods.count * t.groups.count)
        for (p, period) in t.periods.enumerated() {
            // The period's labels once, shared by its groups' rows.
            let label = Cell.text(period.description), start = Cell.text(period.start.description)
            let end = Cell.text(period.end.description), days = Cell.integer(period.days)
            for (g, group) in t.groups.enumerated() {
                var columns: [(String, Cell)] = [("period", label), ("period_start", start), ("period_end", end), ("days", days)]
                if let split = t.split { columns.append((split.name, .text(group.isEmpty ? nil : group))) }
                columns.append(("n", .integer(t.counts[p][g])))
                rows.append(TidyRow(columns))
            }
        }
        return rows
    }

    /// Aligned columns with a header line: text left-aligned, numbers right-aligned.
    public static func table(_ rows: [TidyRow]) -> String {
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
            var text = values.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - values[i].count)
                return numeric[i] ? pad + values[i] : values[i] + pad
            }.joined(separator: "  ")
            // No trailing blanks. (A regex here cost 25 µs a line: 30 ms for a weekly table.)
            while let last = text.last, last.isWhitespace { text.removeLast() }
            return text
        }
        return ([line(names)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// A gnuplot data file (`GnuplotData`): a comment saying what was counted, a `#` header
    /// naming the columns, one dataset per split group separated by two blank lines so that
    /// `index` picks a group.
    public static func gnuplot(_ t: CountTable, file: String, date: CaseFilter.DateField) -> String {
        let splitName = t.split?.name
        let columns = ["period", "period_start", "period_end", "days"] + (splitName.map { [$0] } ?? []) + ["n"]
        let datasets = t.groups.enumerated().map { g, group -> (label: String, rows: [[Cell]]) in
            let label = splitName.map { "\($0) = \(group.isEmpty ? "(missing)" : group)" } ?? "all cases"
            let rows = t.periods.enumerated().map { p, period -> [Cell] in
                [.text(period.description), .text(period.start.description), .text(period.end.description), .integer(period.days)]
                    + (splitName == nil ? [] : [.text(group.isEmpty ? nil : group)]) + [.integer(t.counts[p][g])]
            }
            return (label, rows)
        }
        let comment = "courtstat count of \(file): cases by \(t.unit.rawValue) of \(date.rawValue) date"
            + (splitName.map { ", one dataset per \($0)" } ?? "")
        return GnuplotData(columns: columns, datasets: datasets, comment: comment).render()
    }
}
