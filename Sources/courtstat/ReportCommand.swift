import ArgumentParser
import CourtstatExport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run the analyses on a dataset and write CSV, gnuplot files, PNG/SVG charts and report.md to a folder.",
        discussion: """
        With --data: the weekly Art. 337 trend with the break at the mobilisation decree, and custodial \
        sentences of mobilised against contract soldiers. With --figures: the published tallies over time. \
        With --claims: every claim checked on the published figures. Every file is written under a \
        temporary name and renamed, so a failed run leaves no half-written file. Progress goes to stderr \
        on a terminal.
        """)
    @Option(help: "Case-level data (CSV).") var data: String?
    @Option(help: "Published figures (CSV).") var figures: String = "datasets/published_figures.csv"
    @Option(help: "A claims file (TOML) to check on the published figures.") var claims: String?
    @Option(help: "The output folder.") var out: String
    @Flag(name: .customLong("no-render"), help: "Write the gnuplot scripts without running gnuplot.") var noRender = false

    func run() throws {
        let onTerminal = isatty(STDERR_FILENO) == 1
        var started = Date()
        var current = ""
        let written = try Report.run(ReportOptions(dataPath: data, figuresPath: figures, claimsPath: claims, outDir: out,
                                                   render: !noRender)) { step in
            if onTerminal, !current.isEmpty, Date().timeIntervalSince(started) > 1 {
                FileHandle.standardError.write(Data("courtstat: \(current) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)\n".utf8))
            }
            current = step; started = Date()
        }
        print("courtstat: wrote \(written.count) files and the charts to \(out)/; the report is \(out)/report.md")
    }
}
