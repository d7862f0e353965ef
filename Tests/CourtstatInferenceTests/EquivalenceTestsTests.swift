import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct EquivalenceTestsTests {
    @Test(arguments: Fixture.rows("tost_prop.csv", count: 15))
    func proportionsAgreeWithR(_ row: Fixture.Row) throws {
        let r = try equivalenceProportions(x1: row.int("x1"), n1: row.int("n1"), x2: row.int("x2"), n2: row.int("n2"),
                                           margin: row.number("margin")!, confLevel: row.confLevel)
        expectFields(row, [("estimate", r.estimate, row.number("estimate")), ("se", r.stdError, row.number("se")),
                           ("p_value", r.pValue, row.number("p_value")), ("conf_low", r.confLow, row.number("conf_low")),
                           ("conf_high", r.confHigh, row.number("conf_high"))])
        let binding = row.number("p_lower")! >= row.number("p_upper")! ? row.number("z_lower") : row.number("z_upper")
        expectFields(row, [("statistic", r.statistic, binding)])
    }

    @Test(arguments: Fixture.rows("tost_rate.csv", count: 16))
    func ratesAgreeWithR(_ row: Fixture.Row) throws {
        let r = try equivalenceRates(x1: row.int("x1"), t1: row.number("t1")!, x2: row.int("x2"), t2: row.number("t2")!,
                                     margin: row.number("margin")!, confLevel: row.confLevel)
        expectFields(row, [("estimate", r.estimate, row.number("estimate")), ("p_value", r.pValue, row.number("p_value")),
                           ("conf_low", r.confLow, row.number("conf_low")), ("conf_high", r.confHigh, row.number("conf_high"))])
    }

    /// The 1 − 2α interval lies inside the margins exactly when the TOST p-value is below α.
    @Test func intervalAndPValueAgreeOnEquivalence() throws {
        for (x1, x2) in [(520, 500), (520, 300), (1000, 1010), (60, 40)] {
            let r = try equivalenceRates(x1: x1, t1: 52, x2: x2, t2: 52, margin: 0.15)
            let inside = r.confLow! >= 0.85 && r.confHigh! <= 1.15
            #expect(inside == (r.pValue! < 0.05), "\(x1) vs \(x2)")
        }
    }
}

@Suite struct PValueAdjustmentTests {
    @Test(arguments: Fixture.rows("p_adjust.csv", count: 27))
    func agreesWithR(_ row: Fixture.Row) throws {
        let method = PAdjustMethod(rawValue: row["method"])!
        let ours = try adjustPValues(row.vector("p"), method: method)
        for (o, r) in paired(ours, row.vector("adjusted")) { #expect(o.agrees(withR: r), "\(row)") }
    }

    @Test func refusesValuesOutsideTheUnitInterval() {
        #expect(throws: InferenceError.self) { try adjustPValues([0.2, 1.2], method: .holm) }
        #expect(throws: InferenceError.self) { try adjustPValues([], method: .bh) }
    }
}

@Suite struct BootstrapTests {
    @Test(arguments: Fixture.rows("bootstrap_ci.csv", count: 17))
    func intervalsFromGivenReplicatesAgreeWithR(_ row: Fixture.Row) throws {
        let rows = try bootstrapIntervals(estimate: row.number("t0")!, replicates: row.vector("replicates"),
                                          jackknife: row.vector("jackknife"), confLevel: row.confLevel)
        expectFields(row, [("perc_low", rows[0].confLow, row.number("perc_low")), ("perc_high", rows[0].confHigh, row.number("perc_high")),
                           ("bca_low", rows[1].confLow, row.number("bca_low")), ("bca_high", rows[1].confHigh, row.number("bca_high"))])
    }

    @Test func theSameSeedGivesTheSameDigits() throws {
        let a: [Double] = [12, 18, 24, 6, 36, 9, 15, 30, 20, 14, 27, 8]
        let first = try bootstrapIntervals(a: a, replicates: 2000, seed: 7)
        let again = try bootstrapIntervals(a: a, replicates: 2000, seed: 7)
        let other = try bootstrapIntervals(a: a, replicates: 2000, seed: 8)
        #expect(first == again)
        #expect(first != other)
        #expect(first[1].confLow! < 18.25 && 18.25 < first[1].confHigh!)
    }

    /// Equal proportions (d = 0): the two one-sided p-values are equal in exact arithmetic, and
    /// the statistic is z_lower by the rule on d, however the two round (issue 19's random suite
    /// found it following the rounding).
    @Test func statisticAtZeroDifferenceIsZLower() throws {
        for (x, n, margin) in [(3, 7, 0.1), (50, 100, 0.05), (1, 3, 0.3), (17, 40, 0.2)] {
            let r = try equivalenceProportions(x1: x, n1: n, x2: x, n2: n, margin: margin)
            #expect(r.statistic! > 0 && r.statistic! == margin / r.stdError!, "\(x)/\(n)")
        }
    }
}
