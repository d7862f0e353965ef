import ArgumentParser
import CourtstatData
import CourtstatExport
import Foundation

/// `courtstat validate FILE`: checks a case-level CSV against DESIGN.md's case schema and reports
/// every problem as `file:line:column: column: expected …, found …` on standard error (the first
/// `--max-problems`, then the total). Exit 0 with a summary when valid, 65 when not, 66 when the
/// file is missing or unreadable.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a case-level CSV against the case schema and report every problem (file:line:column).",
        discussion: """
        Checks: the header (case_id, article, received_date required; other columns kept and ignored), \
        rows as wide as the header, quoting (RFC 4180), UTF-8, dates that exist (1900-2100), a decision \
        not before receipt, known defendant_status and sentence_type values, article and part numbers, \
        sentence_months above 0 and at most 360 and only for outcomes with a term, unique case_id. \
        Problems go to standard error; exit 0 valid (a summary on standard output), 65 invalid, \
        66 missing or unreadable file.
        """)

    @Argument(help: "The case file (CSV), or - for standard input.")
    var file: String

    @Option(name: .customLong("max-problems"), help: "How many problems to print before the total.")
    var maxProblems: Int = 50

    @Option(help: "Read schema columns from your own column names: NEW=OLD pairs, comma-separated.")
    var map: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard maxProblems >= 0 else { throw CLIError.usage("--max-problems", expected: "a whole number ≥ 0", got: "\(maxProblems)") }
    }

    func run() throws {
        var mapping = ColumnMapping()
        if let map { mapping = try ColumnMapping(parsing: map) }
        let problems = ProblemPrinter(limit: maxProblems)
        let summary = try CaseFileCheck.run(InputSource(path: file), mapping: mapping, problem: problems.note)
        problems.flush()
        if problems.total > 0 { throw DataError.invalidFile(file: summary.file, count: problems.total, shown: problems.shown) }
        output.emit(ResultSet(main: TidyRow([
            ("file", .text(summary.file)), ("valid", .text("true")), ("rows", .integer(summary.rows)),
            ("first_received", .text(summary.firstReceived?.description)), ("last_received", .text(summary.lastReceived?.description)),
            ("with_decision", .integer(summary.withDecision)), ("absent_columns", .list(summary.absentColumns)),
            ("extra_columns", .list(summary.extraColumns)),
        ])))
    }
}
