import CourtstatAnalyses
import CourtstatData
import CourtstatTestSupport
import Testing

/// Published tallies as weekly rates over their periods (the published-figures chart's heights).
@Suite struct PublishedWeeklyRateTests {
    static let figures = repositoryRoot.appendingPathComponent("datasets/published_figures.csv").path

    @Test func aTallyIsItsValueOverTheWeeksOfItsPeriod() throws {
        let rates = PublishedWeeklyRate.rates(try PublishedFigures(source: InputSource(path: Self.figures)),
                                              metric: "cases_received", article: "337")
        let f001 = try #require(rates.first { $0.figure.id == "F001" })
        // 2,076 cases received from 2023-01-01 to 2023-06-30: 181 days.
        #expect(f001.days == 181)
        #expect(f001.perWeek == 2076.0 / 181.0 * 7)
        #expect(f001.mid.description == "2023-04-01")   // day 90 of 0…180
    }

    @Test func derivedFiguresAreNotTallies() throws {
        let rates = PublishedWeeklyRate.rates(try PublishedFigures(source: InputSource(path: Self.figures)),
                                              metric: "cases_received", article: "337")
        #expect(!rates.isEmpty)
        #expect(rates.allSatisfy { $0.figure.qualifier != .derived })
        #expect(!rates.contains { ["F003", "F004", "F010"].contains($0.figure.id) })
    }
}
