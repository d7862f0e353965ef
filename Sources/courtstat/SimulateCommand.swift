import ArgumentParser
import CourtstatData
import CourtstatExport
import CourtstatSimulation

/// `courtstat simulate --params FILE --seed N --out FILE`: synthetic case-level data from stated
/// parameters (datasets/README.md documents the JSON format). The same parameters and seed give
/// a byte-identical file; the file is written under a temporary name and renamed.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write synthetic case-level data from stated parameters (same seed, same bytes).",
        discussion: """
        The parameters (JSON) give a weekly rate curve per article, the status mix over time, \
        sentencing by status and period, term distributions, decision delays and a court list; \
        see datasets/README.md. The output is NOT real court records: its case ids start with the \
        parameters' prefix (SYN- in the shipped file). Exit 65 for bad parameters, 66 for a missing \
        parameters file, 73 when the output cannot be written (nothing is left behind).
        """)

    @Option(help: "The parameters file (JSON).")
    var params: String

    @Option(help: "Seed of the random generator (GSL's MT19937), a whole number ≥ 0.")
    var seed: Seed

    @Option(help: "The CSV file to write, or - for standard output.")
    var out: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try seed.value("--seed")
    }

    func run() throws {
        let parameters = try SimulationParameters.load(path: params)
        let summary = try Simulator.run(parameters, parametersFile: params, seed: try seed.value("--seed"), out: out)
        guard out != "-" else { return }
        output.emit(ResultSet(main: TidyRow([
            ("file", .text(summary.path)), ("rows", .integer(summary.rows)), ("seed", .text(seed.text)),
            ("first_received", .text(summary.first?.description)), ("last_received", .text(summary.last?.description)),
        ])))
    }
}
