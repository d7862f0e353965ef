import CourtstatInference
import CourtstatTestSupport
import Testing

/// Every `test` function on random valid input: the p-value lies in [0, 1], the interval is
/// ordered and contains its estimate, no value is NaN; or the input is refused with a named
/// argument error (a zero margin, constant data), never with an internal numerical error.
@Suite struct TestInvariantTests {
    /// Checks one outcome; `label` says which function and input.
    static func check(_ label: String, _ body: () throws(InferenceError) -> TestResult) {
        let r: TestResult
        do { r = try body() } catch {
            if case .numerics = error { Issue.record("\(label): internal error on valid input: \(error)") }
            return
        }
        for (name, v) in [("estimate", r.estimate), ("conf_low", r.confLow), ("conf_high", r.confHigh),
                          ("statistic", r.statistic), ("std_error", r.stdError), ("p_value", r.pValue), ("df", r.df)] {
            if let v { #expect(!v.isNaN, "\(label): \(name) is NaN") }
        }
        if let p = r.pValue { #expect(p >= 0 && p <= 1, "\(label): p = \(p)") }
        if let low = r.confLow, let high = r.confHigh {
            #expect(low <= high, "\(label): interval [\(low), \(high)]")
            if let e = r.estimate {
                let slack = 1e-9 * max(abs(e), 1e-300)
                #expect(low <= e + slack && e <= high + slack, "\(label): estimate \(e) outside [\(low), \(high)]")
            }
        }
    }

    static func level(_ g: inout SeededGenerator) -> Double { g.pick([0.5, 0.8, 0.9, 0.95, 0.99, 0.999]) }
    static func alternative(_ g: inout SeededGenerator) -> Alternative { g.pick(Alternative.allCases) }
    static func trials(_ g: inout SeededGenerator) -> Int { g.chance(0.1) ? g.int(100_001...400_000) : g.int(1...g.pick([5, 50, 3000])) }

    @Test(arguments: 0..<250)
    func everyTestOnRandomInput(seed: Int) {
        var g = SeededGenerator(seed: 30_000 + UInt64(seed))
        let n = Self.trials(&g), x = g.int(0...n)
        let p = g.chance(0.1) ? g.pick([0.0, 1.0]) : Double.random(in: 0.001...0.999, using: &g)
        let (alt, level) = (Self.alternative(&g), Self.level(&g))
        Self.check("binom(\(x), \(n), p \(p), \(alt), \(level))") { () throws(InferenceError) in
            try binomialTest(x: x, n: n, p: p, alternative: alt, confLevel: level)
        }
        Self.check("wilson(\(x), \(n), \(alt), \(level))") { () throws(InferenceError) in
            try wilsonInterval(x: x, n: n, p: min(max(p, 0.001), 0.999), alternative: alt, confLevel: level)
        }

        let n1 = g.int(1...400), n2 = g.int(1...400), x1 = g.int(0...n1), x2 = g.int(0...n2)
        let correct = g.chance(0.5)
        Self.check("prop(\(x1),\(x2) / \(n1),\(n2), correct \(correct))") { () throws(InferenceError) in
            try proportionTest(x: [x1, x2], n: [n1, n2], alternative: alt, confLevel: level, correct: correct)
        }
        Self.check("newcombe(\(x1)/\(n1), \(x2)/\(n2))") { () throws(InferenceError) in try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level) }
        Self.check("risk ratio(\(x1)/\(n1), \(x2)/\(n2))") { () throws(InferenceError) in try riskRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level) }
        Self.check("woolf(\(x1)/\(n1), \(x2)/\(n2))") { () throws(InferenceError) in try woolfOddsRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level) }
        let margin = Double.random(in: 0.01...0.5, using: &g)
        Self.check("tost-prop(\(x1)/\(n1), \(x2)/\(n2), \(margin))") { () throws(InferenceError) in
            try equivalenceProportions(x1: x1, n1: n1, x2: x2, n2: n2, margin: margin, confLevel: level)
        }

