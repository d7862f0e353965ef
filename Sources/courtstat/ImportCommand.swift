import ArgumentParser
import CourtstatData
import Foundation

/// `courtstat import FILE|- --profile sudrf|PROFILE.toml …`: a scrape of court case cards into the
/// case schema (DESIGN.md, "Real data in: import profiles").
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a scrape of court case cards (Russian headers, ';', Windows-1251, dd.mm.yyyy, 'ст.337 ч.5') into the case schema.",
        discussion: """
        Every input row goes to the output or to the rejects file (line, column, value, reason); \
        stderr ends with a summary: rows read, written, rejected by reason, words mapped to unknown. \
        Output columns: the case schema, then articles (every article, 'ARTICLE.PART', ';'-joined), \
        court_id (from the official list of garrison military courts), result (the card's result as \
        found), source_line (the row's line in the input; the header is line 1), then the input's \
        other columns. Exit 0 when done (rejects included), 65 with --strict at the first problem or \
        when no row imports. Profiles: 'sudrf' is built in (datasets/profiles/sudrf.toml); copy it to \
        make your own.
        """)

    @Argument(help: "The scrape (CSV, ';' or tab separated), or - for standard input.")
    var file: String

    @OptionGroup var source: ProfileOptions

    @Option(help: "Read schema columns from these header names, over the profile's choice: NEW=OLD pairs, comma-separated (e.g. received_date=adm_date).")
    var map: String?

    @Option(help: "Write the cases here (default: standard output).")
    var out: String?

    @Option(help: "Write the rejected rows here as CSV: line, column, value, reason (default: the first 10 on stderr).")
    var rejects: String?

    @Flag(help: "Stop at the first problem (a rejected row or a word mapped to unknown) with status 65.")
    var strict = false

    func validate() throws {
        if source.profile == nil { throw CLIError.usage("--profile", expected: "sudrf or a profile file (.toml)", got: "nothing") }
        try source.checkArguments(map: map)
    }

    func run() throws {
        let options = try source.importOptions(strict: strict, map: map)!
        let importer = try ScrapeImporter(source: InputSource(path: file), options: options)
        let output = try AtomicFileWriter(path: out ?? "-")
        let rejectWriter = try rejects.map { try AtomicFileWriter(path: $0) }
        var shown = 0
        let summary = try importer.run(output: output, rejects: rejectWriter) { r in
            guard rejectWriter == nil else { return }
            shown += 1
            if shown <= 10 {
                let column = r.column.isEmpty ? "" : "\(r.column): "
                Courtstat.report("\(importer.reader.fileName):\(r.line): rejected: \(column)\(r.reason)" + (r.value.isEmpty ? "" : " (found '\(r.value)')"))
            }
        }
        guard summary.written > 0 else {
            output.abandon(); rejectWriter?.abandon()
            for line in summary.lines { Courtstat.report("import: " + line) }
            throw DataError.bad(file: importer.reader.fileName, line: 2, column: 1, name: nil, expected: "at least one row that imports",
                                found: summary.read == 0 ? "no rows after the header" : "none of \(summary.read)")
        }
        try rejectWriter?.commit()
        try output.commit()
        if shown > 10 { Courtstat.report("import: … \(shown - 10) more rejected rows (write them all with --rejects FILE)") }
        for line in summary.lines { Courtstat.report("import: " + line) }
    }
}

/// `--profile`, `--encoding`, `--delimiter` and `--map` for reading a scrape: used by `import`
/// and, with `--profile`, by every command that reads case data.
struct ProfileOptions: ParsableArguments {
    @Option(help: "Read the file as a scrape with this import profile: sudrf (built in) or a profile file (.toml).")
    var profile: String?

    @Option(help: "The scrape's encoding: auto, utf-8 or cp1251 (Windows-1251).")
    var encoding: String = "auto"

    @Option(help: "The scrape's separator: auto, ',', ';' or tab.")
    var delimiter: String = "auto"

    /// The case data of `file`: the file itself (read with `plainMapping`), or with `--profile`
    /// the scrape imported as it is read (its summary on stderr), `map` applying to the import.
    func cases(_ file: String, map: String?, plainMapping: ColumnMapping) throws -> CaseInput {
        if let options = try importOptions(map: map) {
            let imported = try ImportedCases(InputSource(path: file), options: options)
            for line in imported.summary.lines { Courtstat.report("import: " + line) }
            return CaseInput(source: imported.source, mapping: ColumnMapping(), imported: imported)
        }
        return CaseInput(source: InputSource(path: file), mapping: plainMapping, imported: nil)
    }

    /// Checks the arguments without reading the profile file (whose problems are data errors, 65
    /// or 66, reported when the command runs).
    func checkArguments(map: String?) throws {
        var o = ImportOptions(profile: ImportProfile.builtIn("sudrf")!)
        try configure(&o, strict: false, map: map)
    }

    /// The import options, or nil without `--profile`; `map` is the `--map` text.
    func importOptions(strict: Bool = false, map: String? = nil) throws -> ImportOptions? {
        guard let profile else { return nil }
        var o = ImportOptions(profile: try ImportProfile.load(profile))
        try configure(&o, strict: strict, map: map)
        return o
    }

    private func configure(_ o: inout ImportOptions, strict: Bool, map: String?) throws {
        switch encoding {
        case "auto": o.encoding = nil
        case "utf-8", "utf8", "UTF-8": o.encoding = .utf8
        case "cp1251", "windows-1251", "CP1251": o.encoding = .cp1251
        default: throw CLIError.usage("--encoding", expected: "auto, utf-8 or cp1251", got: encoding)
        }
        switch delimiter {
        case "auto": o.delimiter = nil
        case ",": o.delimiter = 0x2C
        case ";": o.delimiter = 0x3B
        case "tab", "\t", "\\t": o.delimiter = 0x09
        default: throw CLIError.usage("--delimiter", expected: "auto, ',', ';' or tab", got: delimiter)
        }
        o.strict = strict
        if let map { o.mapping = try FlagNames.flagged { try ImportOptions.mapping(parsing: map) } }
    }
}
