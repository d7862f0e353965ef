import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatTestSupport
import Testing

/// The numbers the report's writers draw, computed in Analyses: Holm across outcomes, quarterly
/// shares with Wilson intervals, sentence lengths in bins.
@Suite struct ReportComputationTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    static let data = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path

    /// Each term is adjusted across the outcomes by adjustPValues(method: .holm) (R's p.adjust);
    /// a row without a p-value has none, and one outcome has nothing to adjust.
    @Test func holmIsAdjustedWithinEachTermAcrossOutcomes() throws {
        let cases = try CompareAnalysis.readCases(source: InputSource(path: Self.data), filter: CaseFilter(),
                                                  column: .defendantStatus, a: "mobilized", b: "contract")
        let results = try [CompareOutcome.custodial, .sentence(.suspended), .sentence(.fine)].map {
            try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract", outcome: $0)
        }
        let adjusted = try CompareAnalysis.holmAdjustedPValues(results)
        #expect(adjusted.count == results.count)
        #expect(adjusted.map(\.count) == results.map(\.results.count))
        var checked = 0
        for term in ["risk_ratio", "odds_ratio", "chisq", "months_shift"] {
            let rows = results.map { r in r.results.firstIndex { $0.term == term }! }
            let expected = try adjustPValues(results.indices.map { results[$0].results[rows[$0]].pValue! }, method: .holm)
            for i in results.indices {
                #expect(adjusted[i][rows[i]] == expected[i], "\(term), outcome \(i)")
                checked += 1
            }
        }
        #expect(checked == 12)
        for i in results.indices {
            for (j, row) in results[i].results.enumerated() where row.pValue == nil {
                #expect(adjusted[i][j] == nil, "\(row.term ?? "")")
            }
        }
        let one = try CompareAnalysis.holmAdjustedPValues([results[0]])
        #expect(one.count == 1)
        #expect(one.first?.count == results[0].results.count)
        #expect(one.first?.allSatisfy { $0 == nil } == true)
    }

    /// Shares among the convicted per quarter of the decision, each with wilsonInterval's limits;
    /// cases not convicted are not counted, and a quarter without a convicted case in a group has
    /// no share for it.
    @Test func quarterlySharesCountTheConvictedWithWilsonIntervals() throws {
        func c(_ inA: Bool, _ s: SentenceType, _ date: CivilDate) -> CompareCase {
            CompareCase(inA: inA, sentence: s, months: nil, date: date, court: "c", part: "1")
        }
        let cases = [c(true, .prison, Self.day(2023, 1, 5)), c(true, .fine, Self.day(2023, 2, 5)), c(true, .pending, Self.day(2023, 3, 5)),
                     c(true, .suspended, Self.day(2023, 4, 5)), c(false, .prison, Self.day(2022, 12, 30)), c(false, .acquitted, Self.day(2023, 1, 2))]
        let shares = try QuarterlyShares(cases, groupA: "a", groupB: "b")
        #expect(shares.quarters.map(\.description) == ["2022-Q4", "2023-Q1", "2023-Q2"])
        #expect(shares.groups.map(\.name) == ["a", "b"])
        let a = shares.groups[0].shares, b = shares.groups[1].shares
        #expect(a.map(\.quarter.description) == ["2023-Q1", "2023-Q2"])
        #expect(a.map(\.convicted) == [2, 1])
        #expect(a.map(\.withOutcome) == [1, 0])
        #expect(b.map(\.quarter.description) == ["2022-Q4"])
        #expect(b.map(\.convicted) == [1])
        #expect(b.map(\.withOutcome) == [1])
        #expect(shares.groups.map(\.convicted) == [3, 1])
        let wilson = try wilsonInterval(x: 1, n: 2, confLevel: 0.95)
        #expect(a[0].interval == wilson)
    }

    /// Bins of 6 months from 0 to the bin of the longest sentence in either group; percentages of
    /// each group's custodial sentences with a length.
    @Test func sentenceLengthsAreBinnedFromZeroToTheLongest() {
        func c(_ inA: Bool, _ s: SentenceType, _ months: Double?) -> CompareCase {
            CompareCase(inA: inA, sentence: s, months: months, date: Self.day(2023, 1, 1), court: "c", part: "1")
        }
        let cases = [c(true, .prison, 3), c(true, .prison, 6), c(true, .prison, 7.5), c(true, .suspended, 30), c(true, .prison, nil),
                     c(false, .colonySettlement, 13)]
        let bins = SentenceLengthBins(cases, groupA: "a", groupB: "b")
        #expect(bins.groups.map(\.sentences) == [3, 1])
        #expect(bins.groups[0].counts == [1, 2, 0])
        #expect(bins.groups[1].counts == [0, 0, 1])
        let one: Double = 1, two: Double = 2, three: Double = 3
        let percentsA: [Double] = [one / three * 100, two / three * 100, 0], percentsB: [Double] = [0, 0, 100]
        #expect(bins.groups[0].percents == percentsA)
        #expect(bins.groups[1].percents == percentsB)
        let empty = SentenceLengthBins([], groupA: "a", groupB: "b")
        let zeroCounts: [[Int]] = [[0], [0]], zeroPercents: [[Double]] = [[0], [0]]
        #expect(empty.groups.map(\.counts) == zeroCounts)
        #expect(empty.groups.map(\.percents) == zeroPercents)
    }
}
