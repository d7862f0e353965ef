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
    @Option(help: "Published figures (CSV). Default: the shipped datasets/published_figures.csv.") var figures: String?
    @Option(help: "Case-level data (CSV): count the claims' figures again in these cases, and check claims only data can decide.") var data: String?
    @Option(help: "With --profile: read the scrape's columns from these header names (NEW=OLD pairs).") var map: String?
    @OptionGroup var scrape: ProfileOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if scrape.profile != nil { try scrape.checkArguments(map: map) }
    }

    func run() throws {
        // The claims file first: a typo in it is reported before any data is read.
        let claimsFile = try ClaimsCheck(path: claims)
        let figureTable = try ShippedData.figures(figures, command: "check").map { try PublishedFigures(source: InputSource(path: $0)) }
            ?? PublishedFigures.empty
        let input = try data.map { try scrape.cases($0, map: map, plainMapping: ColumnMapping()) }
        let tally = try input.map { try CaseTally(source: $0.source, mapping: $0.mapping) }
        let results = try claimsFile.check(figures: figureTable, caseData: tally)
        withExtendedLifetime(input) {}     // the imported cases' temporary file lives until here
        output.emit(ResultSet(main: nil, rows: results.map(ClaimGlossary.row)))
        throw ExitCode(Verdict.tableStatus(results.map(\.verdict)))
    }
}
