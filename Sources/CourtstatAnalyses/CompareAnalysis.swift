import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatStatus

/// The comparison of two groups of convicted cases (DESIGN.md `compare`): shares, differences,
/// ratios and their tests, stratified and adjusted; see `compare`.
public enum CompareAnalysis {
    /// Compares groups a and b on an outcome among their convicted cases:
    /// - share_a, share_b: Wilson intervals (prop.test without continuity correction);
    /// - risk_difference: Newcombe's hybrid score interval for a − b; risk_ratio: a / b, log interval;
    /// - odds_ratio: fisher.test (conditional MLE, exact interval, two-sided p); chisq: chisq.test's
    ///   default for the 2x2 table (Yates' correction);
    /// - mh_odds_ratio: mantelhaen.test's defaults over quarters (`period`) or courts;
    /// - months_difference: Welch's t test of sentence_months, a − b; months_shift: wilcox.test
    ///   with the Hodges–Lehmann shift and its interval, a − b;
    /// - logistic:TERM: logistic regression of the outcome on group a (against b), the year of the
    ///   case date and the article part (log odds, Wald intervals).
    /// A row that cannot be computed carries "not computed" and a note that names the group or
    /// table at fault (`group 'mobilized': all observations are tied; …`). Throws only when a group
    /// has no convicted case (`AnalysisError.noConvicted`).
    public static func compare(cases: [CompareCase], groupA: String, groupB: String, outcome: CompareOutcome = .custodial,
                               strata: CompareStrata = .period, months: CompareMonths = .custodial,
                               confLevel: Double = 0.95) throws(AnalysisError) -> CompareResult {
        var groups = [CompareGroup(name: groupA, convicted: 0, withOutcome: 0, excluded: 0),
                      CompareGroup(name: groupB, convicted: 0, withOutcome: 0, excluded: 0)]
        var convicted: [CompareCase] = []
        for c in cases {
            let g = c.inA ? 0 : 1
            guard let s = c.sentence, s.isConviction else { groups[g].excluded += 1; continue }
            groups[g].convicted += 1
            if outcome.holds(s) { groups[g].withOutcome += 1 }
            convicted.append(c)
        }
        for g in groups where g.convicted == 0 {
            throw .noConvicted(group: g.name)
        }
        let (xa, na, xb, nb) = (groups[0].withOutcome, groups[0].convicted, groups[1].withOutcome, groups[1].convicted)
        var results: [TestResult] = []
        var notes: [String] = []
        // A row that cannot be computed says why in words that name the data: the tests' parameters
        // are the groups (a, x1, n1: group a) or tables built from them.
        let naming = CompareNaming(groupA: groupA, groupB: groupB, strata: strata)
        func attempt(_ term: String, _ body: () throws -> TestResult) {
            do { results.append(try body().named(term)) } catch {
                results.append(TestResult(term: term, method: "not computed", notes: [naming.words(error)]))
            }
        }
        attempt("share_a") { try wilsonInterval(x: xa, n: na, confLevel: confLevel) }
        attempt("share_b") { try wilsonInterval(x: xb, n: nb, confLevel: confLevel) }
        attempt("risk_difference") { try newcombeDifference(x1: xa, n1: na, x2: xb, n2: nb, confLevel: confLevel) }
        attempt("risk_ratio") { try riskRatio(x1: xa, n1: na, x2: xb, n2: nb, confLevel: confLevel) }
        attempt("odds_ratio") { try fisherTest(a: xa, b: na - xa, c: xb, d: nb - xb, confLevel: confLevel) }
        attempt("chisq") { try chiSquareTest(table: [[xa, na - xa], [xb, nb - xb]]) }
        attempt("mh_odds_ratio") {
            let tables = stratifiedTables(convicted, outcome: outcome, by: strata)
            guard tables.count >= 2 else { throw AnalysisError.invalid("fewer than 2 \(strata.rawValue) strata with at least 2 cases") }
            var r = try mantelHaenszelTest(strata: tables, confLevel: confLevel)
            r.notes.append("\(tables.count) strata by \(strata == .period ? "quarter" : "court")")
            return r
        }
        let lengths = { (inA: Bool) -> [Double] in
            convicted.filter { $0.inA == inA && (months == .all || $0.sentence!.isCustodial) }.compactMap(\.months)
        }
        let monthsA = lengths(true), monthsB = lengths(false)
        let which = months == .custodial ? "custodial sentences" : "all sentences with a term"
        attempt("months_difference") {
            var r = try tTest(a: monthsA, b: monthsB, confLevel: confLevel)
            r.notes.append("sentence_months of \(which): \(monthsA.count) in \(groupA), \(monthsB.count) in \(groupB)")
            return r
        }
        attempt("months_shift") { try wilcoxonTest(a: monthsA, b: monthsB, confLevel: confLevel) }
        do {
            results += try logisticRows(convicted, groupA: groupA, outcome: outcome, confLevel: confLevel)
        } catch {
            results.append(TestResult(term: "logistic", method: "logistic regression not computed", notes: ["\(error)"]))
        }
        if groups.contains(where: { $0.excluded > 0 }) {
            notes.append("left out (pending, acquitted, dismissed, unknown): \(groups[0].excluded) in \(groupA), \(groups[1].excluded) in \(groupB)")
        }
        return CompareResult(outcome: outcome, groups: groups, results: results, notes: notes)
    }
}
