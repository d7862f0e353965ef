import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import Foundation

/// What `courtstat report` is asked to do.
public struct ReportOptions: Sendable {
    public var dataPath: String?
    /// The published figures; nil leaves them out (no file was named or found).
    public var figuresPath: String?
    public var claimsPath: String?
    public var outDir: String
    /// Run gnuplot on every script written (PNG and SVG next to them).
    public var render: Bool
    /// Read `dataPath` as a scrape with this import profile.
    public var importOptions: ImportOptions?
    /// The case file's own column names (`--map` without a profile).
    public var mapping = ColumnMapping()
    /// The user's filters; the trend keeps Art. 337 unless articles are given, and the comparison
    /// places cases by their decision date.
    public var filter = CaseFilter()
    public init(dataPath: String?, figuresPath: String?, claimsPath: String?, outDir: String, render: Bool = true) {
        self.dataPath = dataPath; self.figuresPath = figuresPath; self.claimsPath = claimsPath; self.outDir = outDir; self.render = render
    }
}

/// Everything the report computed, for report.md.
public struct ReportFindings {
    public var dataPath: String?
    /// Whether the case data say they are synthetic (a `data_source` column holding `synthetic`
    /// on every row, as `courtstat simulate` writes): only then are they called synthetic.
    public var synthetic = false
    public var trend: TrendResult?
    /// How the reported trend model was chosen (`TrendModelChoice`).
    public var trendChoice: TrendChoice?
    public var trendPeriods: [Period] = []
    /// The articles of the trend (337 unless filtered otherwise).
    public var trendArticles: [String] = ["337"]
    public var compare: CompareResult?
    public var figureClaims: [ClaimResult] = []
    public var dataClaims: [ClaimResult] = []
    public var claimsPath: String?
    public var figuresPath: String?
    public var charts: [String] = []
    public var notes: [String] = []
    /// The import summary when the data were a scrape read with a profile.
    public var importSummary: [String] = []
    /// The published figures and the ids the published figures chart draws.
    public var figures: PublishedFigures?
    public var plottedFigureIDs: [String] = []
    /// The claims file's tables (their figure ids, claimed regions and texts).
    public var claimTables: [ClaimTable] = []
}

/// `courtstat report`: the analyses on a dataset, written to a folder as CSV, gnuplot .dat/.gp,
/// rendered PNG/SVG and report.md. Everything is written first into a staging folder beside the
/// output folder and moved into place only when the whole report has succeeded, so that a report
/// that fails leaves the output folder exactly as it was (and does not create it).
public enum Report {
    public static func run(_ o: ReportOptions, progress: (String) -> Void = { _ in }) throws -> [String] {
        let staging = try StagingFolder(for: o.outDir)
        let written = try build(o, in: staging.path, progress: progress)
        try staging.publish(written)
        return written
    }

