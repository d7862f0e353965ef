import CourtstatInference
import CourtstatTestSupport
import Testing

/// Swapping the two groups inverts every odds ratio and risk ratio (estimate and interval, the
/// limits trading places) and negates the risk difference, leaving p-values as they were.
@Suite struct GroupSwapTests {
    static func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
    static func inverse(_ v: Double?) -> Double? { v.map { $0 == 0 ? .infinity : $0.isInfinite ? 0 : 1 / $0 } }
    static func negated(_ v: Double?) -> Double? { v.map { -$0 } }

    /// r(a, b) against r(b, a) under `transform` (inverse or negation), limits swapped.
    static func expectMirrored(_ ab: TestResult, _ ba: TestResult, _ transform: (Double?) -> Double?, _ label: String) {
        #expect(close(ab.estimate, transform(ba.estimate)), "\(label): estimate \(String(describing: ab.estimate)) vs \(String(describing: ba.estimate))")
        #expect(close(ab.confLow, transform(ba.confHigh)) && close(ab.confHigh, transform(ba.confLow)),
                "\(label): [\(String(describing: ab.confLow)), \(String(describing: ab.confHigh))] vs [\(String(describing: ba.confLow)), \(String(describing: ba.confHigh))]")
        #expect(close(ab.pValue, ba.pValue), "\(label): p \(String(describing: ab.pValue)) vs \(String(describing: ba.pValue))")
    }

    @Test(arguments: 0..<300)
    func swappingGroups(seed: Int) throws {
        var g = SeededGenerator(seed: 40_000 + UInt64(seed))
        let n1 = g.int(1...300), n2 = g.int(1...300), x1 = g.int(0...n1), x2 = g.int(0...n2)
        let level = g.pick([0.8, 0.9, 0.95, 0.99])
        let label = "\(x1)/\(n1) vs \(x2)/\(n2) at \(level)"
        if x1 + x2 > 0 {
            let f = try fisherTest(a: x1, b: n1 - x1, c: x2, d: n2 - x2, confLevel: level)
            let fs = try fisherTest(a: x2, b: n2 - x2, c: x1, d: n1 - x1, confLevel: level)
            Self.expectMirrored(f, fs, Self.inverse, "fisher \(label)")
        }
        Self.expectMirrored(try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
                            try newcombeDifference(x1: x2, n1: n2, x2: x1, n2: n1, confLevel: level), Self.negated, "newcombe \(label)")
        Self.expectMirrored(try riskRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
                            try riskRatio(x1: x2, n1: n2, x2: x1, n2: n1, confLevel: level), Self.inverse, "risk ratio \(label)")
        Self.expectMirrored(try woolfOddsRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
                            try woolfOddsRatio(x1: x2, n1: n2, x2: x1, n2: n1, confLevel: level), Self.inverse, "woolf \(label)")
        if let prop = try? proportionTest(x: [x1, x2], n: [n1, n2], confLevel: level) {
            let swapped = try proportionTest(x: [x2, x1], n: [n2, n1], confLevel: level)
            Self.expectMirrored(prop, swapped, Self.negated, "prop.test \(label)")
        }
        // Mantel–Haenszel: every stratum's rows swapped.
        let strata = (0..<g.int(2...4)).map { _ in Stratum(a: g.int(1...30), b: g.int(1...30), c: g.int(1...30), d: g.int(1...30)) }
        let mh = try mantelHaenszelTest(strata: strata, confLevel: level)
        let mhs = try mantelHaenszelTest(strata: strata.map { Stratum(a: $0.c, b: $0.d, c: $0.a, d: $0.b) }, confLevel: level)
        Self.expectMirrored(mh, mhs, Self.inverse, "mantelhaen \(strata)")
    }
}
