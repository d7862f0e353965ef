import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct ProportionTestTests {
    @Test(arguments: Fixture.rows("prop_test.csv", count: 42))
    func agreesWithR(_ row: Fixture.Row) throws {
        let p = row["p"] == "NA" ? nil : row.vector("p")
        let r = try proportionTest(x: row.intVector("x"), n: row.intVector("n"), p: p, alternative: row.alternative,
                                   confLevel: row.confLevel, correct: row.bool("correct")!)
        let estimates = row.vector("estimate")
        if estimates.count == 1 {
            expectFields(row, [("estimate", r.estimate, estimates[0])])
        } else if estimates.count == 2 {
            expectFields(row, [("estimate1", r.estimate1, estimates[0]), ("estimate2", r.estimate2, estimates[1])])
        }
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("df", r.df, row.number("parameter")),
                           ("p_value", r.pValue, row.number("p_value")), ("conf_low", r.confLow, row.number("conf_low")),
                           ("conf_high", r.confHigh, row.number("conf_high"))])
        #expect(r.method == row["method"])
        #expect(r.notes.contains { $0.hasPrefix("Chi-squared approximation") } == row.bool("warning")!)
    }

    @Test func refusesAZeroMargin() {
        #expect(throws: InferenceError.self) { try proportionTest(x: [0, 0], n: [10, 12]) }
        #expect(throws: InferenceError.self) { try proportionTest(x: [10, 12], n: [10, 12]) }
        #expect(throws: InferenceError.self) { try proportionTest(x: [1, 2], n: [10]) }
    }
}

@Suite struct TwoProportionEffectsTests {
    @Test(arguments: Fixture.rows("two_prop.csv", count: 22))
    func agreesWithHandComputationInR(_ row: Fixture.Row) throws {
        let (x1, n1, x2, n2, level) = (row.int("x1"), row.int("n1"), row.int("x2"), row.int("n2"), row.confLevel)
        let w1 = try wilsonInterval(x: x1, n: n1, confLevel: level), w2 = try wilsonInterval(x: x2, n: n2, confLevel: level)
        let nc = try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level)
        let rr = try riskRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level)
        let or = try woolfOddsRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level)
        expectFields(row, [("wilson1_low", w1.confLow, row.number("wilson1_low")), ("wilson1_high", w1.confHigh, row.number("wilson1_high")),
                           ("wilson2_low", w2.confLow, row.number("wilson2_low")), ("wilson2_high", w2.confHigh, row.number("wilson2_high")),
                           ("newcombe_low", nc.confLow, row.number("newcombe_low")), ("newcombe_high", nc.confHigh, row.number("newcombe_high"))])
        if row["rr_low"] != "NA" {
            expectFields(row, [("rr", rr.estimate, row.number("rr")), ("rr_low", rr.confLow, row.number("rr_low")),
                               ("rr_high", rr.confHigh, row.number("rr_high")), ("rr_z", rr.statistic, row.number("rr_z")),
                               ("rr_p", rr.pValue, row.number("rr_p"))])
        } else {
            #expect(rr.confLow == nil && !rr.notes.isEmpty)
        }
        if row["or"] != "NA" {
            expectFields(row, [("or", or.estimate, row.number("or")), ("or_low", or.confLow, row.number("or_low")),
                               ("or_high", or.confHigh, row.number("or_high")), ("or_z", or.statistic, row.number("or_z")),
                               ("or_p", or.pValue, row.number("or_p"))])
        } else {
            #expect(or.confLow == nil && !or.notes.isEmpty)
        }
        // The Newcombe interval always contains its estimate.
        #expect(nc.confLow! <= nc.estimate! && nc.estimate! <= nc.confHigh!)
    }

    @Test func swappingGroupsNegatesTheDifferenceAndInvertsTheRatios() throws {
        let a = try newcombeDifference(x1: 58, n1: 165, x2: 46, n2: 165), b = try newcombeDifference(x1: 46, n1: 165, x2: 58, n2: 165)
        #expect(a.estimate!.agrees(withR: -b.estimate!))
        #expect(a.confLow!.agrees(withR: -b.confHigh!))
        let o1 = try woolfOddsRatio(x1: 58, n1: 165, x2: 46, n2: 165), o2 = try woolfOddsRatio(x1: 46, n1: 165, x2: 58, n2: 165)
        #expect(o1.estimate!.agrees(withR: 1 / o2.estimate!))
        #expect(o1.confHigh!.agrees(withR: 1 / o2.confLow!))
    }
}
