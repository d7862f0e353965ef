import ArgumentParser
import CourtstatInference

// --conf-level here is 1 − α of each one-sided test; the inference layer checks its range (so the
// message shows the parsed number, as it always has), hence a `Number` rather than a
// `ConfidenceLevel`, whose message quotes the text.

struct TestTostProp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tost-prop",
        abstract: "Equivalence of two proportions within ±margin (two one-sided Wald z tests).",
        discussion: "The interval is the 1 - 2*alpha interval, alpha = 1 - --conf-level; p_value is the larger one-sided p.")
    @Option(parsing: .unconditional, help: "Successes in the two groups, x1,x2.") var x: Counts
    @Option(parsing: .unconditional, help: "Trials in the two groups, n1,n2.") var n: Counts
    @Option(parsing: .unconditional, help: "Equivalence margin for p1 - p2 (absolute, e.g. 0.05).") var margin: Number
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "1 - alpha of each one-sided test.") var confLevel = Number(argument: "0.95")
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try x.value("--x"), n = try n.value("--n")
        guard x.count == 2 else { throw CLIError.usage("--x", expected: "two counts x1,x2", got: self.x.text) }
        guard n.count == 2 else { throw CLIError.usage("--n", expected: "two trial counts n1,n2", got: self.n.text) }
        output.emit(try equivalenceProportions(x1: x[0], n1: n[0], x2: x[1], n2: n[1], margin: try margin.value("--margin"),
                                               confLevel: try confLevel.value("--conf-level")))
    }
}

struct TestTostRate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tost-rate",
        abstract: "Equivalence of two rates: is the rate ratio within [1 - margin, 1 + margin]? (exact, via poisson.test).",
        discussion: "The interval is the exact 1 - 2*alpha interval, alpha = 1 - --conf-level; p_value is the larger one-sided p.")
    @Option(parsing: .unconditional, help: "Event counts x1,x2.") var x: Counts
    @Option(parsing: .unconditional, help: "Time bases t1,t2.") var t = Numbers(argument: "1,1")
    @Option(parsing: .unconditional, help: "Relative margin (0.15 = within 15%).") var margin = Number(argument: "0.15")
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "1 - alpha of each one-sided test.") var confLevel = Number(argument: "0.95")
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try x.value("--x"), t = try t.value("--t")
        guard x.count == 2 else { throw CLIError.usage("--x", expected: "two counts x1,x2", got: self.x.text) }
        guard t.count == 2 else { throw CLIError.usage("--t", expected: "two time bases t1,t2", got: self.t.text) }
        output.emit(try equivalenceRates(x1: x[0], t1: t[0], x2: x[1], t2: t[1], margin: try margin.value("--margin"),
                                         confLevel: try confLevel.value("--conf-level")))
    }
}
