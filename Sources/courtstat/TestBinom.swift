import ArgumentParser
import CourtstatInference

struct TestBinom: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "binom",
        abstract: "Exact binomial test, Clopper-Pearson interval (R: binom.test).")
    @Option(parsing: .unconditional, help: "Number of successes.") var x: Count
    @Option(parsing: .unconditional, help: "Number of trials.") var n: Count
    @Option(parsing: .unconditional, help: "Probability of success under the null.") var p = Probability(argument: "0.5")
    @OptionGroup var test: TestOptions
    @OptionGroup var exact: ExactMethodOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try binomialTest(x: try x.value("--x"), n: try n.value("--n"), p: try p.value("--p"),
                                     alternative: test.alternative, confLevel: try test.level,
                                     tsmethod: exact.tsmethod, midp: exact.midp))
    }
}

struct TestWilson: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wilson",
        abstract: "Wilson score interval for a proportion (R: prop.test(x, n, correct = FALSE)).")
    @Option(parsing: .unconditional, help: "Number of successes.") var x: Count
    @Option(parsing: .unconditional, help: "Number of trials.") var n: Count
    @Option(parsing: .unconditional, help: "Proportion under the null for the score test.") var p = Number(argument: "0.5")
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try wilsonInterval(x: try x.value("--x"), n: try n.value("--n"), p: try p.value("--p"),
                                       alternative: test.alternative, confLevel: try test.level))
    }
}
