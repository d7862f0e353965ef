import ArgumentParser
import CourtstatInference

struct TestFisher: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fisher",
        abstract: "Fisher's exact test for a 2x2 table, conditional MLE odds ratio and exact interval (R: fisher.test).",
        discussion: "The table is given by rows: --table a,b,c,d is the table with rows (a, b) and (c, d).")
    @Option(parsing: .unconditional, help: "The four cells a,b,c,d (rows (a,b) and (c,d)).") var table: Counts
    @OptionGroup var test: TestOptions
    @OptionGroup var exact: ExactMethodOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let cells = try table.value("--table")
        guard cells.count == 4 else {
            throw CLIError.usage("--table", expected: "4 counts a,b,c,d", got: table.text)
        }
        output.emit(try fisherTest(a: cells[0], b: cells[1], c: cells[2], d: cells[3],
                                   alternative: test.alternative, confLevel: try test.level,
                                   tsmethod: exact.tsmethod, midp: exact.midp))
    }
}

struct TestChisq: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chisq",
        abstract: "Pearson's chi-square test of independence, or of equal probabilities for one row or one column (R: chisq.test).")
    @Option(parsing: .unconditional, help: "Rows separated by ';', cells by ',' (\"a,b,c;d,e,f\").") var table: CountGrid
    @Option(help: "Yates' continuity correction for a 2x2 table: true or false.") var correct: BooleanArgument = .true
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.emit(try chiSquareTest(table: try table.value("--table"), correct: correct.value))
    }
}
