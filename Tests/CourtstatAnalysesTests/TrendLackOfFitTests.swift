import CourtstatAnalyses
import CourtstatData
import CourtstatTestSupport
import Foundation
import Testing

/// The lack-of-fit check against R (scripts/make-trend-fixtures.R, lack_of_fit.csv): the weekly
/// series that falls after its second break, fitted with its first break only.
@Suite struct TrendLackOfFitTests {
    static let folder = "Tests/Fixtures/trends"

    @Test func agreesWithR() throws {
        let data = Fixture.rows("data_weekly_two_breaks.csv", folder: Self.folder, count: 156)
        let r = Fixture.rows("lack_of_fit.csv", folder: Self.folder, count: 2)
        #expect(data.count == 156 && r.count == 2)
        let weeks = Period(containing: CivilDate(year: 2021, month: 1, day: 4)!, unit: .week)
            .through(CivilDate(year: 2023, month: 12, day: 31)!)
        #expect(weeks.count == 156)
        let result = try TrendAnalysis.analyze(periods: weeks, counts: data.map { $0.int("n") },
                                               breakChoice: .date(CivilDate(year: 2021, month: 10, day: 13)!, explicit: true))
        #expect(result.chosen == .negbin && result.breakIndex == 40)
        let lack = try #require(result.lackOfFit)
        // The quarter (39 weeks) passes both checks; its second half (19 weeks) fails: it is reported.
        let quarter = r[0], half = r[1]
        #expect(quarter.number("z")!.magnitude < 1.96 && quarter.number("sign_p_value")! > 0.05)
        #expect(lack.flagged)
        #expect(lack.periods == half.int("periods") && lack.first == weeks[half.int("first_index")] && lack.last == weeks[155])
        #expect(lack.observed == half.number("observed")! && lack.above == half.int("above") && lack.below == half.int("below"))
        #expect(lack.expected.agrees(withR: half.number("expected")!, tolerance: 1e-8))
        #expect(lack.z.agrees(withR: half.number("z")!, tolerance: 1e-8))
        #expect(lack.signPValue.agrees(withR: half.number("sign_p_value")!, tolerance: 1e-12))
        #expect(result.notes.contains { $0.hasPrefix("lack of fit: the fit overstates 2023-W34…2023-W52 by 42%") }, "\(result.notes)")
    }
}
