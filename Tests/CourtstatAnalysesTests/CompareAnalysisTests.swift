import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatStatus
import CourtstatTestSupport
import Foundation
import Testing

/// The comparison recovers the sentencing probabilities the synthetic data were drawn with
/// (datasets/simulation-params.json: from 2022-09-21 to 2023-12-31, 35% of mobilised and 28% of
/// contract soldiers' convictions are custodial).
@Suite struct CompareAnalysisTests {
    static let data = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path

    @Test func recoversTheSimulatedCustodialShares() throws {
        var filter = CaseFilter()
        filter.from = CivilDate(year: 2022, month: 9, day: 21)
        filter.to = CivilDate(year: 2023, month: 12, day: 31)
        let cases = try CompareAnalysis.readCases(source: InputSource(path: Self.data), filter: filter,
                                                  column: .defendantStatus, a: "mobilized", b: "contract")
        let r = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
        func row(_ t: String) -> TestResult { r.results.first { $0.term == t }! }
        let (pa, pb) = (0.35, 0.28)
        #expect(row("share_a").confLow! <= pa && pa <= row("share_a").confHigh!)
        #expect(row("share_b").confLow! <= pb && pb <= row("share_b").confHigh!)
        #expect(row("risk_difference").confLow! <= pa - pb && pa - pb <= row("risk_difference").confHigh!)
        let trueOR = (pa / (1 - pa)) / (pb / (1 - pb))
        #expect(row("odds_ratio").confLow! <= trueOR && trueOR <= row("odds_ratio").confHigh!)
        #expect(row("mh_odds_ratio").confLow! <= trueOR && trueOR <= row("mh_odds_ratio").confHigh!)
        // Every row DESIGN.md names is there, in order, before the logistic terms.
        #expect(Array(r.results.prefix(9).map(\.term!)) == ["share_a", "share_b", "risk_difference", "risk_ratio", "odds_ratio",
                                                            "chisq", "mh_odds_ratio", "months_difference", "months_shift"])
        #expect(r.results.contains { $0.term == "logistic:group:mobilized" })
        #expect(r.groups.map(\.name) == ["mobilized", "contract"])
    }

    /// The logistic regression is fitted on covariate patterns; the same model fitted on one
    /// 0/1 row per convicted case gives the same terms.
    @Test func logisticOnPatternsEqualsTheCaseLevelFit() throws {
        let cases = try CompareAnalysis.readCases(source: InputSource(path: Self.data), filter: CaseFilter(),
                                                  column: .defendantStatus, a: "mobilized", b: "contract")
        let r = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
        let ours = r.results.filter { $0.term!.hasPrefix("logistic:") }
        let convicted = cases.filter { $0.sentence?.isConviction == true }
        // The case-level design, built here independently: reference = the most common level,
        // levels under 10 cases pooled into it.
        func dummies(_ name: String, _ values: [String]) -> [(name: String, values: [Double])] {
            let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
            let reference = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            return counts.keys.sorted().filter { $0 != reference && counts[$0]! >= 10 }.map { level in
                ("\(name):\(level)", values.map { $0 == level ? 1.0 : 0.0 })
            }
        }
        var predictors: [(name: String, values: [Double])] = [("group:mobilized", convicted.map { $0.inA ? 1.0 : 0.0 })]
        predictors += dummies("year", convicted.map { String($0.date.year) })
        predictors += dummies("part", convicted.map { $0.part.isEmpty ? "(none)" : $0.part })
        let caseLevel = try GeneralizedLinearModel.logistic(y: convicted.map { $0.sentence!.isCustodial ? 1.0 : 0.0 },
                                                            design: Design(predictors))
        #expect(ours.count == caseLevel.terms.count && ours.count > 3)
        for (a, b) in paired(ours, caseLevel.terms) {
            #expect(a.term == "logistic:\(b.term)")
            #expect(a.n == convicted.count)
            for (x, y) in [(a.estimate!, b.estimate), (a.stdError!, b.stdError), (a.pValue!, b.pValue),
                           (a.confLow!, b.confLow), (a.confHigh!, b.confHigh)] {
                #expect(abs(x - y) <= 1e-10 * abs(y), "\(b.term): \(x) vs \(y)")
            }
        }
    }

    /// Every mobilised case custodial, no contract case custodial: the logistic regression's
    /// estimates do not exist; a single row says why, with no numbers, and the other rows stand.
    @Test func aSeparatedOutcomeLeavesTheLogisticRowWithANote() throws {
        let day = CivilDate(year: 2023, month: 3, day: 1)!
        let cases = (0..<40).map { i in
            CompareCase(inA: i % 2 == 0, sentence: i % 2 == 0 ? .prison : .suspended, months: i % 2 == 0 ? 24 : nil,
                        date: day, court: "c\(i % 3)", part: "1")
        }
        let r = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
        let logistic = r.results.filter { $0.term!.hasPrefix("logistic") }
        #expect(logistic.count == 1 && logistic[0].term == "logistic" && logistic[0].estimate == nil)
        #expect(logistic[0].notes.contains { $0.contains("0 or 1 in 2 of 2 covariate patterns") }, "\(logistic[0].notes)")
        #expect(r.results.first { $0.term == "share_a" }?.estimate == 1)
    }

    /// One year and one part: two covariate patterns for two coefficients (a saturated grouped
    /// fit, as the case-level fit of 100 cases is not). The group term is then the sample log
    /// odds ratio, with the Woolf standard error √(1/a + 1/b + 1/c + 1/d).
    @Test func twoPatternsGiveTheSampleLogOddsRatio() throws {
        let day = CivilDate(year: 2023, month: 3, day: 1)!
        let (a, b, c, d) = (12, 28, 21, 39)         // a custodial of a + b mobilised; c of c + d contract
        func group(_ inA: Bool, _ yes: Int, _ no: Int) -> [CompareCase] {
            (0..<(yes + no)).map { i in
                CompareCase(inA: inA, sentence: i < yes ? .prison : .fine, months: i < yes ? 12 : nil,
                            date: day, court: "c", part: "1")
            }
        }
        let r = try CompareAnalysis.compare(cases: group(true, a, b) + group(false, c, d), groupA: "mobilized", groupB: "contract")
        let term = try #require(r.results.first { $0.term == "logistic:group:mobilized" })
        let logOR = Foundation.log(Double(a * d) / Double(b * c))
        let se = (1 / Double(a) + 1 / Double(b) + 1 / Double(c) + 1 / Double(d)).squareRoot()
        #expect(term.estimate!.agrees(withR: logOR, tolerance: 1e-12))
        #expect(term.stdError!.agrees(withR: se, tolerance: 1e-10))
        #expect(term.n == a + b + c + d)
    }

    @Test func swappingTheGroupsInvertsTheOddsRatio() throws {
        let ab = try CompareAnalysis.readCases(source: InputSource(path: Self.data), filter: CaseFilter(), column: .defendantStatus,
                                               a: "mobilized", b: "contract")
        let ba = ab.map { c -> CompareCase in var d = c; d.inA.toggle(); return d }
        let r1 = try CompareAnalysis.compare(cases: ab, groupA: "mobilized", groupB: "contract")
        let r2 = try CompareAnalysis.compare(cases: ba, groupA: "contract", groupB: "mobilized")
        let or1 = r1.results.first { $0.term == "odds_ratio" }!, or2 = r2.results.first { $0.term == "odds_ratio" }!
        #expect(or1.estimate!.agrees(withR: 1 / or2.estimate!))
        let d1 = r1.results.first { $0.term == "risk_difference" }!, d2 = r2.results.first { $0.term == "risk_difference" }!
        #expect(d1.estimate!.agrees(withR: -d2.estimate!))
    }

    @Test func anUnknownGroupValueIsNamed() throws {
        let error = try #require(#expect(throws: AnalysisError.self) {
            try CompareAnalysis.readCases(source: InputSource(path: Self.data), filter: CaseFilter(), column: .defendantStatus,
                                          a: "mobilised", b: "contract")
        })
        guard case let .unknownGroup(parameter, group, column, values) = error else {
            Issue.record("expected unknownGroup, got \(error)"); return
        }
        #expect(parameter == "a" && group == "mobilised" && column == "defendant_status")
        #expect(values.contains("'mobilized'"), "\(values)")
        #expect(error.isEmptyGroup)
        #expect(error.description.hasPrefix("a: expected a value of defendant_status among the filtered cases ("), "\(error)")
        #expect(error.message(naming: { "--" + $0 }).hasPrefix("--a: expected a value of defendant_status"), "\(error)")
        #expect(error.emptyGroupWords?.hasPrefix("no case that passes the filters has the group value 'mobilised' (values of defendant_status among") == true)
        #expect(error.exitStatus == .usage)
    }

    /// A test that cannot be computed on the groups' data says which group, not which parameter
    /// of the test (issue 20): all sentence lengths tied, one group without a length.
    @Test func aNoteNamesTheGroupNotTheTestsParameter() throws {
        let day = CivilDate(year: 2023, month: 3, day: 1)!
        let tied = (0..<20).map { i in
            CompareCase(inA: i % 2 == 0, sentence: .prison, months: 24, date: day, court: "c", part: "1")
        }
        let r = try CompareAnalysis.compare(cases: tied, groupA: "mobilized", groupB: "contract")
        func notes(_ term: String) -> [String] { r.results.first { $0.term == term }?.notes ?? [] }
        #expect(notes("months_shift") == ["group 'mobilized': all observations are tied; the rank-sum test is undefined"])
        #expect(notes("months_difference") == ["group 'mobilized': the data are essentially constant; the t statistic is undefined"])
        #expect(notes("chisq") == ["the table of group × outcome: column 2 sums to 0; every row and column needs a positive total"])

        var noLengths: [CompareCase] = []
        for i in 0..<20 {
            let inA = i % 2 == 0
            let months: Double? = inA ? Double(i) : nil
            noLengths.append(CompareCase(inA: inA, sentence: inA ? .prison : .fine, months: months, date: day, court: "c", part: "1"))
        }
        let s = try CompareAnalysis.compare(cases: noLengths, groupA: "mobilized", groupB: "contract")
        #expect(s.results.first { $0.term == "months_shift" }?.notes == ["group 'contract': expected at least 1 value, got none"])
        let allNotes: [String] = (r.results + s.results).flatMap(\.notes)
        let flagged = allNotes.filter { $0.contains("--") }
        #expect(flagged.isEmpty, "\(flagged)")
    }

    @Test func aGroupWithoutConvictionsIsRefused() {
        let day = CivilDate(year: 2023, month: 1, day: 1)!
        let cases = [CompareCase(inA: true, sentence: .pending, months: nil, date: day, court: "c", part: "1"),
                     CompareCase(inA: false, sentence: .prison, months: 12, date: day, court: "c", part: "1")]
        #expect(throws: AnalysisError.self) { try CompareAnalysis.compare(cases: cases, groupA: "a", groupB: "b") }
    }
}
