import ArgumentParser
import CourtstatInference

struct TestMH: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mh",
        abstract: "Cochran-Mantel-Haenszel test and common odds ratio over 2x2 strata (R: mantelhaen.test).")
    @Option(parsing: .unconditional, help: "Strata separated by ';', each a,b,c,d (rows (a,b) and (c,d)).") var tables: String
    @Option(help: "Continuity correction: true or false.") var correct: BooleanArgument = .true
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let rows = try ArgumentValues.table(tables, "--tables")
        let strata = try rows.map { cells in
            guard cells.count == 4 else { throw CLIError.usage("--tables", expected: "4 counts a,b,c,d in every stratum", got: tables) }
            return Stratum(a: cells[0], b: cells[1], c: cells[2], d: cells[3])
        }
        output.emit(try mantelHaenszelTest(strata: strata, alternative: test.alternative, correct: correct.value,
                                           confLevel: try test.confLevel()))
    }
}

struct TestPropTrend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prop-trend",
        abstract: "Cochran-Armitage chi-square test for a trend in proportions (R: prop.trend.test).")
    @Option(parsing: .unconditional, help: "Successes per ordered group, comma-separated.") var x: String
    @Option(parsing: .unconditional, help: "Trials per group, comma-separated.") var n: String
    @Option(parsing: .unconditional, help: "Scores of the groups (default 1,2,...).") var score: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try proportionTrendTest(x: try ArgumentValues.counts(x, "--x"), n: try ArgumentValues.counts(n, "--n"),
                                            scores: try score.map { try ArgumentValues.numbers($0, "--score") }))
    }
}
