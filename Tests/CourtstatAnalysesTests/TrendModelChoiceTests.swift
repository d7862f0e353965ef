import CourtstatAnalyses
import CourtstatData
import CourtstatModels
import CourtstatNumerics
import Foundation
import Testing

/// The report's model choice: a series that turns gets its second break; a straight segmented
/// series keeps one; a partial last period is left out; autocorrelated residuals bring HAC errors.
@Suite struct TrendModelChoiceTests {
    static let weeks = TrendAnalysisTests.weeks
    static let decree = CivilDate(year: 2022, month: 9, day: 21)!

    /// Negative-binomial counts, log μ_t = log 7 + trend, with an AR(1) disturbance when `ar` > 0.
    static func simulate(_ logMean: (Int) -> Double, theta: Double, ar: Double = 0, seed: UInt64) throws -> [Int] {
        let rng = try RandomGenerator(seed: seed)
        var u = 0.0
        return weeks.indices.map { t in
            u = ar * u + (ar > 0 ? 0.15 * (rng.gamma(shape: 100, scale: 0.1) - 10) : 0)
            let mu = 7 * exp(logMean(t) + u)
            return rng.poisson(mean: rng.gamma(shape: theta, scale: mu / theta))
        }
    }

    @Test func aSeriesThatPeaksAndFallsGetsASecondBreak() throws {
        let k1 = Self.weeks.firstIndex { $0.contains(Self.decree) }!
        let k2 = 180
        let counts = try Self.simulate({ t in
            0.5 + 0.001 * Double(t) + (t >= k1 ? 0.7 + 0.012 * Double(t - k1) : 0) + (t >= k2 ? -0.03 * Double(t - k2) : 0)
        }, theta: 50, seed: 7)
        let choice = try TrendModelChoice.choose(periods: Self.weeks, counts: counts)
        let chosen = choice.candidates[choice.chosen]
        #expect(chosen.breaks.count >= 2)
        let placed = Self.weeks.firstIndex(of: chosen.breaks[1]) ?? -100
        #expect((choice.breakSets.first ?? []).contains(Self.weeks[k2]) || abs(placed - k2) <= 3)
        #expect(choice.candidates[0].lackOfFit?.flagged == true)
        #expect(choice.result.lackOfFit?.flagged == false)
        #expect(choice.reasons.contains { $0.contains("lowest BIC") })
        // Growth per segment: rising before the second break, falling after it.
        let growth = choice.result.derived.filter { $0.result.term == "growth_per_period" }
        #expect(growth.count == chosen.breaks.count + 1 && growth.first?.segment == "segment_1")
        #expect((growth[1].result.estimate ?? 0) > 0 && (growth.last?.result.estimate ?? 0) < 0)
    }

    @Test func aStraightSegmentedSeriesKeepsOneBreak() throws {
        let k1 = Self.weeks.firstIndex { $0.contains(Self.decree) }!
        let counts = try Self.simulate({ t in 0.5 + 0.001 * Double(t) + (t >= k1 ? 0.7 + 0.012 * Double(t - k1) : 0) },
                                       theta: 50, seed: 11)
        let choice = try TrendModelChoice.choose(periods: Self.weeks, counts: counts)
        #expect(choice.candidates[choice.chosen].breaks.count == 1)
        #expect(choice.completeThrough == nil)
    }

    @Test func autocorrelationBringsNeweyWest() throws {
        let k1 = Self.weeks.firstIndex { $0.contains(Self.decree) }!
        let counts = try Self.simulate({ t in 0.5 + 0.001 * Double(t) + (t >= k1 ? 0.7 + 0.012 * Double(t - k1) : 0) },
                                       theta: 200, ar: 0.8, seed: 3)
        let choice = try TrendModelChoice.choose(periods: Self.weeks, counts: counts)
        #expect(choice.result.hacLag == NeweyWest.defaultLag(n: Self.weeks.count))
        #expect(choice.result.models.allSatisfy { $0.fit.terms.allSatisfy { $0.stdErrorModel != nil } })
        #expect(choice.reasons.contains { $0.contains("Newey–West") })
    }

    @Test func aPartialLastWeekIsLeftOut() throws {
        let k1 = Self.weeks.firstIndex { $0.contains(Self.decree) }!
        var counts = try Self.simulate({ t in 0.5 + 0.001 * Double(t) + (t >= k1 ? 0.7 + 0.012 * Double(t - k1) : 0) },
                                       theta: 50, seed: 5)
        var exposure = Self.weeks.map(\.days)
        exposure[exposure.count - 1] = 2
        counts[counts.count - 1] /= 3
        let choice = try TrendModelChoice.choose(periods: Self.weeks, counts: counts, exposureDays: exposure)
        #expect(choice.completeThrough == Self.weeks[Self.weeks.count - 2].end)
        #expect(choice.result.series.last?.complete == false)
        #expect(choice.result.series.dropLast().allSatisfy { $0.complete })
        #expect(choice.completeThroughReason?.contains("delay") == true)
    }
}
