import CourtstatAnalyses
import CourtstatData
import CourtstatModels
import CourtstatNumerics
import Foundation
import CourtstatTestSupport
import Testing

/// The trend recovers known truth: counts drawn from a segmented log-linear model with known
/// coefficients (seeded GSL draws) give intervals that cover them.
@Suite struct TrendAnalysisTests {
    static let weeks: [Period] = {
        let first = Period(containing: CivilDate(year: 2021, month: 1, day: 4)!, unit: .week)
        return first.through(CivilDate(year: 2024, month: 12, day: 29)!)
    }()

    /// log μ_t = log 7 + b0 + b1·t + b2·[t ≥ k] + b3·(t − k)⁺, Poisson, or gamma-mixed Poisson
    /// (negative binomial with shape theta) when theta is given.
    static func simulate(_ b: [Double], breakAt k: Int, theta: Double?, seed: UInt64) throws -> [Int] {
        let rng = try RandomGenerator(seed: seed)
        return weeks.indices.map { t in
            let x = SegmentedRegression.row(time: Double(t), breakIndex: k)
            let mu = 7 * exp(zip(x, b).reduce(0) { $0 + $1.0 * $1.1 })
            let mean = theta.map { rng.gamma(shape: $0, scale: mu / $0) } ?? mu
            return rng.poisson(mean: mean)
        }
    }

    static let truth = [0.4, 0.001, 0.7, 0.012]   // per-day intercept, weekly slope, jump, slope change
    static let breakDate = CivilDate(year: 2022, month: 9, day: 21)!

    @Test(arguments: [UInt64(1), 2, 3])
    func poissonSeriesRecoversItsCoefficients(seed: UInt64) throws {
        let k = Self.weeks.firstIndex { $0.contains(Self.breakDate) }!
        let counts = try Self.simulate(Self.truth, breakAt: k, theta: nil, seed: seed)
        let r = try TrendAnalysis.analyze(periods: Self.weeks, counts: counts, breakChoice: .date(Self.breakDate, explicit: true))
        #expect(r.breakIndex == k)
        let fit = r.models.first { $0.kind == .poisson }!.fit
        #expect(fit.terms.map(\.term) == ["intercept", "time", "level_change", "slope_change"])
        for (term, b) in paired(fit.terms, Self.truth) {
            #expect(term.confLow <= b && b <= term.confHigh, "\(term.term): [\(term.confLow), \(term.confHigh)] misses \(b)")
        }
        let after = r.derived.first { $0.segment == "after" && $0.result.term == "growth_per_period" }!.result
        let trueAfter = exp(Self.truth[1] + Self.truth[3]) - 1
        #expect(after.confLow! <= trueAfter && trueAfter <= after.confHigh!)
    }

    /// On Poisson data the over-dispersion test rejects at its level: over 30 seeded series the
    /// negative binomial is chosen about 5% of the time (at most 5 of 30: P(X > 5) = 0.008 for
    /// X ~ Binomial(30, 0.05)).
    @Test func overdispersionTestHoldsItsLevelOnPoissonData() throws {
        let k = Self.weeks.firstIndex { $0.contains(Self.breakDate) }!
        var chosenNegbin = 0
        for seed in UInt64(100)..<130 {
            let counts = try Self.simulate(Self.truth, breakAt: k, theta: nil, seed: seed)
            let r = try TrendAnalysis.analyze(periods: Self.weeks, counts: counts, breakChoice: .date(Self.breakDate, explicit: true))
            if r.chosen == .negbin { chosenNegbin += 1 }
        }
        #expect(chosenNegbin <= 5)
    }

    @Test func overdispersedSeriesChoosesTheNegativeBinomial() throws {
        let k = Self.weeks.firstIndex { $0.contains(Self.breakDate) }!
        let counts = try Self.simulate(Self.truth, breakAt: k, theta: 8, seed: 11)
        let r = try TrendAnalysis.analyze(periods: Self.weeks, counts: counts)
        #expect(r.chosen == .negbin)
        #expect(r.overdispersion.pValue! < 0.001)
        let theta = r.models.first { $0.kind == .negbin }!.fit.glance.theta!
        #expect(theta > 4 && theta < 16)
        let jump = r.models.first { $0.kind == .negbin }!.fit.terms[2]
        #expect(jump.confLow <= 0.7 && 0.7 <= jump.confHigh)
        // The band contains the fitted values and is positive.
        #expect(r.series.allSatisfy { $0.fitLow > 0 && $0.fitLow <= $0.fitted && $0.fitted <= $0.fitHigh })
    }

    @Test func estimatedBreakFindsTheDecree() throws {
        let k = Self.weeks.firstIndex { $0.contains(Self.breakDate) }!
        let counts = try Self.simulate(Self.truth, breakAt: k, theta: nil, seed: 5)
        let r = try TrendAnalysis.analyze(periods: Self.weeks, counts: counts, breakChoice: .estimate)
        let estimate = r.breakEstimate!
        #expect(estimate.confLow <= k && k <= estimate.confHigh)
    }

    @Test func flatSeriesIsNotGrowing() throws {
        let counts = try Self.simulate([1.0, 0, 0, 0], breakAt: 100, theta: nil, seed: 9)
        let r = try TrendAnalysis.analyze(periods: Self.weeks, counts: counts, breakChoice: .none)
        let doubling = r.derived.first { $0.result.term == "doubling_periods" }!.result
        #expect(doubling.notes.contains { $0.hasPrefix("not growing") })
    }

    @Test func refusesSeriesWithoutInformation() {
        let four = Array(Self.weeks.prefix(4)), three = Array(Self.weeks.prefix(3))
        #expect(throws: AnalysisError.self) { try TrendAnalysis.analyze(periods: three, counts: [1, 2, 3]) }
        #expect(throws: AnalysisError.self) { try TrendAnalysis.analyze(periods: four, counts: [0, 0, 0, 0]) }
        #expect(throws: AnalysisError.self) {
            try TrendAnalysis.analyze(periods: Array(Self.weeks.prefix(20)), counts: Array(repeating: 3, count: 20),
                                      breakChoice: .date(CivilDate(year: 2030, month: 1, day: 1)!, explicit: true))
        }
    }
}