    static func build(_ o: ReportOptions, in folder: String, progress: (String) -> Void) throws -> [String] {
        var written: [String] = []
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
        // The claims file first: a typo in it is reported before any data is read.
        let claimsFile = try o.claimsPath.map { try ClaimsCheck(path: $0) }
        let figures = try o.figuresPath.map { try PublishedFigures(source: InputSource(path: $0)) }
        var findings = ReportFindings(dataPath: o.dataPath, claimsPath: o.claimsPath, figuresPath: o.figuresPath)
        findings.figures = figures
        findings.claimTables = claimsFile?.tables ?? []
        if o.figuresPath == nil {
            findings.notes.append("No published figures file was named or found beside the installation, so the published figures are left out.")
        }

        // A scrape is imported once into a temporary case file; the cases are then read three
        // times (the claims' tally on another thread, see BackgroundTally): standard input or a
        // FIFO is copied once first.
        var imported: ImportedCases?
        defer { withExtendedLifetime(imported) {} }
        let data: ReusableInput?
        if let path = o.dataPath, let options = o.importOptions {
            progress("importing \(path)")
            imported = try ImportedCases(InputSource(path: path), options: options)
            findings.importSummary = imported!.summary.lines
            data = try ReusableInput(imported!.source)
        } else {
            data = try o.dataPath.map { path throws(DataError) in try ReusableInput(InputSource(path: path)) }
        }
        let mapping = o.importOptions == nil ? o.mapping : ColumnMapping()
        let background = claimsFile != nil ? data.map { BackgroundTally(source: $0.source, mapping: mapping) } : nil
        defer { background?.finish() }
        if let data {
            findings.synthetic = try DataSourceColumn.isSynthetic(data.source, mapping: mapping)
            let file = (o.dataPath! as NSString).lastPathComponent
            let frame = ChartFrame(source: findings.synthetic ? "\(file) (synthetic cases made by courtstat simulate, not court records)"
                                   : o.importOptions.map { "\(file) (court records read with the \($0.profile.name) import profile)" } ?? file,
                                   synthetic: findings.synthetic)
            // Columns first: a missing one is a data error that names it, before any analysis runs.
            if let missing = try CompareColumns.missing(in: data.source, mapping: mapping) { throw missing }
            progress("weekly trend")
            var filter = o.filter
            if filter.articles.isEmpty { filter.articles = ["337"] }
            filter.date = .received
            findings.trendArticles = filter.articles
            let reader = try CaseReader(source: data.source, mapping: mapping)
            var table: CountTable?
            do { table = try CaseCounter.count(reader, by: .week, filter: filter) } catch {
                // Data without a case of the article (a scrape of other articles): no trend, said so.
                guard error.isNoCases else { throw error }
                findings.notes.append("The weekly trend is left out: \(error.description).")
            }
            var choice: TrendChoice?
            if let counts = table {
                do {
                    choice = try TrendModelChoice.choose(periods: counts.periods, counts: counts.totals, exposureDays: counts.coveredDays)
                } catch {
                    // Too short a series for a trend (a small scrape): left out, said so.
                    guard case .invalid(let why) = error else { throw error }
                    findings.notes.append("The weekly trend is left out: \(why).")
                }
            }
            if let counts = table, let choice {
                let trend = choice.result
                findings.trend = trend
                findings.trendChoice = choice
                findings.trendPeriods = counts.periods
                try write("trend_series.csv", csv.render(TrendExport.seriesRows(trend)))
                try write("trend_series_wide.csv", WideTables.trend(trend))
                try write("trend_models.csv", csv.render(TrendExport.modelRows(trend)))
                try write("trend_derived.csv", csv.render(TrendExport.derivedRows(trend)))
                try write("trend_diagnostics.csv", csv.render(TrendExport.diagnosticRows(trend)))
                let articles = filter.articles == ["337"] ? "Art. 337 (AWOL)" : "Art. " + filter.articles.joined(separator: ", ")
                let (tdata, tscript) = TrendExport.chart(trend, name: "trend", title: "\(articles) cases received per week", frame: frame)
                try writeChart(tdata, tscript)
                findings.charts.append("trend")
                if let (rdata, rscript) = TrendExport.residualChart(trend, name: "trend_residuals", title: "How far each week's count lies from the fitted trend", frame: frame) {
                    try writeChart(rdata, rscript)
                    findings.charts.append("trend_residuals")
                }
            }

            progress("custodial sentences, mobilised against contract soldiers")
            var byDecision = o.filter
            byDecision.date = .decision
            do {
                let cases = try CompareAnalysis.readCases(source: data.source, mapping: mapping, filter: byDecision,
                                                          column: .defendantStatus, a: "mobilized", b: "contract")
                let compare = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
                findings.compare = compare
                try write("compare_groups.csv", csv.render(CompareExport.groupRows([compare])))
                try write("compare_results.csv", csv.render(try CompareExport.resultRows([compare])))
                let share = try ReportCharts.shareByQuarter(cases, groupA: "mobilized", groupB: "contract", outcome: .custodial, frame: frame)
                try write("custodial_share_by_quarter.csv", csv.render(share.rows))
                try write("custodial_share_by_quarter_wide.csv", WideTables.shareByQuarter(share.rows, groups: ["mobilized", "contract"], outcome: "custodial"))
                try writeChart(share.data, share.script)
                findings.charts.append("custodial_share")
                let dates = cases.map(\.date)
                let decided = dates.min().map { "decisions \($0) to \(dates.max()!)" } ?? ""
                let lengths = ReportCharts.sentenceLengths(cases, groupA: "mobilized", groupB: "contract", frame: frame, period: decided)
                try writeChart(lengths.data, lengths.script)
                findings.charts.append("sentence_months")
            } catch let error as AnalysisError where error.isEmptyGroup {
                // Data that cannot form the groups (a scrape without hand-coded statuses, no
                // decision dates): the comparison is left out and the report says why.
                findings.notes.append("The comparison of mobilised and contract soldiers (cases placed by their decision date) is left out: "
                                      + "\(error.emptyGroupWords ?? error.description).")
            }
        }

        if let figures {
            progress("published figures")
            let published = ReportCharts.publishedFigures(figures, frame: ChartFrame(
                source: "\((o.figuresPath! as NSString).lastPathComponent) (tallies as published; outlet over each line)"))
            try write("published_figures_337.csv", csv.render(published.rows))
            findings.plottedFigureIDs = published.rows.compactMap { if case .text(let id?)? = $0["figure_id"] { return id }; return nil }
            try write("published_figures_337_wide.csv", WideTables.publishedFigures(published.rows, figures: figures))
            try writeChart(published.data, published.script)
            findings.charts.append("published_figures")
        }

        if let claimsFile {
            progress("claims")
            let figureTable = figures ?? .empty
            findings.figureClaims = try claimsFile.check(figures: figureTable)
            try write("claims.csv", csv.render(findings.figureClaims.map(ClaimGlossary.row)))
            let claimsChart = ClaimsChart.chart(findings.figureClaims, claims: claimsFile.claims,
                                                frame: ChartFrame(source: (o.claimsPath! as NSString).lastPathComponent),
                                                source: o.figuresPath.map { "the published figures (\(($0 as NSString).lastPathComponent))" } ?? "the published figures")
            try write("claims.dat", claimsChart.data.render())
            try write("claims.gp", claimsChart.script)
            findings.charts.append("claims")
            if let background {
                let tally = try background.value()
                findings.dataClaims = try claimsFile.check(figures: figureTable, caseData: tally)
                try write(findings.synthetic ? "claims_synthetic_data.csv" : "claims_case_data.csv", csv.render(findings.dataClaims.map(ClaimGlossary.row)))
            }
        }

        try write("report.md", ReportMarkdown.render(findings))
        if o.render {
            progress("rendering charts with gnuplot")
            for chart in findings.charts {
                try renderChart(chart, in: folder)
                written += [chart + ".png", chart + ".svg"]
            }
        }
        return written
    }

