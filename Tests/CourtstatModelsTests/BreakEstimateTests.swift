import CourtstatModels
import CourtstatTestSupport
import Foundation
import Testing

/// The profile likelihood over candidate breaks against R's (glm for Poisson, the tight
/// glm.nb alternation for the negative binomial), and the likelihood-ratio set made from it.
@Suite struct BreakEstimateTests {
    @Test(arguments: [ModelKind.poisson, .negbin])
    func profileAgreesWithR(_ model: ModelKind) throws {
        let counts = ModelFixtures.data("weekly_break")["n"]!
        let estimate = try SegmentedRegression.estimateBreak(counts: counts, model: model)
        let rows = ModelFixtures.profile.filter { $0["model"] == model.rawValue }
        let r = Dictionary(uniqueKeysWithValues: rows.map { ($0.int("break_index"), $0.number("log_lik")!) })
        #expect(estimate.profile.count == r.count)
        for (k, ll) in estimate.profile {
            #expect(ll.agrees(withR: r[k]!), "break \(k): \(ll) vs R \(r[k]!)")
        }
        let best = r.max { $0.value < $1.value }!
        #expect(estimate.breakIndex == best.key)
        let critical = 3.841458820694124   // qchisq(0.95, 1)
        let set = r.filter { 2 * (best.value - $0.value) <= critical }.keys.sorted()
        #expect(estimate.confidenceSet == set)
        #expect(estimate.confLow == set.first && estimate.confHigh == set.last)
        #expect(set.contains(estimate.breakIndex))
    }

    @Test func quasipoissonUsesThePoissonProfile() throws {
        let counts = ModelFixtures.data("weekly_break")["n"]!
        let q = try SegmentedRegression.estimateBreak(counts: counts, model: .quasipoisson, candidates: 30...44)
        let p = try SegmentedRegression.estimateBreak(counts: counts, model: .poisson, candidates: 30...44)
        #expect(q.breakIndex == p.breakIndex && q.confidenceSet == p.confidenceSet)
        #expect(q.fit.glance.model == .quasipoisson)
    }
}
