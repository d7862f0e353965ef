import CourtstatInference
import CourtstatTestSupport
import Testing

/// Exact binomial (Clopper–Pearson), Wilson and exact Poisson limits never fall as the count
/// rises, for either tail and every level: the claim checker's tipping points rely on it.
@Suite struct MonotoneLimitTests {
    static func expectNonDecreasing(_ values: [Double], _ label: String) {
        if let i = firstDecrease(values) { Issue.record("\(label): falls from \(values[i - 1]) to \(values[i]) at x = \(i)") }
    }

    @Test(arguments: 0..<40)
    func binomialLimitsRiseWithX(seed: Int) throws {
        var g = SeededGenerator(seed: 50_000 + UInt64(seed))
        let n = g.chance(0.2) ? g.int(100_001...150_000) : g.int(1...300)
        let level = g.pick([0.5, 0.9, 0.95, 0.99, 0.9999])
        let alternative = g.pick(Alternative.allCases)
        let xs = n <= 300 ? Array(0...n) : (0..<60).map { _ in g.int(0...n) }.sorted()
        let exact = try xs.map { try binomialTest(x: $0, n: n, alternative: alternative, confLevel: level) }
        let label = "binom n \(n), \(alternative), \(level)"
        Self.expectNonDecreasing(exact.map { $0.confLow! }, label + " lower")
        Self.expectNonDecreasing(exact.map { $0.confHigh! }, label + " upper")
        let wilson = try xs.map { try wilsonInterval(x: $0, n: n, alternative: alternative, confLevel: level) }
        Self.expectNonDecreasing(wilson.map { $0.confLow! }, "wilson n \(n) lower")
        Self.expectNonDecreasing(wilson.map { $0.confHigh! }, "wilson n \(n) upper")
    }

    @Test(arguments: 0..<40)
    func poissonLimitsRiseWithX(seed: Int) throws {
        var g = SeededGenerator(seed: 60_000 + UInt64(seed))
        let time = Double.random(in: 0.01...500, using: &g)
        let level = g.pick([0.5, 0.9, 0.95, 0.99, 0.9999])
        let alternative = g.pick(Alternative.allCases)
        let xs = g.chance(0.2) ? (0..<60).map { _ in g.int(0...3_000_000) }.sorted() : Array(0...g.int(1...400))
        let results = try xs.map { try poissonTest(x: [$0], t: [time], alternative: alternative, confLevel: level) }
        let label = "poisson t \(time), \(alternative), \(level)"
        Self.expectNonDecreasing(results.map { $0.confLow! }, label + " lower")
        Self.expectNonDecreasing(results.map { $0.confHigh! }, label + " upper")
    }
}
