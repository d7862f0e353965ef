import ArgumentParser
import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two groups on an outcome among the convicted (e.g. custodial, mobilised vs contract).",
        discussion: """
        Among the convicted (prison, colony_settlement, disciplinary_battalion, suspended, fine) of each \
        group; pending, acquitted, dismissed and unknown are left out and counted. Rows: share_a, share_b \
        (Wilson), risk_difference (Newcombe, a - b), risk_ratio, odds_ratio (fisher.test), chisq, \
        mh_odds_ratio (mantelhaen.test over --stratify), months_difference (Welch t, a - b), months_shift \
        (wilcox.test, Hodges-Lehmann), logistic:TERM. Several outcomes (--outcome custodial,suspended) add \
        Holm-adjusted p-values. JSON: {"groups": [...], "results": [...], "notes": [...]}; csv and table \
        print the results.
        """)
    @Argument(help: "The case file (CSV), or - for standard input.") var file: String
    @Option(help: "custodial, or a sentence type among the convictions (suspended, fine, prison, ...); comma-separated for several.") var outcome: String = "custodial"
    @Option(help: "The column whose values form the groups (defendant_status, court, region, article, part).") var group: String = "defendant_status"
    @Option(name: .customLong("a"), help: "The value of group a.") var groupA: String
    @Option(name: .customLong("b"), help: "The value of group b.") var groupB: String
    @Option(help: "Strata for the Mantel-Haenszel odds ratio: period (quarters) or court.") var stratify: String = "period"
    @Option(help: "Sentence lengths compared: custodial (default) or all terms.") var months: String = "custodial"
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level.") var confLevel = ConfidenceLevel(argument: "0.95")
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func outcomes() throws -> [CompareOutcome] {
        try outcome.split(separator: ",", omittingEmptySubsequences: false).map {
            guard let o = CompareOutcome(argument: String($0)) else {
                throw CLIError.usage("--outcome", expected: "custodial or convictions' sentence types (prison, colony_settlement, disciplinary_battalion, suspended, fine)", got: outcome)
            }
            return o
        }
    }

    func groupColumn() throws -> CaseColumn {
        guard let c = CaseColumn(argument: group), CaseColumn.splittable.contains(c) else {
            throw CLIError.usage("--group", expected: "defendant_status, article, sentence_type, court, region or part", got: group)
        }
        return c
    }

    func validate() throws {
        _ = try outcomes(); _ = try groupColumn()
        guard CompareStrata(rawValue: stratify) != nil else { throw CLIError.usage("--stratify", expected: "period or court", got: stratify) }
        guard CompareMonths(rawValue: months) != nil else { throw CLIError.usage("--months", expected: "custodial or all", got: months) }
        guard groupA != groupB else { throw CLIError.usage("--b", expected: "a group other than --a", got: groupB) }
    }

    func run() throws {
        let level = try confLevel.value("--conf-level")
        let input = try filters.cases(file)
        defer { withExtendedLifetime(input) {} }   // with --profile it owns the imported cases, which a count in parts reopens
        let cases = try CompareAnalysis.readCases(source: input.source, mapping: input.mapping, filter: filters.filter(),
                                                   column: try groupColumn(), a: groupA, b: groupB)
        let results = try outcomes().map { o in
            try CompareAnalysis.compare(cases: cases, groupA: groupA, groupB: groupB, outcome: o,
                                        strata: CompareStrata(rawValue: stratify)!, months: CompareMonths(rawValue: months)!,
                                        confLevel: level)
        }
        Diagnostics.note(Set(results.flatMap(\.notes)).sorted())
        let rows = try CompareExport.resultRows(results)
        let text: String
        switch output.resolvedFormat {
        case .json:
            text = JSONWriter(format: output.numberFormat).render(JSONDocument([
                ("groups", .rows(CompareExport.groupRows(results))), ("results", .rows(rows)),
                ("notes", .cell(.list(results.flatMap(\.notes)))),
            ]))
        case .csv: text = CSVWriter(format: output.numberFormat).render(rows)
        case .table:
            let t = TableWriter(format: output.tableFormat)
            text = t.render(CompareExport.groupRows(results)) + "\n" + t.render(rows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