        let cells = (0..<4).map { _ in g.int(0...(g.chance(0.1) ? 3000 : 40)) }
        Self.check("fisher(\(cells), \(alt), \(level))") { () throws(InferenceError) in
            try fisherTest(a: cells[0], b: cells[1], c: cells[2], d: cells[3], alternative: alt, confLevel: level)
        }
        let rows = g.int(1...4), columns = g.int(2...4)
        let table = (0..<rows).map { _ in (0..<columns).map { _ in g.int(0...50) } }
        Self.check("chisq(\(table))") { () throws(InferenceError) in try chiSquareTest(table: table, correct: g.chance(0.5)) }

        let events = g.chance(0.1) ? g.int(10_001...2_000_000) : g.int(0...5000)
        let time = Double.random(in: 0.1...1000, using: &g), rate = Double.random(in: 0.1...10, using: &g)
        Self.check("poisson(\(events), t \(time), r \(rate), \(alt), \(level))") { () throws(InferenceError) in
            try poissonTest(x: [events], t: [time], r: rate, alternative: alt, confLevel: level)
        }
        let other = g.int(0...5000), time2 = Double.random(in: 0.1...1000, using: &g)
        Self.check("poisson(\(events), \(other) / \(time), \(time2), r \(rate))") { () throws(InferenceError) in
            try poissonTest(x: [events, other], t: [time, time2], r: rate, alternative: alt, confLevel: level)
        }
        Self.check("tost-rate(\(events)/\(time), \(other)/\(time2))") { () throws(InferenceError) in
            try equivalenceRates(x1: events, t1: time, x2: other, t2: time2, margin: margin, confLevel: level)
        }

        let a = (0..<g.int(1...30)).map { _ in (Double.random(in: -50...50, using: &g) * 4).rounded() / 4 }
        let b = (0..<g.int(1...30)).map { _ in (Double.random(in: -40...60, using: &g) * 4).rounded() / 4 }
        let varEqual = g.chance(0.5)
        Self.check("t(\(a), \(b), var.equal \(varEqual))") { () throws(InferenceError) in
            try tTest(a: a, b: b, varEqual: varEqual, alternative: alt, confLevel: level)
        }
        Self.check("t one sample(\(a))") { () throws(InferenceError) in try tTest(a: a, alternative: alt, confLevel: level) }
        let exact = g.pick(ExactChoice.allCases)
        Self.check("wilcox(\(a), \(b), exact \(exact))") { () throws(InferenceError) in
            try wilcoxonTest(a: a, b: b, alternative: alt, exact: exact, correct: correct, confLevel: level)
        }

        let strata = (0..<g.int(2...5)).map { _ in Stratum(a: g.int(0...30), b: g.int(0...30), c: g.int(0...30), d: g.int(0...30)) }
        Self.check("mh(\(strata))") { () throws(InferenceError) in try mantelHaenszelTest(strata: strata, alternative: alt, correct: correct, confLevel: level) }

        let k = g.int(2...6)
        let trendN = (0..<k).map { _ in g.int(1...200) }
        let trendX = trendN.map { g.int(0...$0) }
        Self.check("prop-trend(\(trendX) / \(trendN))") { () throws(InferenceError) in try proportionTrendTest(x: trendX, n: trendN) }

        let ps = (0..<g.int(1...12)).map { _ in g.chance(0.1) ? g.pick([0.0, 1.0]) : Double.random(in: 0...1, using: &g) }
        for method in PAdjustMethod.allCases {
            do {
                let adjusted = try adjustPValues(ps, method: method)
                #expect(adjusted.count == ps.count && zip(adjusted, ps).allSatisfy { $0 >= $1 && $0 <= 1 },
                        "p.adjust \(method)(\(ps)) = \(adjusted)")
            } catch { Issue.record("p.adjust \(method)(\(ps)): \(error)") }
        }
    }
}
