import CourtstatInference
import CourtstatTestSupport
import Testing

/// The promise of --tsmethod / --midp: the p-value is below α exactly when the interval
/// excludes the null (DESIGN.md, "Beyond R"), over thousands of random inputs, for every
/// method, test and alternative. Where the accepted nulls do not form an interval (said in a
/// note) the convex hull can hold rejected nulls, so there only "p > α ⇒ inside" is required.
@Suite struct MatchingIntervalPropertyTests {
    enum Kind: CaseIterable { case binom, poisson1, poisson2, fisher }

    struct Input {
        let kind: Kind
        let counts: [Int]
        let times: [Double]
    }

    static func run(_ input: Input, null: Double, method: TwoSidedMethod, midp: Bool,
                    alternative: Alternative, level: Double) throws -> TestResult {
        let c = input.counts
        switch input.kind {
        case .binom: return try binomialTest(x: c[0], n: c[1], p: null, alternative: alternative, confLevel: level, tsmethod: method, midp: midp)
        case .poisson1: return try poissonTest(x: [c[0]], t: input.times, r: null, alternative: alternative, confLevel: level, tsmethod: method, midp: midp)
        case .poisson2: return try poissonTest(x: c, t: input.times, r: null, alternative: alternative, confLevel: level, tsmethod: method, midp: midp)
        case .fisher: return try fisherTest(a: c[0], b: c[1], c: c[2], d: c[3], alternative: alternative, confLevel: level, tsmethod: method, midp: midp)
        }
    }

    @Test func pBelowAlphaExactlyWhenIntervalExcludesNull() throws {
        var g = SeededGenerator(seed: 21)
        var checked = 0, nearLimit = 0
        for caseNumber in 0..<2400 {
            let kind = g.pick(Kind.allCases)
            let input: Input
            switch kind {
            case .binom: let n = g.int(1...60); input = Input(kind: kind, counts: [g.int(0...n), n], times: [])
            case .poisson1: input = Input(kind: kind, counts: [g.int(0...40)], times: [Double(g.int(1...40)) / 4])
            case .poisson2:
                var c = [g.int(0...30), g.int(0...30)]
                if c == [0, 0] { c[0] = 1 }
                input = Input(kind: kind, counts: c, times: [Double(g.int(1...20)) / 4, Double(g.int(1...20)) / 4])
            case .fisher:
                var c = (0..<4).map { _ in g.int(0...12) }
                if c.allSatisfy({ $0 == 0 }) { c[0] = 1 }
                input = Input(kind: kind, counts: c, times: [])
            }
            let method = g.pick(TwoSidedMethod.allCases), midp = g.chance(0.5)
            let alternative: Alternative = g.chance(0.8) ? .twoSided : g.pick([.less, .greater])
            let level = g.pick([0.9, 0.95, 0.99])
            // A first run gives the interval (which does not depend on the null); the null is then
            // put near one of its limits most of the time, where a mismatch would show.
            let label = "case \(caseNumber): \(kind) \(input.counts) \(input.times) \(method) midp \(midp) \(alternative) level \(level)"
            let first = try #require(try? Self.run(input, null: kind == .binom ? 0.5 : 1, method: method, midp: midp, alternative: alternative, level: level), "\(label)")
            let limits = [first.confLow!, first.confHigh!].filter { $0 > 0 && $0.isFinite && (kind != .binom || $0 < 1) }
            var null: Double
            if kind == .fisher {
                null = 1   // Fisher's exact test is of odds ratio 1; random tables move the limits instead.
            } else if !limits.isEmpty && g.chance(0.7) {
                let limit = g.pick(limits)
                null = limit * (1 + (g.chance(0.5) ? 1 : -1) * Double(g.int(1...1000)) * 1e-6)
                nearLimit += 1
            } else {
                null = kind == .binom ? Double(g.int(1...99)) / 100 : Double(g.int(1...80)) / 20
            }
            if kind == .binom { null = min(max(null, 1e-9), 1 - 1e-9) }
            let r = try Self.run(input, null: null, method: method, midp: midp, alternative: alternative, level: level)
            let alpha = 1 - level, p = r.pValue!
            let inside = null >= r.confLow! && null <= r.confHigh!
            let onEdge = abs(null - r.confLow!) <= 1e-12 * null || abs(null - r.confHigh!) <= 1e-12 * null
            guard abs(p - alpha) > 1e-12, !onEdge else { continue }
            checked += 1
            let hull = r.notes.contains { $0.contains("convex hull") }
            let context = "case \(caseNumber): \(kind) \(input.counts) \(input.times) null \(null) \(method) midp \(midp) \(alternative) level \(level): p \(p), interval [\(r.confLow!), \(r.confHigh!)]"
            if hull {
                #expect(!(p > alpha) || inside, "\(context)")
            } else {
                #expect((p > alpha) == inside, "\(context)")
            }
        }
        #expect(checked > 2000 && nearLimit > 800)
    }
}
