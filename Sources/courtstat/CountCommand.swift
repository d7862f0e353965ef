import ArgumentParser
import CourtstatData
import CourtstatExport
import Foundation

/// `courtstat count FILE --by week|month|quarter|half|year [--split COL] [filters]`: cases per
/// period, every period of the span present (empty ones as 0). Rows: `period, period_start,
/// period_end, days, [split column], n`; JSON prints `{"rows": [...]}`. `--gnuplot FILE` also
/// writes a gnuplot data file (one dataset per split group).
struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count cases per week, month, quarter, half or year (empty periods as 0).",
        discussion: """
        The span runs from the period holding the earliest date to the period holding the latest \
        among the cases that pass the filters (or --from/--to). Every row is checked as it is read; \
        the first problem stops the count with its file:line:column (exit 65). Duplicate case ids \
        are checked by 'courtstat validate'. JSON: {"rows": [{period, period_start, period_end, \
        days, [split column], n}, ...]}.
        """)

    @Argument(help: "The case file (CSV), or - for standard input.")
    var file: String

    @Option(help: "Period: week (ISO 8601, Monday to Sunday), month, quarter, half or year.")
    var by: String

    @Option(help: "Split the counts by a column: defendant_status (or status), article, sentence_type, court, region or part.")
    var split: String?

    @OptionGroup var filters: FilterOptions

    @Option(help: "Also write the counts to this gnuplot data file (.dat), one dataset per split group.")
    var gnuplot: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try unit()
        _ = try splitColumn()
    }

    func unit() throws -> PeriodUnit {
        guard let u = PeriodUnit(rawValue: by) else {
            throw CLIError.usage("--by", expected: "week, month, quarter, half or year", got: by)
        }
        return u
    }

    func splitColumn() throws -> CaseColumn? {
        guard let split else { return nil }
        guard let c = CaseColumn(argument: split), CaseColumn.splittable.contains(c) else {
            throw CLIError.usage("--split", expected: "defendant_status (or status), article, sentence_type, court, region or part", got: split)
        }
        return c
    }

    func run() throws {
        let input = try filters.cases(file)
        defer { withExtendedLifetime(input) {} }   // with --profile it owns the imported cases, which a count in parts reopens
        let reader = try CaseReader(source: input.source, mapping: input.mapping)
        let table = try CaseCounter.count(reader, by: unit(), split: splitColumn(), filter: filters.filter())
        Diagnostics.note(table.notes)
        if let gnuplot {
            let writer = try AtomicFileWriter(path: gnuplot)
            try writer.write(CountExport.gnuplot(table, file: reader.csv.fileName, date: filters.filter().date))
            try writer.commit()
        }
        let rows = CountExport.rows(table)
        let text: String
        switch output.resolvedFormat {
        case .json: text = JSONWriter(format: output.numberFormat).render(ResultSet(main: nil, rows: rows))
        case .csv: text = CSVWriter(format: output.numberFormat).render(rows)
        case .table: text = CountExport.table(rows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
