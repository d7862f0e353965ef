import ArgumentParser
import CourtstatInference

struct TestProp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prop",
        abstract: "Chi-square test of one or more proportions (R: prop.test).",
        discussion: """
        With two groups it also reports each group's Wilson interval (share_a, share_b), the \
        risk difference with Newcombe's hybrid score interval, the risk ratio with a log interval \
        and the odds ratio with Woolf's interval (two-sided, at --conf-level).
        """)
    @Option(parsing: .unconditional, help: "Successes per group, comma-separated (30,45).") var x: Counts
    @Option(parsing: .unconditional, help: "Trials per group, comma-separated (100,110).") var n: Counts
    @Option(parsing: .unconditional, help: "Null proportion(s), one per group (default: 0.5 for one group; equality for several).") var p: Numbers?
    @Option(help: "Yates' continuity correction: true or false.") var correct: BooleanArgument = .true
    @OptionGroup var test: TestOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let x = try x.value("--x"), n = try n.value("--n")
        let level = try test.level
        let main = try proportionTest(x: x, n: n, p: try p?.value("--p"),
                                      alternative: test.alternative, confLevel: level, correct: correct.value)
        let related = x.count == 2 ? try twoGroupEffects(x1: x[0], n1: n[0], x2: x[1], n2: n[1], confLevel: level).rows : []
        output.emit(main.named("prop_test"), related: related)
    }
}
