import ArgumentParser
import CourtstatExport
import CourtstatInference

extension PAdjustMethod: ExpressibleByArgument {}

struct TestPAdjust: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "p-adjust",
        abstract: "Adjust p-values for multiple testing (R: p.adjust): holm, BH or bonferroni.")
    @Option(parsing: .unconditional, help: "P-values, comma-separated.") var p: Numbers
    @Option(help: "holm (default), BH or bonferroni.") var method: PAdjustMethod = .holm
    @OptionGroup var output: OutputOptions

    func run() throws {
        let values = try p.value("--p")
        let adjusted = try adjustPValues(values, method: method)
        output.emit(PValueGlossary.resultSet(pValues: values, adjusted: adjusted, method: method,
                                             summary: output.resolvedFormat == .json))
    }
}

extension BootstrapStatistic: ExpressibleByArgument {}

struct TestBootstrap: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bootstrap",
        abstract: "Bootstrap percentile and BCa intervals for a mean or median, or a difference of two (seeded).")
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: Numbers
    @Option(parsing: .unconditional, help: "Second sample: the interval is then for statistic(a) - statistic(b).") var b: Numbers?
    @Option(help: "mean or median.") var statistic: BootstrapStatistic = .mean
    @Option(parsing: .unconditional, help: "Number of bootstrap replicates.") var replicates = Count(argument: "9999")
    @Option(parsing: .unconditional, help: "Seed of the random generator (GSL MT19937).") var seed = Count(argument: "1")
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level.") var confLevel = Number(argument: "0.95")
    @OptionGroup var output: OutputOptions

    func run() throws {
        let rows = try bootstrapIntervals(a: try a.value("--a"), b: try b?.value("--b"), statistic: statistic,
                                          replicates: try replicates.value("--replicates"), seed: UInt64(try seed.value("--seed")),
                                          confLevel: try confLevel.value("--conf-level"))
        output.emit(rows[0], related: Array(rows.dropFirst()))
    }
}
