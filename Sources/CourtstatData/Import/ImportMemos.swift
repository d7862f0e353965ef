/// Values parsed once per distinct cell: a scrape repeats its courts, articles, dates and words
/// on row after row, so each distinct byte string is parsed once and looked up by hash after that
/// (`ByteKeyTable`). A memo that reaches `limit` distinct cells starts afresh, so memory stays
/// bounded on a file whose values never repeat.
struct ByteMemo<Value> {
    private var keys = ByteKeyTable()
    private var values: [Value] = []
    static var limit: Int { 100_000 }

    mutating func value(_ b: UnsafeRawBufferPointer, _ compute: () -> Value) -> Value {
        let k = keys.index(of: b)
        if k < values.count { return values[k] }
        let v = compute()
        values.append(v)
        if values.count >= Self.limit { keys = ByteKeyTable(); values = [] }
        return v
    }
}

/// The memos of one import.
struct Memos {
    var dates = ByteMemo<Parsed<CivilDate>>()
    var articles = ByteMemo<Parsed<ArticleCell>>()
    var courts = ByteMemo<GarrisonCourt?>()
    var statuses = ByteMemo<DefendantStatus?>()
    var sentences = ByteMemo<SentenceType?>()
    var months = ByteMemo<Parsed<Double>>()
    var results: [String: ImportProfile.ResultOutcome?] = [:]

    mutating func date(_ r: DelimitedReader, _ i: Int, _ p: ImportProfile) -> Parsed<CivilDate> {
        r.withField(i) { b in
            dates.value(b) {
                let folded = TextFold.fold(b)
                return folded.withUnsafeBytes { f in
                    for format in p.dateFormats { if let v = format.parse(f) { return v } }
                    return .problem("a date like " + p.dateFormats.map { $0.text }.joined(separator: " or "))
                }
            }
        }
    }

    mutating func articles(_ r: DelimitedReader, _ i: Int, _ p: ImportProfile) -> Parsed<ArticleCell> {
        r.withField(i) { b in
            articles.value(b) {
                switch ArticleList.parse(String(decoding: TextFold.fold(b), as: UTF8.self)) {
                case .problem(let why): return .problem(why)
                case .value(let refs):
                    guard let principal = ArticleList.principal(refs, chapter: (p.principalFrom, p.principalTo), qualifiers: p.qualifiers) else {
                        return .problem("an offence besides Arts. " + p.qualifiers.sorted().joined(separator: " and ")
                                        + " (they qualify another article and are never the offence itself)")
                    }
                    return .value(ArticleCell(principal: principal, compact: refs.map(\.compact).joined(separator: ";")))
                }
            }
        }
    }

    mutating func court(_ r: DelimitedReader, _ i: Int, _ m: CourtMatcher) -> GarrisonCourt? {
        r.withField(i) { b in courts.value(b) { m.match(name: String(decoding: b, as: UTF8.self)) } }
    }

    mutating func status(_ r: DelimitedReader, _ i: Int, _ p: ImportProfile) -> DefendantStatus? {
        r.withField(i) { b in statuses.value(b) { p.statusWords[String(decoding: TextFold.fold(b), as: UTF8.self)] } }
    }

    mutating func sentence(_ r: DelimitedReader, _ i: Int, _ p: ImportProfile) -> SentenceType? {
        r.withField(i) { b in sentences.value(b) { p.sentenceWords[String(decoding: TextFold.fold(b), as: UTF8.self)] } }
    }

    mutating func months(_ r: DelimitedReader, _ i: Int, _ p: ImportProfile) -> Parsed<Double> {
        r.withField(i) { b in
            months.value(b) { TermText.months(String(decoding: TextFold.fold(b), as: UTF8.self), yearWords: p.yearWords, monthWords: p.monthWords) }
        }
    }

    /// The outcome the first matching fragment of the (cleaned) result text gives.
    mutating func result(_ text: String, _ p: ImportProfile) -> ImportProfile.ResultOutcome? {
        if let v = results[text] { return v }
        let folded = TextFold.fold(text)
        let v = p.resultRules.first { folded.contains($0.fragment) }?.outcome
        if results.count < 10_000 { results[text] = v }
        return v
    }
}
