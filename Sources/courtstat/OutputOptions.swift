import ArgumentParser
import CourtstatExport
import CourtstatInference
import Foundation

/// `--format` and `--digits`, shared by every command.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv or json. Default: table on a terminal, csv otherwise.")
    var format: OutputFormat?

    @Option(help: "Significant digits for numbers in csv and json (1-17; default 17, full precision).")
    var digits: Int?

    func validate() throws {
        if let digits, !(1...17).contains(digits) {
            throw CLIError.usage("--digits", expected: "a whole number from 1 to 17", got: "\(digits)")
        }
    }

    var resolvedFormat: OutputFormat {
        format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
    }

    /// The number format of csv and json: `--digits` significant digits (17 by default).
    var numberFormat: NumberFormat { NumberFormat(significantDigits: digits ?? 17) }

    /// The number format of a table: `--digits`, or the table's own default.
    var tableFormat: NumberFormat { digits.map { NumberFormat(significantDigits: $0) } ?? .table }

    /// Prints the result set in the chosen format on standard output.
    func emit(_ set: ResultSet) {
        let text: String
        switch resolvedFormat {
        case .json: text = JSONWriter(format: numberFormat).render(set)
        case .csv: text = CSVWriter(format: numberFormat).render(set.allRows)
        case .table: text = TableWriter(format: tableFormat).render(set.allRows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints a test's rows, and R's warnings among their notes on standard error (the other
    /// notes are in the rows' `notes` column only).
    func emit(_ main: TestResult, related: [TestResult] = []) {
        Diagnostics.warn(([main] + related).flatMap(\.warnings))
        emit(ColumnGlossary.resultSet(main, related: related))
    }
}
