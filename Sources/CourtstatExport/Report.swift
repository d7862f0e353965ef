import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import Foundation

/// What `courtstat report` is asked to do.
public struct ReportOptions: Sendable {
    public var dataPath: String?
    public var figuresPath: String
    public var claimsPath: String?
    public var outDir: String
    /// Run gnuplot on every script written (PNG and SVG next to them).
    public var render: Bool
    public init(dataPath: String?, figuresPath: String, claimsPath: String?, outDir: String, render: Bool = true) {
        self.dataPath = dataPath; self.figuresPath = figuresPath; self.claimsPath = claimsPath; self.outDir = outDir; self.render = render
    }
}

/// Everything the report computed, for report.md.
public struct ReportFindings {
    public var dataPath: String?
    public var trend: TrendResult?
    /// How the reported trend model was chosen (`TrendModelChoice`).
    public var trendChoice: TrendChoice?
    public var trendPeriods: [Period] = []
    public var compare: CompareResult?
    public var figureClaims: [ClaimResult] = []
    public var dataClaims: [ClaimResult] = []
    public var claimsPath: String?
    public var figuresPath: String
    public var charts: [String] = []
    public var notes: [String] = []
}

/// `courtstat report`: the analyses on a dataset, written to a folder as CSV, gnuplot .dat/.gp,
/// rendered PNG/SVG and report.md. Every file is written under a temporary name and renamed.
public enum Report {
    public static func run(_ o: ReportOptions, progress: (String) -> Void = { _ in }) throws -> [String] {
        var written: [String] = []
        func write(_ name: String, _ text: String) throws {
            let w = try AtomicFileWriter(path: o.outDir + "/" + name)
            try w.write(text)
            try w.commit()
            written.append(name)
        }
        func writeChart(_ data: GnuplotData, _ script: GnuplotScript) throws {
            try write(script.name + ".dat", data.render())
            try write(script.name + ".gp", try script.render(for: data))
        }
        try makeFolder(o.outDir)
        let csv = CSVWriter()
        let figures = try PublishedFigures(source: InputSource(path: o.figuresPath))
        var findings = ReportFindings(dataPath: o.dataPath, claimsPath: o.claimsPath, figuresPath: o.figuresPath)

        // The cases are read three times (the claims' tally on another thread, see BackgroundTally):
        // standard input or a FIFO is copied once first.
        let data = try o.dataPath.map { path throws(DataError) in try ReusableInput(InputSource(path: path)) }
        let background = o.claimsPath != nil ? data.map { BackgroundTally(source: $0.source) } : nil
        defer { background?.finish() }
        if let data {
            progress("trend of weekly Art. 337 cases")
            var filter = CaseFilter()
            filter.articles = ["337"]
            let reader = try CaseReader(source: data.source)
            let counts = try CaseCounter.count(reader, by: .week, filter: filter)
            let choice = try TrendModelChoice.choose(periods: counts.periods, counts: counts.totals, exposureDays: counts.coveredDays)
            let trend = choice.result
            findings.trend = trend
            findings.trendChoice = choice
            findings.trendPeriods = counts.periods
            try write("trend_series.csv", csv.render(TrendExport.seriesRows(trend)))
            try write("trend_models.csv", csv.render(TrendExport.modelRows(trend)))
            try write("trend_derived.csv", csv.render(TrendExport.derivedRows(trend)))
            try write("trend_diagnostics.csv", csv.render(TrendExport.diagnosticRows(trend)))
            let (tdata, tscript) = TrendExport.chart(trend, name: "trend", title: "Art. 337 (AWOL) cases received per week — SYNTHETIC data")
            try writeChart(tdata, tscript)
            findings.charts.append("trend")
            if let (rdata, rscript) = TrendExport.residualChart(trend, name: "trend_residuals", title: "Residuals of the weekly trend — SYNTHETIC data") {
                try writeChart(rdata, rscript)
                findings.charts.append("trend_residuals")
            }

            progress("custodial sentences, mobilised against contract soldiers")
            var byDecision = CaseFilter()
            byDecision.date = .decision
            let cases = try CompareAnalysis.readCases(source: data.source, filter: byDecision,
                                                      column: .defendantStatus, a: "mobilized", b: "contract")
            let compare = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
            findings.compare = compare
            try write("compare_groups.csv", csv.render(CompareExport.groupRows([compare])))
            try write("compare_results.csv", csv.render(try CompareExport.resultRows([compare])))
            let share = try ReportCharts.shareByQuarter(cases, groupA: "mobilized", groupB: "contract", outcome: .custodial)
            try write("custodial_share_by_quarter.csv", csv.render(share.rows))
            try writeChart(share.data, share.script)
            findings.charts.append("custodial_share")
            let lengths = ReportCharts.sentenceLengths(cases, groupA: "mobilized", groupB: "contract")
            try writeChart(lengths.data, lengths.script)
            findings.charts.append("sentence_months")
        }

        progress("published figures")
        let published = ReportCharts.publishedFigures(figures)
        try write("published_figures_337.csv", csv.render(published.rows))
        try writeChart(published.data, published.script)
        findings.charts.append("published_figures")

        if let claimsPath = o.claimsPath {
            progress("claims")
            let text = try ClaimsFile.read(path: claimsPath)
            let tables = try ClaimsFile.parse(text, path: claimsPath)
            let checker = ClaimChecker(context: FiguresClaimContext(figures: figures), path: claimsPath)
            findings.figureClaims = try tables.map { try checker.check($0) }
            try write("claims.csv", csv.render(findings.figureClaims.map(ClaimGlossary.row)))
            if let background {
                let tally = try background.value()
                let onData = ClaimChecker(context: FiguresClaimContext(figures: figures, caseData: tally), path: claimsPath)
                findings.dataClaims = try tables.map { try onData.check($0) }
                try write("claims_synthetic_data.csv", csv.render(findings.dataClaims.map(ClaimGlossary.row)))
            }
        }

        try write("report.md", ReportMarkdown.render(findings))
        if o.render {
            progress("rendering charts with gnuplot")
            for chart in findings.charts { try renderChart(chart, in: o.outDir) }
        }
        return written
    }

    static func makeFolder(_ path: String) throws {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw DataError.cannotWrite(path: path, reason: "cannot create the folder")
        }
        guard access(path, W_OK) == 0 else { throw DataError.cannotWrite(path: path, reason: "the folder is not writable") }
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
