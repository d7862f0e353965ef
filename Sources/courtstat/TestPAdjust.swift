import ArgumentParser
import CourtstatExport
import CourtstatInference

extension PAdjustMethod: ExpressibleByArgument {}

struct TestPAdjust: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "p-adjust",
        abstract: "Adjust p-values for multiple testing (R: p.adjust): holm, BH or bonferroni.")
    @Option(parsing: .unconditional, help: "P-values, comma-separated.") var p: String
    @Option(help: "holm (default), BH or bonferroni.") var method: PAdjustMethod = .holm
    @OptionGroup var output: OutputOptions

    func run() throws {
        let values = try ArgumentValues.numbers(p, "--p")
        let adjusted = try adjustPValues(values, method: method)
        let rows = zip(values, adjusted).enumerated().map { i, pair in
            TidyRow([("term", .text("p\(i + 1)")), ("p_value", .number(pair.0)), ("p_adjusted", .number(pair.1)),
                     ("method", .text(method.rawValue))])
        }
        if output.resolvedFormat == .json {
            output.emit(ResultSet(main: TidyRow([("method", .text(method.rawValue)), ("n", .integer(values.count))]), rows: rows))
        } else {
            output.emit(ResultSet(main: nil, rows: rows))
        }
    }
}

extension BootstrapStatistic: ExpressibleByArgument {}

struct TestBootstrap: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bootstrap",
        abstract: "Bootstrap percentile and BCa intervals for a mean or median, or a difference of two (seeded).")
    @Option(parsing: .unconditional, help: "First sample, comma-separated.") var a: String
    @Option(parsing: .unconditional, help: "Second sample: the interval is then for statistic(a) - statistic(b).") var b: String?
    @Option(help: "mean or median.") var statistic: BootstrapStatistic = .mean
    @Option(parsing: .unconditional, help: "Number of bootstrap replicates.") var replicates: String = "9999"
    @Option(parsing: .unconditional, help: "Seed of the random generator (GSL MT19937).") var seed: String = "1"
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level.") var confLevel: String = "0.95"
    @OptionGroup var output: OutputOptions

    func run() throws {
        let rows = try bootstrapIntervals(a: try ArgumentValues.numbers(a, "--a"), b: try b.map { try ArgumentValues.numbers($0, "--b") },
                                          statistic: statistic, replicates: try ArgumentValues.count(replicates, "--replicates"),
                                          seed: UInt64(try ArgumentValues.count(seed, "--seed")),
                                          confLevel: try ArgumentValues.number(confLevel, "--conf-level"))
        output.emit(rows[0], related: Array(rows.dropFirst()))
    }
}
