import ArgumentParser
import CourtstatInference

struct TestPoisson: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "poisson",
        abstract: "Exact Poisson test of a rate, or comparison of two rates (R: poisson.test).",
        discussion: """
        One sample: --x N --t T tests the rate N/T against --r. Two samples: --x N1,N2 --t T1,T2 \
        tests the rate ratio (N1/T1)/(N2/T2) against --r; "doubled" is --r 2. With two samples the \
        Wald interval for the log rate ratio is also reported (rate_ratio_wald).
        """)
    @Option(parsing: .unconditional, help: "Event count(s): one, or two comma-separated.") var x: Counts
    @Option(parsing: .unconditional, help: "Time base(s), one per count (default 1 each).") var t: Numbers?
    @Option(parsing: .unconditional, help: "Rate (one sample) or rate ratio (two samples) under the null.") var r = Number(argument: "1")
    @OptionGroup var test: TestOptions
    @OptionGroup var exact: ExactMethodOptions
    @Option(help: "Two samples: exact-cond (R's poisson.test, the default), cond-midp, score, wald-log, sqrt or etest (statsmodels' test_poisson_2indep).")
    var method: RateRatioMethod?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try x.value("--x")
        let t = try t?.value("--t") ?? Array(repeating: 1, count: x.count)
        let r = try r.value("--r"), level = try test.level
        let main: TestResult
        if let method, method != .exactCond {
            guard x.count == 2 else { throw CLIError.usage("--method", expected: "two counts (--x N1,N2); the methods compare two rates", got: method.rawValue) }
            guard exact.tsmethod == nil, !exact.midp else {
                throw CLIError.usage("--tsmethod/--midp", expected: "no --tsmethod or --midp with --method \(method.rawValue) (they refine exact-cond; cond-midp is the mid-p test)", got: exact.tsmethod?.rawValue ?? "--midp")
            }
            main = try rateRatioTest(x: x, t: t, r: r, alternative: test.alternative, confLevel: level, method: method)
        } else {
            main = try poissonTest(x: x, t: t, r: r, alternative: test.alternative, confLevel: level,
                                   tsmethod: exact.tsmethod, midp: exact.midp)
        }
        let related = x.count == 2 ? [try poissonRatioWald(x: x, t: t, r: r, confLevel: level)] : []
        output.emit(main.named("poisson_test"), related: related)
    }
}
