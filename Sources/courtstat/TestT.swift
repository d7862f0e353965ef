import ArgumentParser
import CourtstatInference

struct TestT: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "t",
        abstract: "Welch or Student t test, one or two samples (R: t.test).")
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: String
    @Option(parsing: .unconditional, help: "Second sample, comma-separated (omit for a one-sample test).") var b: String?
    @Option(parsing: .unconditional, help: "Mean (difference) under the null.") var mu: String = "0"
    @Flag(name: .customLong("var-equal"), help: "Pool the variances (Student's test) instead of Welch's.") var varEqual = false
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try tTest(a: try ArgumentValues.numbers(a, "--a"), b: try b.map { try ArgumentValues.numbers($0, "--b") },
                              mu: try ArgumentValues.number(mu, "--mu"), varEqual: varEqual,
                              alternative: test.alternative, confLevel: try test.confLevel()))
    }
}

extension ExactChoice: ExpressibleByArgument {}

struct TestWilcox: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wilcox",
        abstract: "Wilcoxon rank-sum test with the Hodges-Lehmann shift and its interval (R: wilcox.test, conf.int = TRUE).",
        discussion: """
        In the normal approximation R solves for the estimate and interval with uniroot at tol 1e-4; \
        courtstat locates the same roots exactly (see README).
        """)
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: String
    @Option(parsing: .unconditional, help: "Second sample, comma-separated.") var b: String
    @Option(help: "Exact p-value and interval: auto (R's default: n < 50 and no ties), true or false.") var exact: ExactChoice = .auto
    @Option(help: "Continuity correction in the normal approximation: true or false.") var correct: BooleanArgument = .true
    @Option(parsing: .unconditional, help: "Location shift under the null.") var mu: String = "0"
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try wilcoxonTest(a: try ArgumentValues.numbers(a, "--a"), b: try ArgumentValues.numbers(b, "--b"),
                                     alternative: test.alternative, exact: exact, correct: correct.value,
                                     confLevel: try test.confLevel(), mu: try ArgumentValues.number(mu, "--mu")))
    }
}
