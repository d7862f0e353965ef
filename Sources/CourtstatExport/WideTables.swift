import CourtstatAnalyses
import CourtstatData

/// Chart-ready tables (`*_wide.csv`, DESIGN.md, Publication-ready output): one row per period,
/// one column per series, headers in words, shares in percent, ISO dates, six significant
/// digits, so that Datawrapper or Flourish load them as is. The tidy CSV beside each holds every
/// digit and every method column.
public enum WideTables {
    public static let writer = CSVWriter(format: NumberFormat(significantDigits: 6))

    /// trend_series_wide.csv: week, its first day, cases received (complete weeks), cases in
    /// weeks covered in part, the fitted trend and its 95% band.
    public static func trend(_ r: TrendResult, unit: String = "week") -> String {
        writer.render(r.series.map { p in
            let apart = p.isPartial || !p.complete
            return TidyRow([(unit, .text(p.period.description)), ("\(unit) starting", .text(p.period.start.description)),
                            ("cases received", .integer(apart ? nil : p.n)),
                            ("cases received (\(unit) covered in part)", .integer(apart ? p.n : nil)),
                            ("fitted trend", .number(apart ? nil : p.fitted)),
                            ("fitted trend 95% low", .number(apart ? nil : p.fitLow)),
                            ("fitted trend 95% high", .number(apart ? nil : p.fitHigh))])
        })
    }

    /// custodial_share_by_quarter_wide.csv from the tidy rows: quarter, then per group the share
    /// in percent and its 95% Wilson interval, then n convicted.
    public static func shareByQuarter(_ tidy: [TidyRow], groups: [String], outcome: String) -> String {
        var quarters: [String] = []
        for row in tidy { if case .text(let q?)? = row["period"], !quarters.contains(q) { quarters.append(q) } }
        quarters.sort()
        func percent(_ cell: Cell?) -> Cell {
            if case .number(let v?)? = cell { return .number(v * 100) }
            return .number(nil)
        }
        return writer.render(quarters.map { q in
            var columns: [(String, Cell)] = [("quarter", .text(q))]
            for g in groups {
                let row = tidy.first { $0["period"] == .text(q) && $0["group"] == .text(g) }
                let name = ChartWords.group(g)
                columns += [("\(name): \(outcome) share (%)", percent(row?["share"])),
                            ("\(name): 95% low (%)", percent(row?["conf_low"])), ("\(name): 95% high (%)", percent(row?["conf_high"]))]
            }
            for g in groups {
                let row = tidy.first { $0["period"] == .text(q) && $0["group"] == .text(g) }
                columns.append(("\(ChartWords.group(g)): convicted", row?["convicted"] ?? .integer(nil)))
            }
            return TidyRow(columns)
        })
    }

    /// published_figures_337_wide.csv: one row per published tally (its period), with the cases
    /// per week over that period and the outlet.
    public static func publishedFigures(_ tidy: [TidyRow], figures: PublishedFigures) -> String {
        writer.render(tidy.map { row in
            var id = ""
            if case .text(let v?)? = row["figure_id"] { id = v }
            let outlet = figures.figures.first { $0.id == id }?.sourceOutlet
            return TidyRow([("figure", .text(id)), ("outlet", .text(outlet)), ("period start", row["period_start"] ?? .text(nil)),
                            ("period end", row["period_end"] ?? .text(nil)), ("cases received", row["value"] ?? .number(nil)),
                            ("cases received per week", row["per_week"] ?? .number(nil)), ("link", row["source_url"] ?? .text(nil))])
        })
    }
}
