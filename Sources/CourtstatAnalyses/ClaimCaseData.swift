import CourtstatData

/// How claims are checked on case-level data (`courtstat check --data FILE`): a figure that
/// names a count or a share is counted again in the cases, over the figure's own period.
extension TableReader {
    /// The single article a figure is about ("337"), or nil for combined or descriptive labels.
    static func article(of f: FigureOperand) -> String? {
        f.article.allSatisfy({ $0.isNumber || $0 == "." }) && !f.article.isEmpty ? f.article : nil
    }

    /// A count figure counted in the data: cases of its article received in its period, or, for
    /// a claim about convictions (`measure = "convictions"`), convictions decided in it.
    func dataCount(_ f: FigureOperand, tally: CaseTally, key: String) throws(ClaimError) -> (Int, String)? {
        guard let range = f.range, let article = Self.article(of: f) else { return nil }
        // Data that hold no case of the article cannot evaluate the claim: counting 0 there would
        // be an answer the data do not give.
        guard tally.cases.contains(where: { $0.article == article }) else {
            throw notEvaluable(key, "the case data (\(tally.file)) hold no case under article \(article), which \(f.id) counts, so they cannot evaluate this claim")
        }
        if try optionalString("measure") == "convictions" {
            let n = tally.convicted(article: article, status: nil, in: range) { _ in true }.n
            return (n, "on case data (\(tally.file)): \(n) convictions under article \(article) decided in \(FiguresClaimContext.label(of: range)) (\(f.id) published \(ClaimText.number(f.value)) \(f.metric))")
        }
        guard ["cases_received", "crimes_registered", "defendants"].contains(f.metric) else { return nil }
        let n = tally.received(article: article, in: range)
        return (n, "on case data (\(tally.file)): \(n) cases under article \(article) received in \(FiguresClaimContext.label(of: range)) (\(f.id) published \(ClaimText.number(f.value)))")
    }

    /// A share figure counted in the data: among the convictions of its article, group and
    /// period, those with the sentence it describes (suspended, or custodial for "prison").
    func dataShare(_ f: FigureOperand, tally: CaseTally) -> (x: Int, n: Int, note: String)? {
        guard let article = Self.article(of: f) else { return nil }
        let outcome: (CaseTally.Case) -> Bool
        switch f.metric {
        case "share_suspended": outcome = { $0.sentence == .suspended }
        case "share_prison_sentences", "share_custodial": outcome = { $0.sentence?.isCustodial ?? false }
        default: return nil
        }
        let status: DefendantStatus? = f.group == "all" ? nil : DefendantStatus(rawValue: f.group)
        if f.group != "all" && status == nil { return nil }
        let (x, n) = tally.convicted(article: article, status: status, in: f.range, where: outcome)
        guard n > 0 else { return nil }
        let when = f.range.map { " decided in \(FiguresClaimContext.label(of: $0))" } ?? ""
        return (x, n, "on case data (\(tally.file)): \(x) of \(n) convictions of \(f.group == "all" ? "all defendants" : f.group) under article \(article)\(when) (\(f.id) published \(ClaimText.number(f.value))%)")
    }

    /// A share defined on the data alone: `where = "defendant_status=mobilized"` among `among =
    /// "convicted"` (or "all") cases of `article` between `from` and `to` (decision dates for
    /// convictions, receipt otherwise).
    func dataOnlyShare(tally: CaseTally) throws(ClaimError) -> (x: Int, n: Int, note: String) {
        let condition = try string("where")
        let parts = condition.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "defendant_status" || parts[0] == "sentence_type" else {
            throw error("where", "expected defendant_status=VALUE or sentence_type=VALUE, found '\(condition)'")
        }
        let among = try optionalString("among") ?? "convicted"
        guard among == "convicted" || among == "all" else { throw error("among", "expected convicted or all, found '\(among)'") }
        let article = try optionalString("article")
        let from = try date("from"), to = try date("to")
        let test: (CaseTally.Case) -> Bool
        if parts[0] == "defendant_status" {
            guard let s = DefendantStatus(rawValue: parts[1]) else { throw error("where", "unknown defendant_status '\(parts[1])'") }
            test = { $0.status == s }
        } else {
            guard let s = SentenceType(rawValue: parts[1]) else { throw error("where", "unknown sentence_type '\(parts[1])'") }
            test = { $0.sentence == s }
        }
        var x = 0, n = 0
        for c in tally.cases {
            if let article, c.article != article { continue }
            let day: CivilDate
            if among == "convicted" {
                guard let s = c.sentence, s.isConviction, let d = c.decision else { continue }
                day = d
            } else { day = c.received }
            if let from, day < from { continue }
            if let to, day > to { continue }
            n += 1
            if test(c) { x += 1 }
        }
        let span = [from.map { "from \($0)" }, to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
        return (x, n, "on case data (\(tally.file)): \(x) of \(n) \(among == "convicted" ? "convictions" : "cases")\(article.map { " under article \($0)" } ?? "") \(span) have \(condition)")
    }

    func date(_ key: String) throws(ClaimError) -> CivilDate? {
        guard let text = try optionalString(key) else { return nil }
        switch CivilDate.parse(text) {
        case .success(let d): return d
        case .failure(let p): throw error(key, "expected \(p.expected), found '\(text)'")
        }
    }
}
