import CourtstatInference
import CourtstatTestSupport
import Testing

/// `test poisson --method` against statsmodels' test_poisson_2indep (fixtures from
/// scripts/make-rate-ratio-fixtures.py; intervals and E-test sums as that script explains).
@Suite struct RateRatioMethodTests {
    static let rows = Fixture.rows("rate_ratio.csv", count: 252)

    @Test func fixtureHasEveryCase() {
        #expect(Self.rows.count == 14 * 3 * 6)   // 14 inputs × 3 alternatives × 6 methods
    }

    @Test(arguments: rows)
    func agreesWithStatsmodels(_ row: Fixture.Row) throws {
        let method = RateRatioMethod(rawValue: row["method"])!
        let r = try rateRatioTest(x: [row.int("x1"), row.int("x2")], t: [row.number("t1")!, row.number("t2")!],
                                  r: row.number("r")!, alternative: row.alternative, confLevel: row.confLevel, method: method)
        // The exact tests' statistic is R's (x1); statsmodels reports none.
        var fields: [(String, Double?, Double?)] = row["statistic"] == "NA" ? [] : [("statistic", r.statistic, row.number("statistic"))]
        if method == .etest {
            // statsmodels cuts its sum at tails of 1e-13: compare with it only where that cannot
            // matter at 1e-8, and always with the full sum.
            fields.append(("p_value (full sum)", r.pValue, row.number("etest_full")))
            if row.number("p_value")! > 1e-4 { fields.append(("p_value", r.pValue, row.number("p_value"))) }
        } else {
            fields.append(("p_value", r.pValue, row.number("p_value")))
        }
        if row["conf_low"] != "NA" {
            fields += [("conf_low", r.confLow, row.number("conf_low")), ("conf_high", r.confHigh, row.number("conf_high"))]
        }
        expectFields(row, fields)
    }

    @Test func eTestKeepsTinyPValuesThatStatsmodelsLoses() throws {
        // statsmodels gives 1.754e-23 for 90 vs 3 (its grid stops at tails of 1e-13); the full
        // sum is 2.2695e-23 (mpmath, rate_ratio.csv).
        let row = try #require(Self.rows.first { $0["x1"] == "90" && $0["x2"] == "3" && $0["method"] == "etest" && $0["alternative"] == "two.sided" })
        let r = try rateRatioTest(x: [90, 3], t: [1, 1], method: .etest)
        #expect(r.pValue!.agrees(withR: row.number("etest_full")!))
        #expect(!r.pValue!.agrees(withR: row.number("p_value")!))
    }

    @Test func refusesOneSampleAndZeroCountsForWaldLog() throws {
        #expect(throws: InferenceError.self) { try rateRatioTest(x: [3], t: [1], method: .score) }
        let w = try rateRatioTest(x: [0, 5], t: [1, 1], method: .waldLog)
        #expect(w.pValue == nil && w.notes.contains { $0.contains("undefined") })
    }
}
