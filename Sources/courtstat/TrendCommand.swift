import ArgumentParser
import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import Foundation

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Trend of case counts per week or month: Poisson and negative-binomial fits, growth, doubling time, a break.",
        discussion: """
        The models are log-linear with log(days) as offset (rates per day). With a break (default: the \
        period holding 2022-09-21, the mobilisation decree) the terms are intercept, time, level_change \
        and slope_change. The over-dispersion test (negative binomial against Poisson) chooses the model \
        whose fit, band and derived quantities are reported. JSON prints everything; csv and table print \
        one table, chosen by --table.
        """)
    @Argument(help: "The case file (CSV), or - for standard input.") var file: String
    @Option(help: "Period: week or month.") var by: String = "week"
    @Option(name: .customLong("break"), help: "Break date YYYY-MM-DD, or 'estimate' (profile likelihood).") var breakOption: String?
    @Flag(name: .customLong("no-break"), help: "Fit a single log-linear trend.") var noBreak = false
    @Option(help: "For csv/table output: series, models or derived.") var table: String = "series"
    @Option(help: "Also write NAME.dat and NAME.gp (gnuplot) for the chart, e.g. out/trend.") var gnuplot: String?
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level.") var confLevel: String = "0.95"
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard by == "week" || by == "month" else { throw CLIError.usage("--by", expected: "week or month", got: by) }
        guard ["series", "models", "derived"].contains(table) else { throw CLIError.usage("--table", expected: "series, models or derived", got: table) }
        if noBreak && breakOption != nil { throw CLIError(status: .usage, message: "--no-break: cannot be combined with --break") }
        _ = try breakChoice()
    }

    func breakChoice() throws -> TrendBreak {
        if noBreak { return .none }
        guard let breakOption else { return .mobilisation }
        if breakOption == "estimate" { return .estimate }
        return .date(try FilterOptions.date(breakOption, "--break"), explicit: true)
    }

    func run() throws {
        let level = try ArgumentValues.number(confLevel, "--conf-level")
        guard level > 0, level < 1 else { throw CLIError.usage("--conf-level", expected: "a number strictly between 0 and 1", got: confLevel) }
        let input = try filters.cases(file)
        let reader = try CaseReader(source: input.source, mapping: input.mapping)
        let counts = try CaseCounter.count(reader, by: by == "week" ? .week : .month, filter: filters.filter())
        for note in counts.notes { FileHandle.standardError.write(Data("courtstat: note: \(note)\n".utf8)) }
        let result = try TrendAnalysis.analyze(periods: counts.periods, counts: counts.totals, exposureDays: counts.coveredDays,
                                               breakChoice: try breakChoice(),
                                               confLevel: level)
        for note in result.notes { FileHandle.standardError.write(Data("courtstat: note: \(note)\n".utf8)) }
        if let gnuplot { try writeChart(result, base: gnuplot) }
        let number = NumberFormat(significantDigits: output.digits ?? 17)
        let rows = table == "series" ? TrendExport.seriesRows(result)
            : table == "models" ? TrendExport.modelRows(result) : TrendExport.derivedRows(result)
        let text: String
        switch output.resolvedFormat {
        case .json: text = TrendExport.json(result, periods: counts.periods, writer: JSONWriter(format: number))
        case .csv: text = CSVWriter(format: number).render(rows)
        case .table: text = TableWriter(format: output.digits.map { NumberFormat(significantDigits: $0) } ?? .table).render(rows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeChart(_ result: TrendResult, base: String) throws {
        let name = URL(fileURLWithPath: base).lastPathComponent
        let summary = try filters.filter().summary
        let (data, script) = TrendExport.chart(result, name: name, title: "Cases per \(by) (\(summary.isEmpty ? "all cases" : summary))")
        let dat = try AtomicFileWriter(path: base + ".dat")
        try dat.write(data.render())
        try dat.commit()
        let gp = try AtomicFileWriter(path: base + ".gp")
        try gp.write(try script.render(for: data))
        try gp.commit()
    }
}
