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
    @Option(help: "Case-level data (CSV): count the claims' figures again in these cases, and check claims only data can decide.") var data: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let text = try ClaimsFile.read(path: claims)
        let figureTable = try PublishedFigures(source: InputSource(path: figures))
        let tally = try data.map { try CaseTally(source: InputSource(path: $0)) }
        let context = FiguresClaimContext(figures: figureTable, caseData: tally)
        let checker = ClaimChecker(context: context, path: claims)
        let results = try ClaimsFile.parse(text, path: claims).map { try checker.check($0) }
        output.emit(ResultSet(main: nil, rows: results.map(ClaimGlossary.row)))
        throw ExitCode(Verdict.tableStatus(results.map(\.verdict)))
    }
}
