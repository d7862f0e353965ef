import ArgumentParser
import CourtstatInference

struct TestBinom: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "binom",
        abstract: "Exact binomial test, Clopper-Pearson interval (R: binom.test).")
    @Option(parsing: .unconditional, help: "Number of successes.") var x: String
    @Option(parsing: .unconditional, help: "Number of trials.") var n: String
    @Option(parsing: .unconditional, help: "Probability of success under the null.") var p: String = "0.5"
    @OptionGroup var test: TestOptions
    @OptionGroup var exact: ExactMethodOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try ArgumentValues.count(x, "--x"), n = try ArgumentValues.count(n, "--n")
        output.emit(try binomialTest(x: x, n: n, p: try ArgumentValues.number(p, "--p"),
                                     alternative: test.alternative, confLevel: try test.confLevel(),
                                     tsmethod: exact.tsmethod, midp: exact.midp))
    }
}

struct TestWilson: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wilson",
        abstract: "Wilson score interval for a proportion (R: prop.test(x, n, correct = FALSE)).")
    @Option(parsing: .unconditional, help: "Number of successes.") var x: String
    @Option(parsing: .unconditional, help: "Number of trials.") var n: String
    @Option(parsing: .unconditional, help: "Proportion under the null for the score test.") var p: String = "0.5"
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try wilsonInterval(x: try ArgumentValues.count(x, "--x"), n: try ArgumentValues.count(n, "--n"),
                                       p: try ArgumentValues.number(p, "--p"),
                                       alternative: test.alternative, confLevel: try test.confLevel()))
    }
}