    /// Runs `NAME.gp` through gnuplot in the output folder; PNG and SVG appear next to it. gnuplot
    /// writes them under registered temporary names (the script's `set output` lines rewritten),
    /// which are renamed into place once it has finished, so that a failed or interrupted run
    /// leaves no half-drawn chart (`TemporaryFiles`).
    static func renderChart(_ name: String, in folder: String) throws {
        var script: String
        do { script = try String(contentsOfFile: folder + "/" + name + ".gp", encoding: .utf8) } catch {
            throw DataError.unreadable(path: folder + "/" + name + ".gp", reason: "cannot read the chart script")
        }
        var outputs: [(final: String, temporary: String, slot: Int?)] = []
        defer { for o in outputs { unlink(o.temporary); TemporaryFiles.release(o.slot) } }
        for ext in ["png", "svg"] {
            let final = folder + "/" + name + "." + ext
            guard let made = TemporaryFiles.create(template: folder + "/." + name + "." + ext + ".tmp-XXXXXX") else {
                throw DataError.cannotWrite(path: final, reason: String(cString: strerror(errno)))
            }
            fchmod(made.fd, 0o644)
            close(made.fd)
            outputs.append((final, made.path, made.slot))
            let base = String(made.path[made.path.index(after: made.path.lastIndex(of: "/")!)...])
            script = script.replacingOccurrences(of: "set output \"\(name).\(ext)\"", with: "set output \"\(base)\"")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gnuplot", "-"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DataError.cannotWrite(path: folder + "/" + name + ".png", reason: "gnuplot could not be started (apt-get install gnuplot-nox)")
        }
        TemporaryFiles.setChild(process.processIdentifier)
        defer { TemporaryFiles.setChild(0) }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = process.terminationStatus == 127 ? "gnuplot is not installed (apt-get install gnuplot-nox)"
                : "gnuplot failed: " + message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw DataError.cannotWrite(path: folder + "/" + name + ".png", reason: reason)
        }
        // gnuplot exits 0 even when a write failed (a full disk leaves a truncated PNG): a chart
        // is renamed into place only if it ends as its format says a file ends.
        for o in outputs where !isComplete(chart: o.temporary) {
            throw DataError.cannotWrite(path: o.final, reason: "gnuplot wrote an incomplete file (is the disk full?)")
        }
        for o in outputs where rename(o.temporary, o.final) != 0 {
            throw DataError.cannotWrite(path: o.final, reason: String(cString: strerror(errno)))
        }
    }

    /// Whether a PNG ends with its IEND chunk, or an SVG with `</svg>`.
    static func isComplete(chart path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        if path.contains(".png.") {
            return data.count >= 20 && data.suffix(12).elementsEqual([0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        }
        let tail = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return tail.hasSuffix("</svg>")
    }
}
