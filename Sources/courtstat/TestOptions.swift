import ArgumentParser
import CourtstatInference

/// `--alternative` and `--conf-level`, shared by the tests.
struct TestOptions: ParsableArguments {
    @Option(help: "Alternative hypothesis: two-sided, less or greater.")
    var alternative: Alternative = .twoSided

    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level of the interval, in (0, 1).")
    var confLevel = ConfidenceLevel(argument: "0.95")

    /// The confidence level, checked when it was parsed.
    var level: Double { get throws { try confLevel.value("--conf-level") } }
}
