/// Turns a scrape of court case cards into the case schema (DESIGN.md, "Real data in: import
/// profiles"), one row at a time: every input row goes to the output or to the rejects, so that
/// rows read = written + rejected. Values are parsed once per distinct cell (courts, articles,
/// dates and words repeat), which keeps a million-row import to a few seconds.
public final class ScrapeImporter {
    /// The columns written before the input's other columns.
    public static let leadingColumns = CaseColumn.allCases.map(\.name) + ["articles", "court_id", "result", "source_line"]

    public let reader: DelimitedReader
    public let options: ImportOptions
    /// The input's header.
    public let header: [String]
    /// The input column of each profile field found.
    public let columnOf: [ImportProfile.Field: Int]
    /// The input columns copied after the leading ones.
    public let otherColumns: [Int]
    public private(set) var summary: ImportSummary

    private let profile: ImportProfile
    private let courts = CourtMatcher.official
    /// The profile's text phrases and term markers as bytes (searched in every sentence text).
    private let textStatusRules: [(phrase: [UInt8], status: DefendantStatus)]
    private let textSentenceRules: [(phrase: [UInt8], type: SentenceType)]
    private let termMarkers: [[UInt8]]
    private var memo = Memos()
    private var line: [UInt8] = []

    /// Opens the input and reads its header. A missing required column (articles, the received
    /// date, a case id or number) is a data error naming it.
    public init(source: InputSource, options: ImportOptions) throws(DataError) {
        self.options = options
        profile = options.profile
        textStatusRules = profile.textStatusRules.map { (Array($0.phrase.utf8), $0.status) }
        textSentenceRules = profile.textSentenceRules.map { (Array($0.phrase.utf8), $0.type) }
        termMarkers = profile.termMarkers.map { Array(($0 + " ").utf8) }
        reader = try DelimitedReader(source: source, encoding: options.encoding, delimiter: options.delimiter)
        guard try reader.next() else {
            throw .bad(file: reader.fileName, line: 1, column: 1, name: nil, expected: "a header row naming the columns", found: "an empty file")
        }
        header = reader.strings.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        let folded = header.map(TextFold.fold)
        var columnOf: [ImportProfile.Field: Int] = [:]
        for field in ImportProfile.Field.allCases {
            if let name = options.mapping[field] {
                guard let i = header.firstIndex(of: name) ?? folded.firstIndex(of: TextFold.fold(name)) else {
                    throw .bad(file: reader.fileName, line: 1, column: 1, name: "header",
                               expected: "a column '\(name)' (mapped to \(field.rawValue))",
                               found: "the columns " + header.map { DataError.quoted($0) }.joined(separator: ", "))
                }
                columnOf[field] = i
                continue
            }
            for candidate in profile.columns[field] ?? [] {
                if let i = folded.firstIndex(of: TextFold.fold(candidate)), !columnOf.values.contains(i) { columnOf[field] = i; break }
            }
        }
        let found = "the columns " + header.map { DataError.quoted($0) }.joined(separator: ", ")
        for field in [ImportProfile.Field.article, .receivedDate] where columnOf[field] == nil {
            let names = (profile.columns[field] ?? []).map { "'\($0)'" }.joined(separator: ", ")
            throw .missingColumn(file: reader.fileName,
                                 expected: "a column for \(field.rawValue) (one of \(names); name yours with \(parameter: "mapping") \(field.rawValue)=COLUMN)",
                                 found: found)
        }
        if columnOf[.caseID] == nil && columnOf[.caseNumber] == nil {
            let ids = (profile.columns[.caseID] ?? []).map { "'\($0)'" }.joined(separator: ", ")
            let numbers = (profile.columns[.caseNumber] ?? []).map { "'\($0)'" }.joined(separator: ", ")
            throw .missingColumn(file: reader.fileName,
                                 expected: "a column for the case id (УИД: \(ids); or the case number: \(numbers); name yours with \(parameter: "mapping") case_id=COLUMN)",
                                 found: found)
        }
        self.columnOf = columnOf
        let consumed = Set(columnOf.filter { $0.key != .sentenceText }.map(\.value))
        otherColumns = header.indices.filter { !consumed.contains($0) }
        summary = ImportSummary(fileName: reader.fileName, encoding: reader.encoding, delimiter: reader.delimiter)
    }

