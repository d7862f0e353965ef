import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct PoissonTestTests {
    @Test(arguments: Fixture.rows("poisson_test.csv", count: 37))
    func agreesWithR(_ row: Fixture.Row) throws {
        let x = row.intVector("x"), t = row.vector("t")
        let r = try poissonTest(x: x, t: t, r: row.number("r")!, alternative: row.alternative, confLevel: row.confLevel)
        expectFields(row, [("estimate", r.estimate, row.number("estimate")), ("statistic", r.statistic, row.number("statistic")),
                           ("parameter", r.parameter, row.number("parameter")), ("p_value", r.pValue, row.number("p_value")),
                           ("conf_low", r.confLow, row.number("conf_low")), ("conf_high", r.confHigh, row.number("conf_high"))])
        #expect(r.method == row["method"])
        if x.count == 2, row.alternative == .twoSided {
            let w = try poissonRatioWald(x: x, t: t, r: row.number("r")!, confLevel: row.confLevel)
            expectFields(row, [("wald_low", w.confLow, row.number("wald_low")), ("wald_high", w.confHigh, row.number("wald_high"))])
        }
    }

    @Test func theJuly2023DemonstrationIsSignificantlyMoreThanDouble() throws {
        // 2,076 AWOL cases in H1 2023 against Mediazona's 1,001 for 2022, as counts: is the ratio > 2?
        let r = try poissonTest(x: [2076, 1001], t: [1, 1], r: 2, alternative: .greater)
        #expect(r.estimate!.agrees(withR: 2076.0 / 1001.0))
        #expect(r.pValue! > 0.05)   // 2.07 is not significantly more than double as counts
    }

    @Test func refusesBadInput() {
        #expect(throws: InferenceError.self) { try poissonTest(x: [0, 0], t: [1, 1]) }
        #expect(throws: InferenceError.self) { try poissonTest(x: [3], t: [0]) }
        #expect(throws: InferenceError.self) { try poissonTest(x: [3, 4, 5], t: [1, 1, 1]) }
        #expect(throws: InferenceError.self) { try poissonTest(x: [3], t: [1], r: 0) }
    }
}
