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

    @Option(name: .customLong("max-problems"), help: "How many problems to print before the total (default 50).")
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
        let reader = try CaseReader(source: InputSource(path: file), mapping: mapping, checkDuplicates: true)
        let problems = ProblemPrinter(limit: maxProblems)
        var first: CivilDate?, last: CivilDate?
        var decided = 0
        while true {
            do {
                guard try reader.nextRow() else { break }
                for problem in reader.rowProblems { problems.note(problem) }
                if reader.rowProblems.isEmpty {
                    let c = reader.current
                    if first.map({ c.received < $0 }) ?? true { first = c.received }
                    if last.map({ c.received > $0 }) ?? true { last = c.received }
                    if c.decision != nil { decided += 1 }
                }
            } catch {
                guard error.kind == .data else { throw error }
                problems.note(error)
                if reader.csv.isStopped { break }
            }
        }
        problems.flush()
        if problems.total > 0 { throw DataError.invalidFile(file: reader.csv.fileName, count: problems.total, shown: problems.shown) }
        let missing = CaseColumn.allCases.filter { reader.positions[$0] == nil }.map(\.name)
        output.emit(ResultSet(main: TidyRow([
            ("file", .text(reader.csv.fileName)), ("valid", .text("true")), ("rows", .integer(reader.rowCount)),
            ("first_received", .text(first?.description)), ("last_received", .text(last?.description)),
            ("with_decision", .integer(decided)), ("absent_columns", .list(missing)), ("extra_columns", .list(reader.extraColumns)),
        ])))
    }

}

/// Prints problems on standard error, the first `limit` of them, and counts them all.
final class ProblemPrinter {
    let limit: Int
    private(set) var total = 0, shown = 0
    private var text = ""

    init(limit: Int) { self.limit = limit }

    func note(_ problem: DataError) {
        total += 1
        guard shown < limit else { return }
        shown += 1
        text += "courtstat: \(problem)\n"
        if text.utf8.count > 1 << 16 { flush() }
    }

    func flush() {
        FileHandle.standardError.write(Data(text.utf8))
        text = ""
    }
}
