import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import Testing

/// The claims chart shades the region the checker decided on, with the checker's defaults.
@Suite struct ClaimsChartRegionTests {
    static func claim(_ body: String) throws -> Claim {
        try #require(try ClaimsCheck(text: "[[claim]]\nid = \"c\"\n" + body, path: "c.toml").claims.first)
    }

    @Test func aSameClaimWithoutMarginIsShadedAtTheCheckersDefault() throws {
        let same = try Self.claim("kind = \"same\"\na = 10\na_period = \"2023\"\nb = 10\nb_period = \"2022\"\n")
        let region = try #require(ClaimsChart.region(same))
        #expect(region.low == 1 - ClaimRegion.defaultSameMargin && region.high == 1 + ClaimRegion.defaultSameMargin)
        #expect(ClaimRegion.defaultSameMargin == 0.15)
    }

    @Test func anAboutClaimWithoutMarginIsShadedAtTenPercent() throws {
        let about = try Self.claim("kind = \"ratio\"\na = 20\na_period = \"2023\"\nb = 10\nb_period = \"2022\"\nabout = 2\n")
        let region = try #require(ClaimsChart.region(about))
        #expect(region.low == 2 * 0.9 && region.high == 2 * 1.1)
    }
}
