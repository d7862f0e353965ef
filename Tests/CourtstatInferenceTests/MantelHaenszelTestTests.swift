import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct MantelHaenszelTestTests {
    @Test(arguments: Fixture.rows("mh_test.csv", count: 33))
    func agreesWithR(_ row: Fixture.Row) throws {
        let strata = row.matrix("tables").map { Stratum(a: $0[0], b: $0[1], c: $0[2], d: $0[3]) }
        let r = try mantelHaenszelTest(strata: strata, alternative: row.alternative, correct: row.bool("correct")!,
                                       confLevel: row.confLevel)
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("df", r.df, row.number("parameter")),
                           ("p_value", r.pValue, row.number("p_value")), ("estimate", r.estimate, row.number("estimate")),
                           ("conf_low", r.confLow, row.number("conf_low")), ("conf_high", r.confHigh, row.number("conf_high"))])
        #expect(r.method == row["method"])
    }

    @Test func refusesTinyStrata() {
        #expect(throws: InferenceError.self) { try mantelHaenszelTest(strata: [Stratum(a: 1, b: 0, c: 0, d: 0), Stratum(a: 3, b: 4, c: 5, d: 6)]) }
        #expect(throws: InferenceError.self) { try mantelHaenszelTest(strata: [Stratum(a: 3, b: 4, c: 5, d: 6)]) }
    }
}

@Suite struct ProportionTrendTestTests {
    @Test(arguments: Fixture.rows("prop_trend.csv", count: 15))
    func agreesWithR(_ row: Fixture.Row) throws {
        let r = try proportionTrendTest(x: row.intVector("x"), n: row.intVector("n"), scores: row.vector("score"))
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("df", r.df, row.number("parameter")),
                           ("p_value", r.pValue, row.number("p_value"))])
    }
}