    /// The output's header row.
    public var outputHeader: [String] {
        var names = Self.leadingColumns
        for i in otherColumns {
            var name = header[i]
            while names.contains(name) { name += "_input" }    // an input column named like an output one
            names.append(name)
        }
        return names
    }

    /// Reads every row, writing cases to `output` and rejected rows to `rejects` (when given);
    /// `onReject` sees each rejected row (for messages). Returns the summary. With `strict`, the
    /// first problem is thrown as a data error instead.
    public func run(output: AtomicFileWriter, rejects: AtomicFileWriter?,
                    onReject: (ImportReject) -> Void = { _ in }) throws(DataError) -> ImportSummary {
        try output.write(csvLine(outputHeader))
        if let rejects { try rejects.write("line,column,value,reason\n") }
        while try reader.next() {
            summary.read += 1
            switch normalise() {
            case .row:
                summary.written += 1
                try output.write(line)
            case .reject(let field, let value, let short, let detail):
                let column = field.map { $0 < header.count ? header[$0] : "" } ?? ""
                if options.strict {
                    let (l, c) = field.map { reader.location(ofField: $0) } ?? (reader.line, 1)
                    throw .bad(file: reader.fileName, line: l, column: c, name: column.isEmpty ? nil : column,
                               expected: detail, found: value.isEmpty ? "an empty cell" : DataError.quoted(value))
                }
                summary.reject(short)
                let r = ImportReject(line: reader.line, column: column, value: value, reason: detail)
                onReject(r)
                if let rejects { try rejects.write(csvLine([String(r.line), r.column, r.value, r.reason])) }
            }
        }
        return summary
    }

    enum Outcome { case row, reject(field: Int?, value: String, short: String, detail: String) }

    // MARK: - One row

    private func cell(_ field: ImportProfile.Field) -> Int? { columnOf[field] }

    private func isMissing(_ i: Int) -> Bool {
        reader.withField(i) { b in
            if b.count > 24 { return false }
            return profile.missing.contains(String(decoding: TextFold.fold(b), as: UTF8.self))
        }
    }

    /// The cell's text unless it is missing.
    private func text(_ field: ImportProfile.Field) -> String? {
        guard let i = cell(field), !isMissing(i) else { return nil }
        return reader.string(i)
    }

