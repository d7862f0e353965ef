import ArgumentParser
import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import Foundation

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Trend of case counts per week or month: Poisson and negative-binomial fits, growth, doubling time, breaks, diagnostics.",
        discussion: """
        The models are log-linear with log(days) as offset (rates per day), or log of --exposure. With a break \
        (default: the period holding 2022-09-21, the mobilisation decree) the terms are intercept, time, level_change \
        and slope_change; further breaks add level_change_2, slope_change_2, …; --season adds sin_1, cos_1, … or \
        month_02 … month_12. The over-dispersion test (negative binomial against Poisson) chooses the model \
        whose fit, band and derived quantities are reported. Every model carries diagnostics (pearson_gof, \
        deviance_gof, ljung_box). JSON prints everything; csv and table print one table, chosen by --table. \
        --counts FILE reads a tally of counts per period (columns period or period_start, and n) instead of cases.
        """)
    @Argument(help: "The case file (CSV), or - for standard input (omit with --counts).") var file: String?
    @Option(help: "Period: week or month.") var by: String = "week"
    @Option(name: .customLong("break"), help: "Break dates YYYY-MM-DD (comma-separated for several), or 'estimate' (profile likelihood).") var breakOption: String?
    @Option(help: "With --break estimate: search 1 to K breaks and choose their number by BIC.") var breaks: Count?
    @Flag(name: .customLong("no-break"), help: "Fit a single log-linear trend.") var noBreak = false
    @Option(help: "Seasonal terms: none, month or fourier:K.") var season: String = "none"
    @Option(help: "Standard errors: model or hac (Newey-West).") var se: String = "model"
    @Option(name: .customLong("hac-lag"), help: "Newey-West lag (default floor(4 (n/100)^(2/9))).") var hacLag: Count?
    @Option(name: .customLong("complete-through"), help: "Last day the data are complete, YYYY-MM-DD: later periods are reported as incomplete and left out of every fit.") var completeThrough: String?
    @Option(help: "A table of counts per period (columns period or period_start, and n) instead of a case file.") var counts: String?
    @Option(help: "With --counts: the column whose log is the offset instead of log(days).") var exposure: String?
    @Option(help: "For csv/table output: series, models, derived or diagnostics.") var table: String = "series"
    @Option(help: "Also write NAME.dat and NAME.gp (gnuplot) for the chart, e.g. out/trend.") var gnuplot: String?
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level.") var confLevel = ConfidenceLevel(argument: "0.95")
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard by == "week" || by == "month" else { throw CLIError.usage("--by", expected: "week or month", got: by) }
        guard ["series", "models", "derived", "diagnostics"].contains(table) else {
            throw CLIError.usage("--table", expected: "series, models, derived or diagnostics", got: table)
        }
        if noBreak && breakOption != nil { throw CLIError(status: .usage, message: "--no-break: cannot be combined with --break") }
        if breaks != nil && breakOption != "estimate" { throw CLIError(status: .usage, message: "--breaks: applies to --break estimate only") }
        if counts != nil && file != nil { throw CLIError(status: .usage, message: "--counts: give either a case file or --counts FILE, not both") }
        if counts == nil && file == nil { throw CLIError(status: .usage, message: "trend: expected a case file (or - for standard input), or --counts FILE") }
        if exposure != nil && counts == nil { throw CLIError(status: .usage, message: "--exposure: applies to --counts tables only") }
        if counts != nil {
            if let option = filters.firstGivenOption {
                throw CLIError(status: .usage, message: "\(option): the case filters do not apply to a --counts tally (it is counted already)")
            }
        }
        if hacLag != nil && se != "hac" { throw CLIError(status: .usage, message: "--hac-lag: applies to --se hac only") }
        _ = try breakChoice()
        _ = try seasonChoice()
        _ = try standardErrors()
        _ = try completeThrough.map { try FilterOptions.date($0, "--complete-through") }
    }

    func breakChoice() throws -> TrendBreak {
        if noBreak { return .none }
        guard let breakOption else { return .mobilisation }
        if breakOption == "estimate" {
            guard let breaks else { return .estimate }
            let k = try breaks.value("--breaks")
            guard k >= 1 else { throw CLIError.usage("--breaks", expected: "a number of breaks ≥ 1", got: breaks.text) }
            return k == 1 ? .estimate : .estimateUpTo(k)
        }
        let parts = breakOption.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { return .date(try FilterOptions.date(parts[0], "--break"), explicit: true) }
        return .dates(try parts.map { try FilterOptions.date($0, "--break") })
    }

    func seasonChoice() throws -> TrendSeason {
        switch season {
        case "none": return .none
        case "month": return .month
        default:
            guard season.hasPrefix("fourier:"), let k = Int(season.dropFirst("fourier:".count)), k >= 1 else {
                throw CLIError.usage("--season", expected: "none, month or fourier:K with K ≥ 1", got: season)
            }
            let most = by == "week" ? 26 : 5   // 2K < 52.18 weeks or 12 months
            guard k <= most else { throw CLIError.usage("--season", expected: "fourier:K with 1 ≤ K ≤ \(most) per \(by)", got: season) }
            return .fourier(k)
        }
    }

    func standardErrors() throws -> TrendStandardErrors {
        switch se {
        case "model": return .model
        case "hac": return .hac(lag: try hacLag?.value("--hac-lag"))
        default: throw CLIError.usage("--se", expected: "model or hac", got: se)
        }
    }

    func run() throws {
        let level = try confLevel.value("--conf-level")
        let unit: PeriodUnit = by == "week" ? .week : .month
        let periods: [Period], totals: [Int], covered: [Int]?
        var trendExposure: TrendExposure? = nil
        var input: CaseInput?       // with --profile, owns the imported cases while they are read
        defer { withExtendedLifetime(input) {} }
        if let counts {
            let tally = try TallyTable(source: InputSource(path: counts), unit: unit, exposureColumn: exposure)
            periods = tally.periods; totals = tally.counts; covered = nil
            if let exposure, let values = tally.exposure { trendExposure = TrendExposure(name: exposure, values: values) }
        } else {
            input = try filters.cases(file!)
            let reader = try CaseReader(source: input!.source, mapping: input!.mapping)
            let tally = try CaseCounter.count(reader, by: unit, filter: filters.filter())
            Diagnostics.note(tally.notes)
            periods = tally.periods; totals = tally.totals; covered = tally.coveredDays
        }
        let result = try TrendAnalysis.analyze(periods: periods, counts: totals, exposureDays: covered,
                                               breakChoice: try breakChoice(), confLevel: level,
                                               season: try seasonChoice(), standardErrors: try standardErrors(),
                                               completeThrough: try completeThrough.map { try FilterOptions.date($0, "--complete-through") },
                                               exposure: trendExposure)
        Diagnostics.note(result.notes)
        if let gnuplot { try writeChart(result, base: gnuplot) }
        let rows: [TidyRow]
        switch table {
        case "series": rows = TrendExport.seriesRows(result)
        case "models": rows = TrendExport.modelRows(result)
        case "diagnostics": rows = TrendExport.diagnosticRows(result)
        default: rows = TrendExport.derivedRows(result)
        }
        let text: String
        switch output.resolvedFormat {
        case .json: text = TrendExport.json(result, periods: periods, writer: JSONWriter(format: output.numberFormat))
        case .csv: text = CSVWriter(format: output.numberFormat).render(rows)
        case .table: text = TableWriter(format: output.tableFormat).render(rows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeChart(_ result: TrendResult, base: String) throws {
        let name = URL(fileURLWithPath: base).lastPathComponent
        let summary = counts != nil ? "tally \(URL(fileURLWithPath: counts!).lastPathComponent)" : try filters.filter().summary
        let (data, script) = TrendExport.chart(result, name: name, title: "Cases per \(by) (\(summary.isEmpty ? "all cases" : summary))")
        let dat = try AtomicFileWriter(path: base + ".dat")
        try dat.write(data.render())
        try dat.commit()
        let gp = try AtomicFileWriter(path: base + ".gp")
        try gp.write(try script.render(for: data))
        try gp.commit()
    }
}
