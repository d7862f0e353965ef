import ArgumentParser
import CourtstatInference

struct TestT: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "t",
        abstract: "Welch or Student t test, one or two samples (R: t.test).")
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: Numbers
    @Option(parsing: .unconditional, help: "Second sample, comma-separated (omit for a one-sample test).") var b: Numbers?
    @Option(parsing: .unconditional, help: "Mean (difference) under the null.") var mu = Number(argument: "0")
    @Flag(name: .customLong("var-equal"), help: "Pool the variances (Student's test) instead of Welch's.") var varEqual = false
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try tTest(a: try a.value("--a"), b: try b?.value("--b"), mu: try mu.value("--mu"), varEqual: varEqual,
                              alternative: test.alternative, confLevel: try test.level))
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
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: Numbers
    @Option(parsing: .unconditional, help: "Second sample, comma-separated.") var b: Numbers
    @Option(help: "Exact p-value and interval: auto (R's default: n < 50 and no ties), true or false.") var exact: ExactChoice = .auto
    @Option(help: "Continuity correction in the normal approximation: true or false.") var correct: BooleanArgument = .true
    @Option(parsing: .unconditional, help: "Location shift under the null.") var mu = Number(argument: "0")
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try wilcoxonTest(a: try a.value("--a"), b: try b.value("--b"),
                                     alternative: test.alternative, exact: exact, correct: correct.value,
                                     confLevel: try test.level, mu: try mu.value("--mu")))
    }
}
