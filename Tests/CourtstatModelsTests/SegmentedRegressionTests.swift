import CourtstatModels
import CourtstatTestSupport
import Testing

/// The segmented design (intercept, time, level_change, slope_change) reproduces R's fits of
/// the weekly series with the mobilisation break (2022-W38, index 37).
@Suite struct SegmentedRegressionTests {
    static let data = ModelFixtures.data("weekly_break")

    @Test func designMatchesTheFixtureColumns() throws {
        let design = try SegmentedRegression.design(periods: 104, breakIndex: 37)
        #expect(design.termNames == ["intercept", "time", "level_change", "slope_change"])
        #expect(design.columns[1] == Self.data["time"]!)
        #expect(design.columns[2] == Self.data["level_change"]!)
        #expect(design.columns[3] == Self.data["slope_change"]!)
        #expect(design.columns[3][37] == 0 && design.columns[3][38] == 1 && design.columns[2][36] == 0)
        #expect(SegmentedRegression.row(time: 40, breakIndex: 37) == [1, 40, 1, 3])
    }

    @Test(arguments: [("break_poisson", ModelKind.poisson), ("break_quasipoisson", .quasipoisson),
                      ("break_negbin_tight", .negbin)])
    func agreesWithR(_ id: String, _ model: ModelKind) throws {
        let fit = try SegmentedRegression.fit(counts: Self.data["n"]!, breakIndex: 37, model: model)
        let comparison = Comparison.compare(fit, with: id, tolerance: relativeToleranceVsR)
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
    }

    @Test func withoutBreakTheTrendHasTwoTerms() throws {
        let fit = try SegmentedRegression.fit(counts: ModelFixtures.data("weekly_growth")["n"]!, breakIndex: nil)
        let comparison = Comparison.compare(fit, with: "growth_poisson", tolerance: relativeToleranceVsR)
        #expect(comparison.failures.isEmpty, "\(comparison)")
    }

    @Test func breakTooCloseToAnEndIsRejected() {
        #expect(throws: ModelError.self) { try SegmentedRegression.design(periods: 10, breakIndex: 9) }
        #expect(throws: ModelError.self) { try SegmentedRegression.design(periods: 10, breakIndex: 1) }
    }
}
