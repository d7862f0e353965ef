import ArgumentParser
import CourtstatInference

struct TestTostProp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tost-prop",
        abstract: "Equivalence of two proportions within ±margin (two one-sided Wald z tests).",
        discussion: "The interval is the 1 - 2*alpha interval, alpha = 1 - --conf-level; p_value is the larger one-sided p.")
    @Option(parsing: .unconditional, help: "Successes in the two groups, x1,x2.") var x: String
    @Option(parsing: .unconditional, help: "Trials in the two groups, n1,n2.") var n: String
    @Option(parsing: .unconditional, help: "Equivalence margin for p1 - p2 (absolute, e.g. 0.05).") var margin: String
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "1 - alpha of each one-sided test.") var confLevel: String = "0.95"
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try ArgumentValues.counts(x, "--x"), n = try ArgumentValues.counts(n, "--n")
        guard x.count == 2 else { throw CLIError.usage("--x", expected: "two counts x1,x2", got: self.x) }
        guard n.count == 2 else { throw CLIError.usage("--n", expected: "two trial counts n1,n2", got: self.n) }
        output.emit(try equivalenceProportions(x1: x[0], n1: n[0], x2: x[1], n2: n[1],
                                               margin: try ArgumentValues.number(margin, "--margin"),
                                               confLevel: try ArgumentValues.number(confLevel, "--conf-level")))
    }
}

struct TestTostRate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tost-rate",
        abstract: "Equivalence of two rates: is the rate ratio within [1 - margin, 1 + margin]? (exact, via poisson.test).",
        discussion: "The interval is the exact 1 - 2*alpha interval, alpha = 1 - --conf-level; p_value is the larger one-sided p.")
    @Option(parsing: .unconditional, help: "Event counts x1,x2.") var x: String
    @Option(parsing: .unconditional, help: "Time bases t1,t2 (default 1,1).") var t: String = "1,1"
    @Option(parsing: .unconditional, help: "Relative margin (0.15 = within 15%).") var margin: String = "0.15"
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "1 - alpha of each one-sided test.") var confLevel: String = "0.95"
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try ArgumentValues.counts(x, "--x"), t = try ArgumentValues.numbers(t, "--t")
        guard x.count == 2 else { throw CLIError.usage("--x", expected: "two counts x1,x2", got: self.x) }
        guard t.count == 2 else { throw CLIError.usage("--t", expected: "two time bases t1,t2", got: self.t) }
        output.emit(try equivalenceRates(x1: x[0], t1: t[0], x2: x[1], t2: t[1],
                                         margin: try ArgumentValues.number(margin, "--margin"),
                                         confLevel: try ArgumentValues.number(confLevel, "--conf-level")))
    }
}
