#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an import profile says about a scrape (DESIGN.md, "Real data in: import profiles"): which
/// header names hold each column, which cells mean "missing", the date formats, the dictionaries
/// of status and punishment words, how to read the case card's result and the sentence text, and
/// the article parser's settings. Written as TOML; `sudrf` is built in (datasets/profiles/sudrf.toml).
public struct ImportProfile: Sendable {
    /// The columns a profile can find in a scrape.
    public enum Field: String, CaseIterable, Sendable {
        case caseID = "case_id", caseNumber = "case_number", court, region, article
        case receivedDate = "received_date", decisionDate = "decision_date", result
        case defendantStatus = "defendant_status", sentenceType = "sentence_type"
        case sentenceMonths = "sentence_months", sourceURL = "source_url", sentenceText = "sentence_text"
    }

    /// How a case card's result reads as an outcome.
    public enum ResultOutcome: Sendable, Equatable {
        /// The case left this court without an outcome (returned, transferred): no sentence type.
        case none
        case sentence(SentenceType)
    }

    public var name: String
    /// Header names for each field, in order of preference.
    public var columns: [Field: [String]] = [:]
    /// Folded cells that mean "no value".
    public var missing: Set<String> = []
    public var dateFormats: [ScrapeDateFormat] = []
    /// Folded words → status / sentence type.
    public var statusWords: [String: DefendantStatus] = [:]
    public var sentenceWords: [String: SentenceType] = [:]
    /// Folded fragments of the result text, tried in order.
    public var resultRules: [(fragment: String, outcome: ResultOutcome)] = []
    /// Folded phrases of sentence texts, tried in order.
    public var textSentenceRules: [(phrase: String, type: SentenceType)] = []
    public var textStatusRules: [(phrase: String, status: DefendantStatus)] = []
    public var principalFrom = "331", principalTo = "352.1"
    public var qualifiers: Set<String> = ["30", "33"]
    public var yearWords: Set<String> = ["год", "года", "лет", "г"]
    public var monthWords: Set<String> = ["месяц", "месяца", "месяцев", "мес", "м"]
    public var termMarkers: [String] = ["на срок", "сроком на", "сроком"]

    /// The built-in profile `sudrf`.
    public static func builtIn(_ name: String) -> ImportProfile? {
        guard name == "sudrf" else { return nil }
        // The built-in text is tested to parse; a failure here is a bug in the shipped profile.
        return try? ImportProfile(toml: BuiltInProfiles.sudrf, file: "sudrf (built in)")
    }

    /// The built-in profile of that name, or the profile file at that path.
    public static func load(_ nameOrPath: String) throws(DataError) -> ImportProfile {
        if let p = builtIn(nameOrPath) { return p }
        let text = try readTextFile(InputSource(path: nameOrPath))
        return try ImportProfile(toml: text, file: nameOrPath)
    }

