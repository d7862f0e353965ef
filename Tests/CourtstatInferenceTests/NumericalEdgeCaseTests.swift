import CourtstatInference
import CourtstatTestSupport
import Testing

/// Inputs at the edge of each test's domain: zero counts, x = 0 and x = n, ties everywhere,
/// 10^9 counts. Each either gives R's numbers or is refused with a named error where R refuses
/// (or returns NaN); never a NaN or an infinity R would not print. R 4.2.2's answer is written
/// beside each case (options(digits = 17)).
@Suite struct NumericalEdgeCaseTests {
    /// No NaN anywhere in a result; infinities only where they are stated.
    static func expectNoNaN(_ r: TestResult, _ label: String) {
        for (name, v) in [("estimate", r.estimate), ("conf_low", r.confLow), ("conf_high", r.confHigh),
                          ("statistic", r.statistic), ("p_value", r.pValue), ("std_error", r.stdError)] {
            if let v { #expect(!v.isNaN, "\(label): \(name) is NaN") }
        }
        if let p = r.pValue { #expect(p >= 0 && p <= 1, "\(label): p = \(p)") }
    }

    // MARK: x = 0 and x = n

    @Test func binomialAtZeroAndAtN() throws {
        // R: binom.test(0, 20) → p 1.9073486328124989e-06, CI [0, 0.16843347098308536]
        let zero = try binomialTest(x: 0, n: 20)
        #expect(zero.estimate == 0 && zero.confLow == 0)
        #expect(zero.pValue!.agrees(withR: 1.9073486328124989e-06) && zero.confHigh!.agrees(withR: 0.16843347098308536))
        // R: binom.test(20, 20) → p 1.9073486328124989e-06, CI [0.83156652901691464, 1]
        let all = try binomialTest(x: 20, n: 20)
        #expect(all.estimate == 1 && all.confHigh == 1)
        #expect(all.pValue!.agrees(withR: 1.9073486328124989e-06) && all.confLow!.agrees(withR: 0.83156652901691464))
    }

    @Test func wilsonAtZeroAndAtN() throws {
        // R: prop.test(0, 10, correct = FALSE) → p 0.0015654022580025519, CI [0, 0.27753279986288915]
        let zero = try wilsonInterval(x: 0, n: 10)
        #expect(zero.confLow == 0 && zero.confHigh!.agrees(withR: 0.27753279986288915))
        #expect(zero.pValue!.agrees(withR: 0.0015654022580025519))
        // R: prop.test(10, 10, correct = FALSE) → CI [0.72246720013711085, 1]
        let all = try wilsonInterval(x: 10, n: 10)
        #expect(all.confHigh == 1 && all.confLow!.agrees(withR: 0.72246720013711085))
    }

    // MARK: all-zero counts

    @Test func poissonWithNoEvents() throws {
        // R: poisson.test(0, 1) → p 1, estimate 0, CI [0, 3.6888794541139354]
        let one = try poissonTest(x: [0], t: [1])
        #expect(one.pValue == 1 && one.estimate == 0 && one.confLow == 0)
        #expect(one.confHigh!.agrees(withR: 3.6888794541139354))
        // R: poisson.test(c(0, 5), c(1, 1)) → p 0.0625, estimate 0, CI [0, 1.0912791051825459]
        let two = try poissonTest(x: [0, 5], t: [1, 1])
        #expect(two.estimate == 0 && two.confLow == 0)
        #expect(two.pValue!.agrees(withR: 0.0625) && two.confHigh!.agrees(withR: 1.0912791051825459))
        // R: poisson.test(c(0, 0), c(1, 1)) → estimate NaN, CI [0, Inf]: refused, the ratio is 0/0.
        #expect(throws: InferenceError.undefined(parameter: "x", reason: "both counts are 0; the rate ratio is undefined")) {
            try poissonTest(x: [0, 0], t: [1, 1])
        }
    }

    @Test func proportionsAndChiSquareWithAZeroMargin() {
        // R: prop.test(c(0, 0), c(10, 12)) → statistic NaN, p NaN (with a warning): refused.
        #expect(throws: InferenceError.self) { try proportionTest(x: [0, 0], n: [10, 12]) }
        // R: prop.test(c(10, 12), c(10, 12)) → p NaN: refused.
        #expect(throws: InferenceError.self) { try proportionTest(x: [10, 12], n: [10, 12]) }
        // R: chisq.test(matrix(c(0, 0, 3, 4), 2)) → statistic NaN, p NaN: refused.
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[0, 3], [0, 4]]) }
    }

    @Test func fisherWithAZeroMarginFollowsR() throws {
        // R: fisher.test(matrix(c(0, 0, 3, 4), 2)) → p 1, odds ratio 0, CI [0, Inf].
        let r = try fisherTest(a: 0, b: 3, c: 0, d: 4)
        #expect(r.pValue == 1 && r.estimate == 0 && r.confLow == 0 && r.confHigh == .infinity)
        #expect(!r.notes.isEmpty)
        // R: fisher.test(matrix(0, 2, 2)) → the same; courtstat refuses a table with no cases at
        // all (README, "Zero margins"): there is nothing to test.
        #expect(throws: InferenceError.self) { try fisherTest(a: 0, b: 0, c: 0, d: 0) }
    }

    @Test func mantelHaenszelWithAnEmptyStratum() {
        // R: mantelhaen.test(array(c(0, 0, 0, 0, 3, 4, 5, 6), c(2, 2, 2))) → error "sample size in
        // each stratum must be > 1".
        #expect(throws: InferenceError.self) {
            try mantelHaenszelTest(strata: [Stratum(a: 0, b: 0, c: 0, d: 0), Stratum(a: 3, b: 4, c: 5, d: 6)])
        }
    }

    // MARK: ties and constant data

    @Test func wilcoxonWithTiesEverywhere() throws {
        // R: wilcox.test(c(1, 1, 2, 2), c(1, 1, 2, 2), conf.int = TRUE) → W 8, p 1, estimate 0,
        // CI [-1, 1] (normal approximation, with warnings about ties).
        let r = try wilcoxonTest(a: [1, 1, 2, 2], b: [1, 1, 2, 2])
        Self.expectNoNaN(r, "ties")
        #expect(r.statistic == 8 && r.pValue == 1 && r.estimate == 0 && r.confLow == -1 && r.confHigh == 1)
        // R: wilcox.test(c(3, 3, 3), c(3, 3), conf.int = TRUE) → error (all observations tied).
        #expect(throws: InferenceError.self) { try wilcoxonTest(a: [3, 3, 3], b: [3, 3]) }
    }

    @Test func tTestOnConstantData() {
        // R: t.test(c(1, 1, 1), c(1, 1, 1)) → error "data are essentially constant".
        #expect(throws: InferenceError.self) { try tTest(a: [1, 1, 1], b: [1, 1, 1]) }
    }

    // MARK: 10^9 counts

    @Test(.timeLimit(.minutes(1))) func billionTrials() throws {
        // R: binom.test(5e8, 1e9) → p 1, CI [0.49996900974842229, 0.50003099025157771]
        let half = try binomialTest(x: 500_000_000, n: 1_000_000_000)
        #expect(half.pValue == 1)
        #expect(half.confLow!.agrees(withR: 0.49996900974842229) && half.confHigh!.agrees(withR: 0.50003099025157771))
        // R: binom.test(5, 1e9) → p 1.0177752304329679e-321, CI [1.6234863920475410e-09, 1.1668332040418504e-08]
        // The true p-value is about 10^-301029990, 0 in doubles; R's 1e-321 is a subnormal left
        // over from its tail sums, and courtstat gives 0.
        let few = try binomialTest(x: 5, n: 1_000_000_000)
        #expect(few.pValue! < 1e-300)
        #expect(few.confLow!.agrees(withR: 1.6234863920475410e-09) && few.confHigh!.agrees(withR: 1.1668332040418504e-08))
        // R: prop.test(5e8, 1e9, correct = FALSE) → CI [0.49996901024844431, 0.50003098975155569]
        let wilson = try wilsonInterval(x: 500_000_000, n: 1_000_000_000)
        #expect(wilson.confLow!.agrees(withR: 0.49996901024844431) && wilson.confHigh!.agrees(withR: 0.50003098975155569))
        // R: prop.test(c(5e8, 4e8), c(1e9, 1e9)) → p 0, CI [0.099956613347738657, 0.100043386652261299]
        let two = try proportionTest(x: [500_000_000, 400_000_000], n: [1_000_000_000, 1_000_000_000])
        #expect(two.pValue == 0)
        #expect(two.confLow!.agrees(withR: 0.099956613347738657) && two.confHigh!.agrees(withR: 0.100043386652261299))
    }

    @Test(.timeLimit(.minutes(1))) func billionEvents() throws {
        // R: poisson.test(1e9, 1) → p 0, CI [999938021.44392788, 1000061981.45040894]
        let one = try poissonTest(x: [1_000_000_000], t: [1])
        #expect(one.pValue == 0)
        #expect(one.confLow!.agrees(withR: 999938021.44392788) && one.confHigh!.agrees(withR: 1000061981.45040894))
        // R: poisson.test(1e9, 1e9) → p 1, CI [0.99993802144392785, 1.00006198145040903]
        let rate = try poissonTest(x: [1_000_000_000], t: [1e9])
        #expect(rate.pValue!.agrees(withR: 1))
        #expect(rate.confLow!.agrees(withR: 0.99993802144392785) && rate.confHigh!.agrees(withR: 1.00006198145040903))
        // R: poisson.test(c(1e9, 1e9), c(1, 1)) → p 1, CI [0.9999123505873736, 1.0000876570957193]
        let ratio = try poissonTest(x: [1_000_000_000, 1_000_000_000], t: [1, 1])
        #expect(ratio.pValue!.agrees(withR: 1))
        #expect(ratio.confLow!.agrees(withR: 0.9999123505873736) && ratio.confHigh!.agrees(withR: 1.0000876570957193))
        let tost = try equivalenceRates(x1: 1_000_000_000, t1: 1, x2: 1_000_000_000, t2: 1, margin: 0.1)
        Self.expectNoNaN(tost, "tost-rate")
        #expect(tost.pValue == 0)
    }

    @Test(.timeLimit(.minutes(1))) func fisherOnABillionIsRefusedNotRunOutOfMemory() throws {
        // R: fisher.test(matrix(1e9, 2, 2)) is killed when it runs out of memory (8 GB for the
        // support alone). courtstat refuses above 10^6 possible tables and names the way out.
        let error = #expect(throws: InferenceError.self) {
            try fisherTest(a: 1_000_000_000, b: 1_000_000_000, c: 1_000_000_000, d: 1_000_000_000)
        }
        #expect(error?.description.contains("chi-square") == true)
        // A table with large counts but few possible tables is fine: 3001 here.
        // R: fisher.test(matrix(c(1000, 2000, 1e9, 1e9), 2)) → p 1.0e-75, estimate 0.5
        let narrow = try fisherTest(a: 1000, b: 1_000_000_000, c: 2000, d: 1_000_000_000)
        Self.expectNoNaN(narrow, "narrow")
        #expect(abs(narrow.estimate! - 0.5) < 1e-6)
    }
}

/// x = 0 with a one-sided level below 0.5 (z < 0): the Wilson upper limit is exactly 0 (and the
/// lower limit exactly 1 at x = n), where the formula leaves ±1e-19 of rounding (R's prop.test
/// gives −2.2e-19 at x = 0, n = 421, conf.level 0.123; issue 19's random suite).
@Suite struct WilsonExactLimitTests {
    @Test func limitsAtTheEndsAreExact() throws {
        for n in [22, 421, 482_501_810] {
            #expect(try wilsonInterval(x: 0, n: n, alternative: .less, confLevel: 0.123).confHigh == 0)
            #expect(try wilsonInterval(x: n, n: n, alternative: .greater, confLevel: 0.123).confLow == 1)
        }
    }
}
