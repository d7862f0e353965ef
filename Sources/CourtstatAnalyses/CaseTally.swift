import CourtstatData

/// Case-level data held in memory for claims: what each case's claims need (article, status,
/// sentence, dates), read and checked once.
public struct CaseTally: Sendable {
    /// One case as the claims need it (article, status, sentence, received and decision dates).
    public struct Case: Sendable {
        public var article: String
        public var status: DefendantStatus?
        public var sentence: SentenceType?
        public var received: CivilDate
        public var decision: CivilDate?
    }
    public let file: String
    public let cases: [Case]

    /// Reads and checks every case of `source` (a bad row is a `DataError` at file:line:column).
    public init(source: InputSource, mapping: ColumnMapping = ColumnMapping()) throws(DataError) {
        let reader = try CaseReader(source: source, mapping: mapping)
        file = reader.csv.fileName
        var cases: [Case] = []
        while try reader.next() {
            let f = reader.current
            cases.append(Case(article: reader.string(.article) ?? "", status: f.status, sentence: f.sentenceType,
                              received: f.received, decision: f.decision))
        }
        self.cases = cases
    }

    /// Cases of `article` (nil: all) received in the period.
    public func received(article: String?, in period: Period) -> Int {
        cases.reduce(0) { $0 + (($1.article == article || article == nil) && period.contains($1.received) ? 1 : 0) }
    }

    /// Convicted cases (custodial, suspended, fine) decided in the period, of an article and a
    /// status (nil: any), and how many of them satisfy `outcome`.
    public func convicted(article: String?, status: DefendantStatus?, in period: Period?,
                          where outcome: (Case) -> Bool) -> (x: Int, n: Int) {
        var x = 0, n = 0
        for c in cases {
            guard let s = c.sentence, s.isConviction, let d = c.decision else { continue }
            if let article, c.article != article { continue }
            if let status, c.status != status { continue }
            if let period, !period.contains(d) { continue }
            n += 1
            if outcome(c) { x += 1 }
        }
        return (x, n)
    }

    /// The first and last dates (received, or decision) in the data.
    public var receivedSpan: (CivilDate, CivilDate)? {
        guard let first = cases.first?.received else { return nil }
        var lo = first, hi = first
        for c in cases { lo = min(lo, c.received); hi = max(hi, c.received) }
        return (lo, hi)
    }
}