    private func normalise() -> Outcome {
        if let p = reader.problem {
            return .reject(field: p.field - 1, value: p.field - 1 < reader.fieldCount ? reader.string(p.field - 1) : "",
                           short: "malformed row", detail: p.reason)
        }
        guard reader.fieldCount == header.count else {
            return .reject(field: nil, value: "", short: "wrong number of fields",
                           detail: "the row has \(reader.fieldCount) field\(reader.fieldCount == 1 ? "" : "s"), the header \(header.count)"
                                + (reader.fieldCount > header.count ? " (a separator inside a cell? quote that cell)" : ""))
        }
        // case_id: the УИД where the row has one, else the case number.
        let uid = text(.caseID)
        guard let caseID = (uid ?? text(.caseNumber)).map(Self.clean), !caseID.isEmpty else {
            let at = cell(.caseNumber) ?? cell(.caseID)
            return .reject(field: at, value: at.map { reader.string($0) } ?? "", short: "no case id",
                           detail: "case_id: neither a УИД nor a case number")
        }
        // Dates.
        let ri = cell(.receivedDate)!
        guard !isMissing(ri) else {
            return .reject(field: ri, value: reader.string(ri), short: "no received date", detail: "received_date: a date is required")
        }
        let received: CivilDate
        switch memo.date(reader, ri, profile) {
        case .value(let d): received = d
        case .problem(let why): return .reject(field: ri, value: reader.string(ri), short: "received_date not a date", detail: "received_date: expected \(why)")
        }
        var decision: CivilDate?
        if let di = cell(.decisionDate), !isMissing(di) {
            switch memo.date(reader, di, profile) {
            case .value(let d): decision = d
            case .problem(let why): return .reject(field: di, value: reader.string(di), short: "decision_date not a date", detail: "decision_date: expected \(why)")
            }
            if decision! < received {
                return .reject(field: di, value: reader.string(di), short: "decision before receipt",
                               detail: "decision_date: a date on or after the received date \(received)")
            }
        }
        // Articles.
        let ai = cell(.article)!
        guard !isMissing(ai) else { return .reject(field: ai, value: reader.string(ai), short: "no article", detail: "article: at least one article is required") }
        let articles: ArticleCell
        switch memo.articles(reader, ai, profile) {
        case .value(let a): articles = a
        case .problem(let why): return .reject(field: ai, value: reader.string(ai), short: "article not understood", detail: "article: expected \(why)")
        }
        // Court and region.
        var court = "", region = "", courtID = ""
        let courtCell = cell(.court).flatMap { isMissing($0) ? nil : $0 }
        if let ci = courtCell, let c = memo.court(reader, ci, courts) {
            court = c.name; region = c.region; courtID = c.id
        } else if let uid, let c = courts.match(uid: uid) {
            court = c.name; region = c.region; courtID = c.id
        } else {
            if let ci = courtCell {
                court = Self.clean(reader.string(ci))
                summary.unmatchedCourts += 1
                if summary.unmatchedCourtExamples.count < 3 && !summary.unmatchedCourtExamples.contains(court) { summary.unmatchedCourtExamples.append(court) }
            }
            region = text(.region).map(Self.clean) ?? ""
        }
        // Status, sentence type and term: the hand-coded cells first, then the result and the text.
        let textCell = cell(.sentenceText).flatMap { isMissing($0) ? nil : $0 }
        var foldedText: [UInt8]?
        func sentenceText() -> [UInt8]? {
            if foldedText == nil, let t = textCell { foldedText = reader.withField(t) { TextFold.fold($0) } }
            return foldedText
        }
        // Words mapped to unknown are counted once the row is written (not for rejected rows).
        var unknownWords: [(column: String, word: String)] = []
        var status: DefendantStatus?
        if let si = cell(.defendantStatus), !isMissing(si) {
            if let s = memo.status(reader, si, profile) { status = s } else {
                if options.strict { return .reject(field: si, value: reader.string(si), short: "unknown status", detail: "defendant_status: a status word of the profile") }
                status = .unknown; unknownWords.append(("defendant_status", Self.clean(reader.string(si))))
            }
        } else if let t = sentenceText() {
            status = textStatusRules.first { ByteSearch.find($0.phrase, in: t) != nil }?.status
        }
        var type: SentenceType?
        var typeKnownFromCell = false
        if let pi = cell(.sentenceType), !isMissing(pi) {
            typeKnownFromCell = true
            if let t = memo.sentence(reader, pi, profile) { type = t } else {
                if options.strict { return .reject(field: pi, value: reader.string(pi), short: "unknown sentence type", detail: "sentence_type: a punishment word of the profile") }
                type = .unknown; unknownWords.append(("sentence_type", Self.clean(reader.string(pi))))
            }
        }
        let resultText = text(.result).map(Self.clean)
        if !typeKnownFromCell {
            let outcome = resultText.flatMap { r in memo.result(r, profile) }
            switch outcome {
            case .some(.none): type = nil
            case .some(.sentence(let t)) where t != .unknown: type = t
            default:
                if let t = sentenceText(), let rule = textSentenceRules.first(where: { ByteSearch.find($0.phrase, in: t) != nil }) { type = rule.type }
                else if case .some(.sentence(let t)) = outcome { type = t }
                else if resultText == nil && decision == nil { type = .pending }
            }
        }
        var months: Double?
        if let mi = cell(.sentenceMonths), !isMissing(mi) {
            switch memo.months(reader, mi, profile) {
            case .value(let m): months = m
            case .problem(let why): return .reject(field: mi, value: reader.string(mi), short: "term not understood", detail: "sentence_months: expected \(why)")
            }
            if months! > CaseLimits.maxMonths {
                return .reject(field: mi, value: reader.string(mi), short: "term above 360 months", detail: "sentence_months: a term of at most 360 months (30 years)")
            }
            if let type, !type.mayHaveTerm {
                return .reject(field: mi, value: reader.string(mi), short: "term for an outcome without one",
                               detail: "sentence_months: no term for sentence_type '\(type.rawValue)'")
            }
        } else if let t = sentenceText(), type?.mayHaveTerm ?? false {
            months = termInText(t)
        }
        // The row.
        for u in unknownWords { summary.unknown(u.column, u.word) }
        line.removeAll(keepingCapacity: true)
        let source = text(.sourceURL).map(Self.clean) ?? ""
        let leading: [String] = [caseID, court, region, articles.principal.article, articles.principal.part ?? "",
                                 received.description, decision?.description ?? "", status?.rawValue ?? "", type?.rawValue ?? "",
                                 months.map(Self.monthsText) ?? "", source, articles.compact, courtID, resultText ?? "", String(reader.line)]
        for (k, v) in leading.enumerated() { appendField(v, first: k == 0) }
        for i in otherColumns { reader.withField(i) { appendField($0) } }
        line.append(0x0A)
        return .row
    }

