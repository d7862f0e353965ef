import CourtstatAnalyses
import CourtstatTestSupport
import Testing

/// Raising the threshold of an "at least" claim never makes the verdict better (supported →
/// inconclusive → contradicted, never back): in particular a contradicted claim is never
/// supported at a higher threshold. The same for "more than", and the mirror for "at most".
@Suite struct ClaimThresholdTests {
    static func expectWorsening(_ verdicts: [Verdict], _ label: String) {
        if let i = firstDecrease(verdicts) { Issue.record("\(label): \(verdicts[i - 1]) then \(verdicts[i]) at threshold #\(i)") }
    }

    @Test(arguments: 0..<60)
    func higherThresholdsNeverHelp(seed: Int) throws {
        var g = SeededGenerator(seed: 70_000 + UInt64(seed))
        let level = g.pick([0.8, 0.9, 0.95, 0.99])
        let days = [1, 7, 30, 91, 181, 365, 366]
        let aPeriod = ClaimPeriod(label: "A", days: g.pick(days)), bPeriod = ClaimPeriod(label: "B", days: g.pick(days))
        let a = g.int(0...3000), b = g.int(0...3000)
        let thresholds = (0..<15).map { _ in Double.random(in: 0.01...8, using: &g) }.sorted()
        if a + b > 0 {
            let ratio = try thresholds.map { try checkRatioClaim(id: "r", a: a, aPeriod: aPeriod, b: b, bPeriod: bPeriod, region: .atLeast($0), confLevel: level).verdict }
            Self.expectWorsening(ratio, "ratio \(a)/\(b) at least")
            let more = try thresholds.map { try checkRatioClaim(id: "r", a: a, aPeriod: aPeriod, b: b, bPeriod: bPeriod, region: .moreThan($0), confLevel: level).verdict }
            Self.expectWorsening(more, "ratio \(a)/\(b) more than")
            let atMost = try thresholds.reversed().map { try checkRatioClaim(id: "r", a: a, aPeriod: aPeriod, b: b, bPeriod: bPeriod, region: .atMost($0), confLevel: level).verdict }
            Self.expectWorsening(atMost, "ratio \(a)/\(b) at most (falling)")
        }
        let unit = g.pick(RateUnit.allCases)
        let rates = thresholds.map { $0 * Double(g.int(1...50)) }.sorted()
        let rate = try rates.map { try checkRateClaim(id: "q", count: a, period: aPeriod, per: unit, region: .atLeast($0), confLevel: level).verdict }
        Self.expectWorsening(rate, "rate \(a) in \(aPeriod.days) days per \(unit) at least")
        let n = g.int(1...2000), x = g.int(0...n)
        let shares = thresholds.map { $0 / 8 }
        let share = try shares.map { try checkShareClaim(id: "s", x: x, n: n, region: .atLeast($0), confLevel: level).verdict }
        Self.expectWorsening(share, "share \(x)/\(n) at least")
        let shareMore = try shares.map { try checkShareClaim(id: "s", x: x, n: n, region: .moreThan($0), confLevel: level).verdict }
        Self.expectWorsening(shareMore, "share \(x)/\(n) more than")
    }
}
