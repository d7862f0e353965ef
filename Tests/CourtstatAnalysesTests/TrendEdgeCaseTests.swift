import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatTestSupport
import Testing

/// The trend on degenerate series. R 4.2.2's answer is
/// written beside each (options(digits = 17)).
@Suite struct TrendEdgeCaseTests {
    static func weeks(_ count: Int) -> [Period] {
        Array(Period(containing: CivilDate(year: 2023, month: 1, day: 2)!, unit: .week).through(CivilDate(year: 2024, month: 12, day: 31)!).prefix(count))
    }

    @Test func oneOrThreePeriodsAreTooFew() {
        // R: glm(n ~ time, poisson) on one period → slope NA (two parameters, one observation).
        let one = #expect(throws: AnalysisError.self) { try TrendAnalysis.analyze(periods: Self.weeks(1), counts: [7], breakChoice: .none) }
        #expect(one?.description == "a trend needs at least 4 periods; the series has 1")
        #expect(throws: AnalysisError.self) { try TrendAnalysis.analyze(periods: Self.weeks(3), counts: [7, 8, 9], breakChoice: .none) }
    }

    @Test func allZeroSeriesIsRefused() {
        // R: glm(n ~ time + offset(log(days)), poisson) on twelve zeros → intercept -24.3 with SE
        // 67497 ("converged"): the rate's estimate is 0, on the boundary. Refused with a reason.
        let error = #expect(throws: AnalysisError.self) {
            try TrendAnalysis.analyze(periods: Self.weeks(12), counts: Array(repeating: 0, count: 12), breakChoice: .none)
        }
        #expect(error?.description == "every period has 0 cases; there is no trend to fit")
    }

    @Test func constantSeries() throws {
        // R: glm(n ~ time + offset(log(days)), poisson, data.frame(n = rep(5, 12), time = 0:11,
        // days = 7), control = glm.control(epsilon = 1e-14)) → intercept -0.33647223662121278
        // (SE 0.242846369077981017), time -7.7e-18 (SE 0.037397879600338288), p 1.
        let r = try TrendAnalysis.analyze(periods: Self.weeks(12), counts: Array(repeating: 5, count: 12), breakChoice: .none)
        let poisson = try #require(r.models.first { $0.kind == .poisson }).fit
        #expect(poisson.terms[0].estimate.agrees(withR: -0.33647223662121278))
        #expect(poisson.terms[0].stdError.agrees(withR: 0.242846369077981017))
        #expect(abs(poisson.terms[1].estimate) < 1e-15 && poisson.terms[1].stdError.agrees(withR: 0.037397879600338288))
        #expect(poisson.terms[1].pValue.agrees(withR: 1, tolerance: 1e-12))
        #expect(r.chosen == .poisson)
        // R: glm(..., quasipoisson) → dispersion 1.9e-31, intercept SE 1.1e-16, p 2.3e-151:
        // rounding noise. Not fitted here, with a note; nor is the negative binomial (R's glm.nb
        // fails: theta grows without bound).
        #expect(r.models.map(\.kind) == [.poisson])
        #expect(r.notes.contains("quasi-Poisson not fitted: the counts lie on the fitted curve (dispersion 0)"))
        #expect(r.notes.contains("negative binomial not fitted: no over-dispersion (theta grows without bound)"))
        // No growth: doubling time infinite, as log(2)/0 in R; its interval's upper end too.
        let doubling = try #require(r.derived.first { $0.result.term == "doubling_periods" }).result
        #expect(doubling.estimate == .infinity && doubling.confHigh == .infinity && doubling.confLow!.isFinite)
        for point in r.series { #expect(abs(point.fitted - 5) < 1e-9 && point.fitLow < 5 && point.fitHigh > 5) }
    }
}