    /// The term after one of the profile's markers in a folded sentence text, if it reads. The
    /// probation period ("с испытательным сроком 2 года") is not the term and is skipped; the
    /// phrase ends at the end of its sentence or clause. Searched as bytes: a sentence text is long
    /// and this runs on every row that has one.
    func termInText(_ t: [UInt8]) -> Double? {
        var best: (at: Int, months: Double)?
        for marker in termMarkers {
            var from = 0
            while let at = ByteSearch.find(marker, in: t, from: from) {
                from = at + marker.count
                if at >= Self.probation.count, t[(at - Self.probation.count)..<at].elementsEqual(Self.probation) { continue }
                if best == nil || at < best!.at {
                    var phrase = Array(t[from..<min(t.count, from + 160)])
                    for stop in Self.termStops { if let s = ByteSearch.find(stop, in: phrase) { phrase.removeSubrange(s...) } }
                    if case .value(let m) = TermText.months(String(decoding: phrase, as: UTF8.self), yearWords: profile.yearWords,
                                                            monthWords: profile.monthWords), m <= CaseLimits.maxMonths {
                        best = (at, m)
                    }
                }
                break
            }
        }
        return best?.months
    }

    static let probation = Array("испытательным ".utf8)
    static let termStops = [". ", ",", ";", " с ", " со ", " в ", " без ", " на основании"].map { Array($0.utf8) }

    /// Trimmed, with runs of white space (space, tab, CR, LF, no-break space) collapsed to one
    /// space; case kept.
    static func clean(_ s: String) -> String {
        var s = s
        return s.withUTF8 { String(decoding: TextFold.fold(UnsafeRawBufferPointer($0), lowercasing: false), as: UTF8.self) }
    }

    /// 30 → "30", 7.5 → "7.5" (shortest round-trip form, never an exponent in this range).
    static func monthsText(_ m: Double) -> String {
        m == m.rounded() ? String(Int(m)) : "\(m)"
    }

    private func appendField(_ s: String, first: Bool = false) {
        var s = s
        s.withUTF8 { appendField(UnsafeRawBufferPointer($0), first: first) }
    }

    private func appendField(_ b: UnsafeRawBufferPointer, first: Bool = false) {
        if !first { line.append(0x2C) }
        CSVField.append(b, to: &line)
    }

    private func csvLine(_ fields: [String]) -> [UInt8] {
        fields.map(CSVField.quoted).joined(separator: ",").utf8 + [0x0A]
    }
}

/// The articles of a cell as written out.
struct ArticleCell {
    var principal: ArticleRef
    var compact: String
}
