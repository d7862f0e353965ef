import CourtstatModels
import CourtstatTestSupport
import Foundation
import Testing

/// Growth per period, doubling time and rate ratios against R (derived.csv: the Wald
/// interval of c'beta from vcov, transformed).
@Suite struct DerivedQuantitiesTests {
    static func fit(_ id: String) throws -> ModelFit { try ModelFixtures.fit(ModelFixtures.fitRow(id)) }
    static func reference(_ id: String, _ term: String) -> Fixture.Row {
        Fixture.rows("derived.csv", folder: ModelFixtures.folder, count: 7).first { $0["fit_id"] == id && $0["term"] == term }!
    }
    static func combination(_ fit: ModelFit, _ row: Fixture.Row) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(fit.design.termNames, row.vector("combination")).filter { $0.1 != 0 })
    }

    @Test(arguments: [("growth_poisson", "growth_per_period"), ("growth_poisson", "doubling_periods"),
                      ("sparse_poisson", "growth_per_period"), ("break_poisson", "growth_per_period"),
                      ("break_quasipoisson", "growth_per_period")])
    func growthAndDoublingAgreeWithR(_ id: String, _ term: String) throws {
        let fit = try Self.fit(id), row = Self.reference(id, term)
        let c = Self.combination(fit, row)
        let result = term == "growth_per_period" ? try DerivedQuantities.growthPerPeriod(fit, combination: c)
                                                 : try DerivedQuantities.doublingPeriods(fit, combination: c)
        #expect(result.term == term)
        #expect(agree(result.estimate, row.number("estimate")))
        #expect(agree(result.confLow, row.number("conf_low")))
        #expect(agree(result.confHigh, row.number("conf_high")))
        #expect(result.notes.isEmpty)
    }

    @Test(arguments: ["break_poisson", "break_quasipoisson"])
    func rateRatioAgreesWithR(_ id: String) throws {
        let fit = try Self.fit(id), row = Self.reference(id, "rate_ratio_after_vs_before")
        let result = try DerivedQuantities.rateRatio(fit, laterTime: row.number("later")!,
                                                     earlierTime: row.number("earlier")!, breakIndex: 37)
        #expect(result.term == "rate_ratio_after_vs_before")
        #expect(agree(result.estimate, row.number("estimate")))
        #expect(agree(result.confLow, row.number("conf_low")))
        #expect(agree(result.confHigh, row.number("conf_high")))
    }

    /// The sparse series' growth interval includes 0: a doubling time exists as an estimate,
    /// its interval has no finite upper limit, and a note says "not growing".
    @Test func notGrowingHasNoFiniteDoublingInterval() throws {
        let fit = try Self.fit("sparse_poisson"), row = Self.reference("sparse_poisson", "growth_per_period")
        let result = try DerivedQuantities.doublingPeriods(fit)
        let beta = fit.coefficients[1]
        #expect(agree(result.estimate, M_LN2 / beta))
        #expect(agree(result.confLow, M_LN2 / row.number("beta_conf_high")!))
        #expect(result.confHigh == .infinity)
        #expect(result.notes.first?.hasPrefix("not growing") == true)
    }

    @Test func shrinkingSeriesHasNoDoublingTime() throws {
        let y: [Double] = [40, 35, 33, 30, 26, 25, 22, 20, 18, 15, 14, 12]
        let fit = try GeneralizedLinearModel.poisson(y: y, design: Design([("time", (0..<12).map(Double.init))]))
        let result = try DerivedQuantities.doublingPeriods(fit)
        #expect(result.estimate == nil && result.confLow == nil && result.confHigh == nil)
        #expect(result.notes.first?.contains("halving time") == true)
    }
}