    /// Reads a profile; every error names the file and line.
    public init(toml: String, file: String) throws(DataError) {
        let doc = try TOMLSubset(text: toml, file: file)
        name = file
        func bad(_ e: TOMLEntry, _ expected: String) -> DataError {
            .bad(file: file, line: e.line, column: 1, name: e.key, expected: expected, found: Self.describe(e.value))
        }
        func strings(_ e: TOMLEntry) throws(DataError) -> [String] {
            guard let s = e.value.strings else { throw bad(e, "a string or an array of strings") }
            return s
        }
        func string(_ e: TOMLEntry) throws(DataError) -> String {
            guard case .string(let s) = e.value else { throw bad(e, "a string") }
            return s
        }
        let statuses = DefendantStatus.allCases.map(\.rawValue).joined(separator: ", ")
        let types = SentenceType.allCases.map(\.rawValue).joined(separator: ", ")
        for e in doc.entries {
            switch e.table {
            case []:
                switch e.key {
                case "name": name = try string(e)
                case "missing": missing = Set(try strings(e).map(TextFold.fold))
                case "date_formats":
                    dateFormats = []
                    for f in try strings(e) {
                        guard let format = ScrapeDateFormat(f) else { throw bad(e, "date formats like dd.mm.yyyy or yyyy-mm-dd") }
                        dateFormats.append(format)
                    }
                default: throw bad(e, "a known key (name, missing, date_formats) or a table")
                }
            case ["columns"]:
                guard let field = Field(rawValue: e.key) else {
                    throw .bad(file: file, line: e.line, column: 1, name: nil,
                               expected: "a column among \(Field.allCases.map(\.rawValue).joined(separator: ", "))", found: DataError.quoted(e.key))
                }
                columns[field] = try strings(e)
            case ["articles"]:
                switch e.key {
                case "principal_from": principalFrom = try string(e)
                case "principal_to": principalTo = try string(e)
                case "qualifiers": qualifiers = Set(try strings(e))
                default: throw bad(e, "principal_from, principal_to or qualifiers")
                }
            case ["status"]:
                guard let s = DefendantStatus(rawValue: try string(e)) else { throw bad(e, "a status among \(statuses)") }
                statusWords[TextFold.fold(e.key)] = s
            case ["sentence_type"]:
                guard let t = SentenceType(rawValue: try string(e)) else { throw bad(e, "a sentence type among \(types)") }
                sentenceWords[TextFold.fold(e.key)] = t
            case ["result"]:
                let v = try string(e)
                if v == "none" { resultRules.append((TextFold.fold(e.key), .none)) }
                else if let t = SentenceType(rawValue: v) { resultRules.append((TextFold.fold(e.key), .sentence(t))) }
                else { throw bad(e, "none or a sentence type among \(types)") }
            case ["text", "sentence_type"]:
                guard let t = SentenceType(rawValue: try string(e)) else { throw bad(e, "a sentence type among \(types)") }
                textSentenceRules.append((TextFold.fold(e.key), t))
            case ["text", "status"]:
                guard let s = DefendantStatus(rawValue: try string(e)) else { throw bad(e, "a status among \(statuses)") }
                textStatusRules.append((TextFold.fold(e.key), s))
            case ["terms"]:
                switch e.key {
                case "years": yearWords = Set(try strings(e).map(TextFold.fold))
                case "months": monthWords = Set(try strings(e).map(TextFold.fold))
                case "text_markers": termMarkers = try strings(e).map(TextFold.fold)
                default: throw bad(e, "years, months or text_markers")
                }
            default:
                throw .bad(file: file, line: e.line, column: 1, name: nil,
                           expected: "a table among [columns], [articles], [status], [sentence_type], [result], [text.sentence_type], [text.status], [terms]",
                           found: "[\(e.table.joined(separator: "."))]")
            }
        }
        if dateFormats.isEmpty { dateFormats = [ScrapeDateFormat("dd.mm.yyyy")!, ScrapeDateFormat("yyyy-mm-dd")!] }
        if missing.isEmpty { missing = [""] }
        missing.insert("")
        for required in [Field.article, .receivedDate] where (columns[required] ?? []).isEmpty {
            columns[required] = [required.rawValue]
        }
        if (columns[.caseID] ?? []).isEmpty && (columns[.caseNumber] ?? []).isEmpty { columns[.caseID] = ["case_id"] }
    }

    static func describe(_ v: TOMLValue) -> String {
        switch v {
        case .string(let s): DataError.quoted(s)
        case .number(let d): "the number \(d)"
        case .bool(let b): "\(b)"
        case .array: "an array"
        }
    }
}

/// A small text file read whole (a profile), as UTF-8.
func readTextFile(_ source: InputSource) throws(DataError) -> String {
    let fd = try source.open()
    defer { if fd != 0 { close(fd) } }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 { throw .unreadable(path: source.name, reason: "read failed") }
        if n == 0 { break }
        data.append(contentsOf: chunk[0..<n])
        if data.count > 16 << 20 { throw .unreadable(path: source.name, reason: "larger than 16 MiB, not a profile") }
    }
    guard let text = String(validating: data, as: UTF8.self) else {
        throw .bad(file: source.name, line: 1, column: 1, name: nil, expected: "UTF-8 text", found: "bytes that are not UTF-8")
    }
    return text
}
