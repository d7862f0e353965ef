import CourtstatData
import CourtstatInference
import Foundation

/// Checks typed claims (`Claim`, read by `ClaimsFile.claims`) on published figures and, when the
/// context holds them, on case-level data (DESIGN.md, Claims): each kind's operands are read from
/// its table as the CLI's flags in snake_case; a count may name a published figure by id, whose
/// value, period, qualifier and source then come from the figures file. `ClaimsCheck` is the
/// one call that reads a claims file and checks it.
public struct ClaimChecker {
    public let context: ClaimContext
    public let path: String

    /// A checker that looks figures, periods and case data up in `context`; `path` names the claims
    /// file in messages.
    public init(context: ClaimContext, path: String) { self.context = context; self.path = path }

    /// Checks one claim; every error names the file and the line of the key it is about.
    public func check(_ claim: Claim) throws(ClaimError) -> ClaimResult {
        var mismatches: [String] = []
        var result = try checkAsStated(claim, mismatches: &mismatches)
        // A figure that counts something else than the claim is about (cases received for a claim
        // about convictions) cannot decide it either way: inconclusive, with the reason.
        if let mismatch = mismatches.first, result.verdict != .inconclusive {
            result.notes.append("inconclusive, not \(result.verdict.rawValue): \(mismatch), so the figure cannot decide the claim")
            result.verdict = .inconclusive
        }
        return result
    }

    /// Checks one table of a claims file: typed first (`Claim`), then checked as above.
    public func check(_ table: ClaimTable) throws(ClaimError) -> ClaimResult {
        let claim: Claim
        do { claim = try Claim(table, path: path) } catch { throw ClaimError(error) }
        return try check(claim)
    }

    /// The verdict as the numbers give it; `mismatches` receives a note for each figure that
    /// counts something other than the claim's `measure`.
    func checkAsStated(_ claim: Claim, mismatches: inout [String]) throws(ClaimError) -> ClaimResult {
        let table = claim.table
        let reader = TableReader(table: table, path: path, context: context)
        let id = claim.id, kind = claim.kind, level = claim.confLevel, measure = claim.measure
        var notes: [String] = []
        if let text = claim.text { notes.append("claim: \u{201C}\(text)\u{201D}") }
        if let source = claim.source { notes.append("claim source: \(source)") }
        do throws(ClaimError) {
            switch kind {
            case .ratio:
                let a = try reader.count("a"), b = try reader.count("b")
                mismatches = measureNotes(measure, [a, b].filter { $0.measured == nil }.map(\.figure))
                notes += a.notes + b.notes + definitionNotes(a.figure, b.figure) + mismatches
                return try checkRatioClaim(id: id, a: a.value, aPeriod: try reader.period("a_period", for: a),
                                           b: b.value, bPeriod: try reader.period("b_period", for: b),
                                           region: try reader.region(), confLevel: level, method: try rateRatioMethod(reader),
                                           notes: notes)
            case .rate:
                let count = try reader.count("count")
                mismatches = measureNotes(measure, [count].filter { $0.measured == nil }.map(\.figure))
                notes += count.notes + mismatches
                let per = try reader.string("per")
                guard let unit = RateUnit(rawValue: per) else {
                    throw reader.error("per", "expected day, week, month or year, found '\(per)'")
                }
                return try checkRateClaim(id: id, count: count.value, period: try reader.period("period", for: count), per: unit,
                                          region: try reader.region(), confLevel: level, notes: notes)
            case .share:
                return try checkShare(claim, reader, notes: &notes)
            case .same:
                let a = try reader.count("a"), b = try reader.count("b")
                notes += a.notes + b.notes + definitionNotes(a.figure, b.figure)
                return try checkSameClaim(id: id, a: a.value, aPeriod: try reader.period("a_period", for: a),
                                          b: b.value, bPeriod: try reader.period("b_period", for: b),
                                          margin: try reader.optionalNumber("margin") ?? ClaimRegion.defaultSameMargin, confLevel: level,
                                          method: try rateRatioMethod(reader), notes: notes)
            case .greater:
                let groupA = try reader.optionalString("group_a") ?? "a", groupB = try reader.optionalString("group_b") ?? "b"
                if table.entries["x"] != nil {
                    let x = try reader.countPair("x"), n = try reader.countPair("n")
                    return try checkGreaterClaim(id: id, x1: x.0, n1: n.0, x2: x.1, n2: n.1, groupA: groupA, groupB: groupB,
                                                 confLevel: level, notes: notes)
                }
                if let tally = context.caseData, let fa = try reader.proportionFigure("share_a"), let fb = try reader.proportionFigure("share_b"),
                   let a = reader.dataShare(fa, tally: tally), let b = reader.dataShare(fb, tally: tally) {
                    return try checkGreaterClaim(id: id, x1: a.x, n1: a.n, x2: b.x, n2: b.n, groupA: groupA, groupB: groupB,
                                                 confLevel: level, notes: notes + [a.note, b.note])
                }
                let shareA = try reader.proportion("share_a"), shareB = try reader.proportion("share_b")
                let n = try reader.count("n")
                notes += shareA.notes + shareB.notes + n.notes
                return try checkGreaterClaimUnknownSplit(id: id, shareA: shareA.value, shareB: shareB.value, total: n.value,
                                                         groupA: groupA, groupB: groupB, confLevel: level, notes: notes)
            case .trend:
                guard let tally = context.caseData else { return needsData(id, kind, level, notes) }
                return try checkTrendClaim(id: id, reader: reader, tally: tally, confLevel: level, notes: notes)
            }
        } catch {
            if case .notEvaluable(_, _, let message) = error {
                // The data cannot decide this claim (no case of its article in the file): that
                // is an answer about the data, not an error in the claims file.
                return ClaimResult(claim: id, kind: kind, verdict: .inconclusive, estimate: nil, confLow: nil, confHigh: nil,
                                   confLevel: level, pValue: nil, method: "not checked: the case data cannot evaluate this claim",
                                   notes: notes + [message])
            }
            if case .invalidOperand(let parameter, let expected, let found) = error {
                // A bound outside its domain ("share" above 1) is the region's key, not the kind.
                let regionKey = TableReader.regionKeys.first { table.entries[$0] != nil }
                let key = table.entries[parameter] != nil ? parameter : parameter == "share" ? regionKey ?? "kind" : "kind"
                throw reader.error(key, "expected \(expected), found \(found)")
            }
            throw error
        }
    }

