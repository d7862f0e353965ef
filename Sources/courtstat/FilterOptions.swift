import ArgumentParser
import CourtstatData

/// DESIGN.md's filters, shared by the commands that read case data: `--article`, `--part`,
/// `--status`, `--court`, `--from`, `--to`, `--date`, and the column mapping `--map`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep only these articles, comma-separated (e.g. 337 or 337,338).")
    var article: String?

    @Option(help: "Keep only these parts of the article, comma-separated (e.g. 2.1,5).")
    var part: String?

    @Option(help: "Keep only these defendant statuses, comma-separated: mobilized, contract, conscript, volunteer, unknown.")
    var status: String?

    @Option(help: "Keep only this court (its exact name; repeat the option for several).")
    var court: [String] = []

    @Option(help: "First day kept, YYYY-MM-DD (inclusive); the series starts with the period holding it.")
    var from: String?

    @Option(help: "Last day kept, YYYY-MM-DD (inclusive); the series ends with the period holding it.")
    var to: String?

    @Option(help: "Which date places a case in time: received or decision (cases without a decision date are then left out).")
    var date: String = "received"

    @Option(help: "Read schema columns from your own column names: NEW=OLD pairs, comma-separated (e.g. defendant_status=category,received_date=date_in).")
    var map: String?

    @OptionGroup var scrape: ProfileOptions

    /// The first filter option given on the command line, in the order of `--help` (nil when none):
    /// for commands where no filter applies.
    var firstGivenOption: String? {
        let given: [(String, Bool)] = [("--article", article != nil), ("--part", part != nil), ("--status", status != nil),
                                       ("--court", !court.isEmpty), ("--from", from != nil), ("--to", to != nil),
                                       ("--date", date != "received"), ("--map", map != nil)]
        return given.first(where: \.1)?.0
    }

    func validate() throws {
        _ = try filter()
        if scrape.profile != nil { try scrape.checkArguments(map: map) } else { _ = try mapping() }
    }

    /// The column mapping of `--map` (for a case file; with `--profile` it goes to the import).
    func mapping() throws -> ColumnMapping {
        guard let map, scrape.profile == nil else { return ColumnMapping() }
        return try FlagNames.flagged { try ColumnMapping(parsing: map) }
    }

    /// The case data of `file`: the file itself, or with `--profile` the scrape imported as it is
    /// read (its summary on stderr). Keep the result alive while reading: it owns the import.
    func cases(_ file: String) throws -> CaseInput {
        try scrape.cases(file, map: map, plainMapping: mapping())
    }

    /// The filter the options describe; a bad value is a usage error naming its option.
    func filter() throws -> CaseFilter {
        var f = CaseFilter()
        f.articles = try list(article, "--article", expected: "article numbers like 337 or 352.1, comma-separated")
        f.parts = try list(part, "--part", expected: "part numbers like 1 or 2.1, comma-separated")
        f.statuses = try list(status, "--status", expected: "statuses among " + DefendantStatus.allCases.map(\.rawValue).joined(separator: ", ")).map {
            guard let s = DefendantStatus(rawValue: $0) else {
                throw CLIError.usage("--status", expected: "statuses among " + DefendantStatus.allCases.map(\.rawValue).joined(separator: ", "), got: status ?? "")
            }
            return s
        }
        f.courts = court
        f.from = try from.map { try Self.date($0, "--from") }
        f.to = try to.map { try Self.date($0, "--to") }
        if let a = f.from, let b = f.to, b < a { throw CLIError.usage("--to", expected: "a date on or after --from \(a)", got: to ?? "") }
        guard let field = CaseFilter.DateField(rawValue: date) else {
            throw CLIError.usage("--date", expected: "received or decision", got: date)
        }
        f.date = field
        return f
    }

    private func list(_ text: String?, _ option: String, expected: String) throws -> [String] {
        guard let text else { return [] }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard !items.contains(where: \.isEmpty) else { throw CLIError.usage(option, expected: expected, got: text) }
        return items
    }

    /// A date given on the command line.
    static func date(_ text: String, _ option: String) throws -> CivilDate {
        switch CivilDate.parse(text) {
        case .success(let d): return d
        case .failure(let p): throw CLIError.usage(option, expected: p.expected, got: text)
        }
    }
}

/// Where a command's case data come from (`FilterOptions.cases`).
struct CaseInput {
    let source: InputSource
    let mapping: ColumnMapping
    /// The import behind `source` with `--profile` (its temporary file lives as long as this).
    let imported: ImportedCases?
}
