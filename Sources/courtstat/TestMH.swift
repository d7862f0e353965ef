import ArgumentParser
import CourtstatInference

struct TestMH: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mh",
        abstract: "Cochran-Mantel-Haenszel test and common odds ratio over 2x2 strata (R: mantelhaen.test).")
    @Option(parsing: .unconditional, help: "Strata separated by ';', each a,b,c,d (rows (a,b) and (c,d)).") var tables: CountGrid
    @Option(help: "Continuity correction: true or false.") var correct: BooleanArgument = .true
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let strata = try tables.value("--tables").map { cells in
            guard cells.count == 4 else { throw CLIError.usage("--tables", expected: "4 counts a,b,c,d in every stratum", got: tables.text) }
            return Stratum(a: cells[0], b: cells[1], c: cells[2], d: cells[3])
        }
        output.emit(try mantelHaenszelTest(strata: strata, alternative: test.alternative, correct: correct.value,
                                           confLevel: try test.level))
    }
}

struct TestPropTrend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prop-trend",
        abstract: "Cochran-Armitage chi-square test for a trend in proportions (R: prop.trend.test).")
    @Option(parsing: .unconditional, help: "Successes per ordered group, comma-separated.") var x: Counts
    @Option(parsing: .unconditional, help: "Trials per group, comma-separated.") var n: Counts
    @Option(parsing: .unconditional, help: "Scores of the groups (default 1,2,...).") var score: Numbers?
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try proportionTrendTest(x: try x.value("--x"), n: try n.value("--n"), scores: try score?.value("--score")))
    }
}
