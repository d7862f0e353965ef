import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatTestSupport
import Foundation
import Testing

/// `courtstat compare` end to end against R (Tests/Fixtures/compare_report.csv, written by
/// scripts/make-compare-fixtures.R): the report's comparison (mobilised against contract
/// soldiers, custodial outcome, by decision date) and variants of it, from reading the case file
/// to every row, so that the filters, the convicted cases, the strata, the pooling of levels and
/// the logistic regression's covariates are checked along with the tests themselves.
@Suite struct CompareAgainstRTests {
    static let rows = Fixture.rows("compare_report.csv", count: 133)
    static let variants: [String] = rows.map { $0["variant"] }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    static let data = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path

    /// Runs the comparison a variant's rows describe, as `courtstat compare` would with its options.
    static func run(_ variant: String) throws -> CompareResult {
        let spec = rows.first { $0["variant"] == variant }!
        var filter = CaseFilter()
        filter.date = CaseFilter.DateField(rawValue: spec["date"])!
        if !spec["from"].isEmpty { filter.from = try CivilDate.parse(spec["from"]).get() }
        if !spec["to"].isEmpty { filter.to = try CivilDate.parse(spec["to"]).get() }
        let cases = try CompareAnalysis.readCases(source: InputSource(path: data), filter: filter,
                                                  column: .defendantStatus, a: "mobilized", b: "contract")
        return try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract",
                                           outcome: CompareOutcome(argument: spec["outcome"])!,
                                           strata: CompareStrata(rawValue: spec["stratify"])!,
                                           months: CompareMonths(rawValue: spec["months"])!)
    }

    static func rows(_ variant: String, reference: String) -> [Fixture.Row] {
        rows.filter { $0["variant"] == variant && $0["reference"] == reference }
    }

    /// Every number R reports for a row, beside ours (R's NA: not checked; ours may say more).
    static func fields(_ ours: TestResult, _ row: Fixture.Row) -> [(String, Double?, Double?)] {
        let pairs: [(String, Double?)] = [("estimate", ours.estimate), ("estimate1", ours.estimate1), ("estimate2", ours.estimate2),
                                          ("std_error", ours.stdError), ("statistic", ours.statistic), ("df", ours.df),
                                          ("p_value", ours.pValue), ("conf_low", ours.confLow), ("conf_high", ours.confHigh),
                                          ("n", ours.n.map(Double.init))]
        return pairs.compactMap { name, value in row.number(name).map { (name, value, $0) } }
    }

    /// The groups' counts (convicted, with the outcome, left out) and the number of strata kept
    /// are R's; the sentence lengths compared are checked through the rows' `n`.
    @Test(arguments: variants)
    func countsAgree(_ variant: String) throws {
        let r = try Self.run(variant)
        var counts: [String: Int] = [:]
        for row in Self.rows(variant, reference: "count") { counts[row["term"]] = row.int("estimate") }
        let (a, b) = (r.groups[0], r.groups[1])
        #expect([a.convicted, a.withOutcome, a.excluded, b.convicted, b.withOutcome, b.excluded]
                == ["convicted_a", "outcome_a", "excluded_a", "convicted_b", "outcome_b", "excluded_b"].map { counts["count:" + $0]! })
        let mh = r.results.first { $0.term == "mh_odds_ratio" }!
        #expect(mh.notes.contains { $0.hasPrefix("\(counts["count:mh_strata"]!) strata by ") }, "\(mh.notes)")
    }

    /// Every number against R (or the tightly solved equations of R's fisher.test and
    /// wilcox.test) at the package's relative 1e-8; the logistic terms are R's, no more, no fewer.
    @Test(arguments: variants)
    func everyNumberAgreesWithR(_ variant: String) throws {
        let r = try Self.run(variant)
        let reference = Self.rows(variant, reference: "R").filter { !["odds_ratio", "months_shift"].contains($0["term"]) }
            + Self.rows(variant, reference: "formula") + Self.rows(variant, reference: "tight")
        for row in reference {
            guard let ours = r.results.first(where: { $0.term == row["term"] }) else {
                Issue.record("\(row): no row \(row["term"]) in ours"); continue
            }
            #expect(ours.method != "not computed", "\(row): \(ours.notes)")
            for (name, value, theirs) in Self.fields(ours, row) {
                #expect(agree(value, theirs), "\(row) \(row["term"]) \(name): ours \(String(describing: value)), R \(theirs!)")
            }
        }
        let logistic = r.results.compactMap(\.term).filter { $0.hasPrefix("logistic") }
        #expect(logistic == Self.rows(variant, reference: "R").map { $0["term"] }.filter { $0.hasPrefix("logistic:") })
    }

    /// R's printed fisher.test and wilcox.test digits at their own accuracy: uniroot's default
    /// tolerance (1.2e-4 on t below 1 and on 1/t above for fisher.test; 1e-4 for wilcox.test,
    /// whose estimate may lie anywhere on a step of zero, so within its zero set).
    @Test(arguments: variants)
    func rsPrintedDigitsAgreeAtTheirAccuracy(_ variant: String) throws {
        let r = try Self.run(variant)
        let printed = Self.rows(variant, reference: "R")
        let fisher = printed.first { $0["term"] == "odds_ratio" }!, ours = r.results.first { $0.term == "odds_ratio" }!
        #expect(agree(ours.pValue, fisher.number("p_value")), "\(fisher) p_value")
        for (name, value) in [("estimate", ours.estimate!), ("conf_low", ours.confLow!), ("conf_high", ours.confHigh!)] {
            let theirs = fisher.number(name)!
            let solvedScale = value <= 1 ? abs(value - theirs) : abs(1 / value - 1 / theirs)
            #expect(solvedScale <= 2.5e-4, "\(fisher) \(name): ours \(value), R \(theirs)")
        }
        let wilcox = printed.first { $0["term"] == "months_shift" }!, shift = r.results.first { $0.term == "months_shift" }!
        let tight = Self.rows(variant, reference: "tight").first { $0["term"] == "months_shift" }!
        #expect(agree(shift.pValue, wilcox.number("p_value")) && agree(shift.statistic, wilcox.number("statistic")), "\(wilcox)")
        let estimate = wilcox.number("estimate")!, slack = 2e-4 * max(1, abs(estimate))
        #expect(estimate >= tight.number("zero_lo")! - slack && estimate <= tight.number("zero_hi")! + slack, "\(wilcox)")
        #expect(shift.estimate! >= tight.number("zero_lo")! && shift.estimate! <= tight.number("zero_hi")!)
        for (name, value) in [("conf_low", shift.confLow!), ("conf_high", shift.confHigh!)] {
            let theirs = wilcox.number(name)!
            #expect(abs(value - theirs) <= 2e-4 * max(1, abs(value)), "\(wilcox) \(name): ours \(value), R \(theirs)")
        }
    }
}
