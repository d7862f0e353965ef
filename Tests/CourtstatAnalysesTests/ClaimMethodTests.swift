import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import Testing

/// `method` on claims of kind ratio and same (CLI --method, claims-file key `method`): the
/// interval and p-value are those of `rateRatioTest` (checked against statsmodels in
/// RateRatioMethodTests); the default stays R's poisson.test.
@Suite struct ClaimMethodTests {
    let h1 = ClaimPeriod(label: "2023-H1", days: 181), y22 = ClaimPeriod(label: "2022", days: 365)

    @Test func ratioClaimUsesTheMethodsIntervalAndOneSidedTest() throws {
        for method in RateRatioMethod.allCases {
            let c = try checkRatioClaim(id: "r", a: 2076, aPeriod: h1, b: 1001, bPeriod: y22, region: .atLeast(2), method: method)
            let i = method == .exactCond ? try poissonTest(x: [2076, 1001], t: [1, 1])
                                         : try rateRatioTest(x: [2076, 1001], t: [1, 1], method: method)
            let p = method == .exactCond ? try poissonTest(x: [2076, 1001], t: [1, 1], r: 2, alternative: .greater).pValue!
                                         : try rateRatioTest(x: [2076, 1001], t: [1, 1], r: 2, alternative: .greater, method: method).pValue!
            #expect(c.confLow == i.confLow && c.confHigh == i.confHigh && c.pValue == p, "\(method)")
            #expect(c.method.contains(method == .exactCond ? "poisson.test" : "statsmodels"), "\(method)")
        }
    }

    @Test func sameClaimUsesTheMethodsTOST() throws {
        let c = try checkSameClaim(id: "s", a: 520, aPeriod: y22, b: 500, bPeriod: y22, margin: 0.15, method: .score)
        let lower = try rateRatioTest(x: [520, 500], t: [365, 365], r: 0.85, alternative: .greater, method: .score).pValue!
        let upper = try rateRatioTest(x: [520, 500], t: [365, 365], r: 1.15, alternative: .less, method: .score).pValue!
        let ci = try rateRatioTest(x: [520, 500], t: [365, 365], confLevel: 0.9, method: .score)
        #expect(c.pValue == max(lower, upper) && c.confLow == ci.confLow && c.confHigh == ci.confHigh)
        #expect(c.method.contains("score tests"))
    }

    @Test func claimsFileTakesAMethodKey() throws {
        let checker = ClaimChecker(context: StubContext(), path: "claims.toml")
        func check(_ method: String) throws -> ClaimResult {
            try checker.check(try ClaimsFile.claims("""
            [[claim]]
            id = "x"
            kind = "ratio"
            a = 2076
            a_period = "2023-H1"
            b = 1001
            b_period = "2022"
            at_least = 2
            method = "\(method)"
            """, path: "claims.toml")[0])
        }
        #expect(try check("sqrt").confLow == (try rateRatioTest(x: [2076, 1001], t: [1, 1], method: .sqrt)).confLow)
        #expect(try check("exact-cond") == (try checkRatioClaim(id: "x", a: 2076, aPeriod: h1, b: 1001, bPeriod: y22, region: .atLeast(2))))
        do { _ = try check("bayes"); Issue.record("accepted an unknown method") } catch {
            #expect("\(error)".contains("claims.toml:9: method") && "\(error)".contains("expected one of exact-cond"), "\(error)")
        }
    }

    @Test func waldLogWithAZeroCountIsRefused() {
        #expect(throws: ClaimError.self) {
            try checkRatioClaim(id: "r", a: 5, aPeriod: y22, b: 0, bPeriod: y22, region: .atLeast(2), method: .waldLog)
        }
    }
}

/// The power note of ratio and same claims: the ratios it names are where the Wald test's power
/// (rateRatioPower, checked against statsmodels in PowerAnalysisTests) is exactly 80%.
@Suite struct ClaimPowerNoteTests {
    @Test func detectableRatiosHaveEightyPercentPower() throws {
        let (below, above) = try detectableRateRatios(count2: 1001, exposure1: 1, exposure2: 1, sigLevel: 0.05)
        for r in [try #require(below), try #require(above)] {
            let w = try rateRatioPower(rate1: r * 1001, rate2: 1001, n: 1, power: nil, sigLevel: 0.05).power
            #expect(abs(w - 0.8) < 1e-12, "\(r): \(w)")
        }
        #expect(try detectableRateRatios(count2: 0, exposure1: 1, exposure2: 1, sigLevel: 0.05) == (nil, nil))
        let c = try checkRatioClaim(id: "r", a: 2076, aPeriod: ClaimPeriod(label: "2023-H1", days: 181), b: 1001,
                                    bPeriod: ClaimPeriod(label: "2022", days: 365), region: .atLeast(2))
        #expect(c.notes.contains { $0.hasPrefix("power: counts like these detect a ratio of 1.129 or more, or of 0.8785 or less") })
    }
}
