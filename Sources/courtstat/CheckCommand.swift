import ArgumentParser
import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every claim of a claims file (TOML): one verdict row per claim.",
        discussion: """
        Counts in the claims may name published figures by id (a = "F001"); their values, periods, \
        qualifiers and sources come from --figures. Exit status: 0 every claim supported, 1 at least \
        one contradicted, 2 none contradicted and at least one inconclusive; 65 for a malformed claims \
        or figures file (file:line), 66 for a missing one.
        """)
    @Argument(help: "The claims file (TOML, one [[claim]] table per claim).") var claims: String
    @Option(help: "Published figures (CSV).") var figures: String = "datasets/published_figures.csv"
    @OptionGroup var output: OutputOptions

    func run() throws {
        let text = try readClaimsFile(claims)
        let figureTable = try PublishedFigures(source: InputSource(path: figures))
        let context = FiguresClaimContext(figures: figureTable)
        let checker = ClaimChecker(context: context, path: claims)
        let results = try ClaimsFile.parse(text, path: claims).map { try checker.check($0) }
        output.emit(ResultSet(main: nil, rows: results.map(ClaimGlossary.row)))
        throw ExitCode(Verdict.tableStatus(results.map(\.verdict)))
    }
}

/// The claims file's text; missing or unreadable is status 66, invalid UTF-8 status 65.
func readClaimsFile(_ path: String) throws -> String {
    let fd = try InputSource(path: path).open()
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: fd != 0)
    let data = handle.readDataToEndOfFile()
    guard let text = String(data: data, encoding: .utf8) else {
        throw CLIError(status: .data, message: "\(path): expected UTF-8 text, found invalid bytes")
    }
    return text
}

/// Claims see periods through the data layer's parser and figures through the figures file.
struct FiguresClaimContext: ClaimContext {
    let figures: PublishedFigures
    var figuresPath: String { figures.file }

    func period(_ label: String) throws -> ClaimPeriod {
        let p = try Period.parse(label)
        return ClaimPeriod(label: label, days: p.days)
    }

    func figure(_ id: String) -> FigureOperand? {
        guard let f = figures[id] else { return nil }
        let period = f.period.map { ClaimPeriod(label: "\(f.periodStart!)..\(f.periodEnd!)", days: $0.days) }
        return FigureOperand(id: f.id, value: f.value, unit: f.unit, qualifier: f.qualifier.rawValue, metric: f.metric,
                             article: f.article, group: f.group, period: period, sourceURL: f.sourceURL, outlet: f.sourceOutlet)
    }
}