    /// A share: counted in the case data when the claim defines it on them (`where`) or names a
    /// share figure the data can count; otherwise x of n from the claim or its figures (x may be
    /// the share figure times n, rounded).
    func checkShare(_ claim: Claim, _ reader: TableReader, notes: inout [String]) throws(ClaimError) -> ClaimResult {
        let table = claim.table, id = claim.id, level = claim.confLevel
        if table.entries["where"] != nil {
            guard let tally = context.caseData else { return needsData(id, claim.kind, level, notes) }
            let (x, n, note) = try reader.dataOnlyShare(tally: tally)
            guard n > 0 else { throw reader.notEvaluable("where", "no case in the data matches the claim's article and dates") }
            return try checkShareClaim(id: id, x: x, n: n, region: try reader.region(), confLevel: level, notes: notes + [note])
        }
        if table.entries["share"] != nil, let tally = context.caseData,
           let share = try reader.proportionFigure("share"), let (x, n, note) = reader.dataShare(share, tally: tally) {
            return try checkShareClaim(id: id, x: x, n: n, region: try reader.region(), confLevel: level,
                                       notes: notes + reader.qualifierNotes(share) + [note])
        }
        let n = try reader.count("n")
        notes += n.notes
        let x: Int
        if table.entries["x"] != nil {
            let c = try reader.count("x"); x = c.value; notes += c.notes
        } else {
            let share = try reader.proportion("share")
            x = Int((share.value * Double(n.value)).rounded())
            notes += share.notes + ["x = \(x) is the share \(ClaimText.number(share.value)) of n = \(n.value), rounded"]
        }
        return try checkShareClaim(id: id, x: x, n: n.value, region: try reader.region(), confLevel: level, notes: notes)
    }

    /// The `method` key of a ratio or same claim (default exact-cond).
    func rateRatioMethod(_ reader: TableReader) throws(ClaimError) -> RateRatioMethod {
        guard let text = try reader.optionalString("method") else { return .exactCond }
        guard let method = RateRatioMethod(rawValue: text) else {
            throw reader.error("method", "expected one of \(RateRatioMethod.allCases.map(\.rawValue).joined(separator: ", ")), found '\(text)'")
        }
        return method
    }

    /// A claim that only case-level data can decide, checked without them: inconclusive, saying so.
    func needsData(_ id: String, _ kind: ClaimKind, _ level: Double, _ notes: [String]) -> ClaimResult {
        ClaimResult(claim: id, kind: kind, verdict: .inconclusive, estimate: nil, confLow: nil, confHigh: nil, confLevel: level,
                    pValue: nil, method: "not checked: this claim needs case-level data (check the claims file with case data)",
                    notes: notes + ["no published figure measures this; check it on case-level data"])
    }

    /// A note when a figure counts something other than what the claim is about (`measure`).
    func measureNotes(_ measure: String?, _ operands: [FigureOperand?]) -> [String] {
        guard let measure else { return [] }
        return operands.compactMap { $0 }.filter { $0.metric != measure }.map {
            "the claim is about \(measure); \($0.id) counts \($0.metric), a different definition"
        }
    }

    /// A note when the two figures count different things (a different metric, article or group).
    func definitionNotes(_ a: FigureOperand?, _ b: FigureOperand?) -> [String] {
        guard let a, let b else { return [] }
        var differences: [String] = []
        if a.metric != b.metric { differences.append("\(a.id) counts \(a.metric), \(b.id) counts \(b.metric)") }
        if a.article != b.article { differences.append("\(a.id) is about article \(a.article), \(b.id) about \(b.article)") }
        if a.group != b.group { differences.append("\(a.id) covers \(a.group), \(b.id) covers \(b.group)") }
        var notes = differences.isEmpty ? [] : ["definitions differ between numerator and denominator: " + differences.joined(separator: "; ")]
        if a.outlet != b.outlet { notes.append("\(a.id) and \(b.id) are reported by different outlets (\(a.outlet); \(b.outlet))") }
        return notes
    }
}
