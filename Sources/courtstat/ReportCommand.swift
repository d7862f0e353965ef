import ArgumentParser
import CourtstatData
import CourtstatExport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run the analyses on a dataset and write CSV, gnuplot files, PNG/SVG charts and report.md to a folder.",
        discussion: """
        With --data: the weekly trend (Art. 337 unless --article says otherwise) with the break at the \
        mobilisation decree, and custodial sentences of mobilised against contract soldiers; a scrape \
        is read with --profile. The published figures (the shipped datasets/published_figures.csv \
        unless --figures names a file) are drawn over time. With --claims: every claim checked on the \
        published figures (and on the case data). The whole report is written to a staging folder \
        first and moved into --out only when it has succeeded, so a failed run leaves --out as it was. \
        Progress goes to stderr on a terminal.
        """)
    @Option(help: "Case-level data (CSV), or a scrape with --profile.") var data: String?
    @Option(help: "Published figures (CSV). Default: the shipped datasets/published_figures.csv, left out with a note when not found.") var figures: String?
    @Option(help: "A claims file (TOML) to check on the published figures.") var claims: String?
    @Option(help: "The output folder.") var out: String
    @Flag(name: .customLong("no-render"), help: "Write the gnuplot scripts without running gnuplot.") var noRender = false
    @OptionGroup var filters: FilterOptions

    func run() throws {
        let onTerminal = isatty(STDERR_FILENO) == 1
        var started = Date()
        var current = ""
        var options = ReportOptions(dataPath: data, figuresPath: ShippedData.figures(figures, command: "report"), claimsPath: claims,
                                    outDir: out, render: !noRender)
        options.importOptions = try filters.scrape.importOptions(map: filters.map)
        options.mapping = try filters.mapping()
        options.filter = try filters.filter()
        let written = try Report.run(options) { step in
            if onTerminal, !current.isEmpty, Date().timeIntervalSince(started) > 1 {
                FileHandle.standardError.write(Data("courtstat: \(current) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)\n".utf8))
            }
            current = step; started = Date()
        }
        print("courtstat: wrote \(written.count) files to \(out)/; the report is \(out)/report.md")
    }
}
