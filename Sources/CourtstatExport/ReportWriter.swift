import CourtstatAnalyses
import CourtstatData
import Foundation

/// Writes a report's findings into a folder: the tables as CSV (tidy and wide), each chart as
/// gnuplot data and script (`.dat`, `.gp`), report.md, and with `options.render` the charts drawn
/// as PNG and SVG (`GnuplotRenderer`). Formats and writes only: every estimate, interval and
/// p-value comes from `ReportFindings` (the published figures chart only rescales each published
/// tally to cases per week of its period). Each file is written under a temporary name and renamed
/// (`AtomicFileWriter`).
public enum ReportWriter {
    /// Writes `f` into `folder` (which must exist) and returns the names of the files written, in
    /// the order written. `options` gives the data's import profile (named in the charts' footers)
    /// and whether to render the charts.
    public static func write(_ f: ReportFindings, options o: ReportOptions, in folder: String,
                             progress: (String) -> Void = { _ in }) throws -> [String] {
        var written: [String] = []
        var charts: [String] = []
        func write(_ name: String, _ text: String) throws {
            let w = try AtomicFileWriter(path: folder + "/" + name)
            try w.write(text)
            try w.commit()
            written.append(name)
        }
        func writeChart(_ data: GnuplotData, _ script: GnuplotScript) throws {
            try write(script.name + ".dat", data.render())
            try write(script.name + ".gp", try script.render(for: data))
        }
        let csv = CSVWriter()
        progress("writing tables and charts")

        if let dataPath = f.dataPath {
            let file = (dataPath as NSString).lastPathComponent
            let frame = ChartFrame(source: f.synthetic ? "\(file) (synthetic cases made by courtstat simulate, not court records)"
                                   : o.importOptions.map { "\(file) (court records read with the \($0.profile.name) import profile)" } ?? file,
                                   synthetic: f.synthetic)
            if let trend = f.trend {
                try write("trend_series.csv", csv.render(TrendExport.seriesRows(trend)))
                try write("trend_series_wide.csv", WideTables.trend(trend))
                try write("trend_models.csv", csv.render(TrendExport.modelRows(trend)))
                try write("trend_derived.csv", csv.render(TrendExport.derivedRows(trend)))
                try write("trend_diagnostics.csv", csv.render(TrendExport.diagnosticRows(trend)))
                let articles = f.trendArticles == ["337"] ? "Art. 337 (AWOL)" : "Art. " + f.trendArticles.joined(separator: ", ")
                let (tdata, tscript) = TrendExport.chart(trend, name: "trend", title: "\(articles) cases received per week", frame: frame)
                try writeChart(tdata, tscript)
                charts.append("trend")
                if let (rdata, rscript) = TrendExport.residualChart(trend, name: "trend_residuals", title: "How far each week's count lies from the fitted trend", frame: frame) {
                    try writeChart(rdata, rscript)
                    charts.append("trend_residuals")
                }
            }
            if let compare = f.compare, let shares = f.quarterlyShares, let lengths = f.sentenceLengths {
                try write("compare_groups.csv", csv.render(CompareExport.groupRows([compare])))
                try write("compare_results.csv", csv.render(CompareExport.resultRows([compare], pAdjusted: [])))
                let share = ReportCharts.shareByQuarter(shares, frame: frame)
                try write("custodial_share_by_quarter.csv", csv.render(share.rows))
                try write("custodial_share_by_quarter_wide.csv", WideTables.shareByQuarter(share.rows, groups: ["mobilized", "contract"], outcome: "custodial"))
                try writeChart(share.data, share.script)
                charts.append("custodial_share")
                let decided = f.decisionDates.map { "decisions \($0.lowerBound) to \($0.upperBound)" } ?? ""
                let chart = ReportCharts.sentenceLengths(lengths, frame: frame, period: decided)
                try writeChart(chart.data, chart.script)
                charts.append("sentence_months")
            }
        }

        var plottedFigureIDs: [String] = []
        if let figures = f.figures, let figuresPath = f.figuresPath {
            let published = ReportCharts.publishedFigures(figures, frame: ChartFrame(
                source: "\((figuresPath as NSString).lastPathComponent) (tallies as published; outlet over each line)"))
            try write("published_figures_337.csv", csv.render(published.rows))
            plottedFigureIDs = published.rows.compactMap { if case .text(let id?)? = $0["figure_id"] { return id }; return nil }
            try write("published_figures_337_wide.csv", WideTables.publishedFigures(published.rows, figures: figures))
            try writeChart(published.data, published.script)
            charts.append("published_figures")
        }

        if let claimsPath = f.claimsPath {
            try write("claims.csv", csv.render(f.figureClaims.map(ClaimGlossary.row)))
            let claimsChart = ClaimsChart.chart(f.figureClaims, claims: f.claims,
                                                frame: ChartFrame(source: (claimsPath as NSString).lastPathComponent),
                                                source: f.figuresPath.map { "the published figures (\(($0 as NSString).lastPathComponent))" } ?? "the published figures")
            try write("claims.dat", claimsChart.data.render())
            try write("claims.gp", claimsChart.script)
            charts.append("claims")
            if f.dataPath != nil {
                try write(f.synthetic ? "claims_synthetic_data.csv" : "claims_case_data.csv", csv.render(f.dataClaims.map(ClaimGlossary.row)))
            }
        }

        try write("report.md", ReportMarkdown.render(f, plottedFigureIDs: plottedFigureIDs))
        if o.render {
            progress("rendering charts with gnuplot")
            for chart in charts {
                try GnuplotRenderer.render(chart, in: folder)
                written += [chart + ".png", chart + ".svg"]
            }
        }
        return written
    }
}
