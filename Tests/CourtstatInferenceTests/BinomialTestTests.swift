import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct BinomialTestTests {
    @Test(arguments: Fixture.rows("binom_test.csv", count: 41))
    func agreesWithR(_ row: Fixture.Row) throws {
        let r = try binomialTest(x: row.int("x"), n: row.int("n"), p: row.number("p")!,
                                 alternative: row.alternative, confLevel: row.confLevel)
        expectFields(row, [("estimate", r.estimate, row.number("estimate")), ("statistic", r.statistic, row.number("statistic")),
                           ("parameter", r.parameter, row.number("parameter")), ("p_value", r.pValue, row.number("p_value")),
                           ("conf_low", r.confLow, row.number("conf_low")), ("conf_high", r.confHigh, row.number("conf_high"))])
        #expect(r.method == row["method"])
    }

    @Test func rejectsBadInput() {
        #expect(throws: InferenceError.self) { try binomialTest(x: 30, n: 20) }
        #expect(throws: InferenceError.self) { try binomialTest(x: -1, n: 20) }
        #expect(throws: InferenceError.self) { try binomialTest(x: 0, n: 0) }
        #expect(throws: InferenceError.self) { try binomialTest(x: 1, n: 2, p: 1.5) }
        #expect(throws: InferenceError.self) { try binomialTest(x: 1, n: 2, confLevel: 1) }
    }

    @Test func handlesAMillionTrials() throws {
        // The two-sided rule counts outcomes by binary search, so 10^6 trials take no longer than 10.
        // R: binom.test(501000, 1e6) (options(digits = 17)).
        let r = try binomialTest(x: 501_000, n: 1_000_000)
        #expect(r.pValue!.agrees(withR: 0.045608299865382104))
        #expect(r.confLow!.agrees(withR: 0.50001951825901170))
        #expect(r.confHigh!.agrees(withR: 0.50198047594846607))
    }

    @Test func beyondGSLsRangeAgreesWithR() throws {
        // GSL's incomplete beta does not converge for shapes near 10^8; the large-count sums do.
        // R: binom.test(50010000, 1e8) (options(digits = 17)).
        let r = try binomialTest(x: 50_010_000, n: 100_000_000)
        #expect(r.pValue!.agrees(withR: 0.045511062629615705))
        #expect(r.confLow!.agrees(withR: 0.500001996801024751))
        #expect(r.confHigh!.agrees(withR: 0.500198003193186302))
    }
}
