import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct WilcoxonTestTests {
    static func run(_ row: Fixture.Row) throws -> TestResult {
        let exact: ExactChoice = switch row.bool("exact") { case nil: .auto; case true?: .true; case false?: .false }
        return try wilcoxonTest(a: row.vector("a"), b: row.vector("b"), alternative: row.alternative, exact: exact,
                                correct: row.bool("correct")!, confLevel: row.confLevel)
    }

    /// Statistic and p-value are R's; the estimate and limits are the exact roots of R's
    /// equations (the `_tight` columns; identical to R's in the exact case).
    @Test(arguments: Fixture.rows("wilcox_test.csv", count: 39))
    func agreesWithR(_ row: Fixture.Row) throws {
        let r = try Self.run(row)
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("p_value", r.pValue, row.number("p_value")),
                           ("estimate", r.estimate, row.number("estimate_tight")),
                           ("conf_low", r.confLow, row.number("conf_low_tight")),
                           ("conf_high", r.confHigh, row.number("conf_high_tight"))])
        #expect(r.method == row["method"])
        #expect(r.method.contains("exact") == row.bool("used_exact")!)
    }

    /// R's printed estimate (uniroot, tol 1e-4) lies on the same step as ours: within the zero
    /// set of the estimating equation, give or take R's tolerance.
    @Test(arguments: Fixture.rows("wilcox_test.csv", count: 39))
    func rsOwnDigitsLieWithinTheirAccuracy(_ row: Fixture.Row) throws {
        let r = try Self.run(row)
        let slack = 2e-4 * max(1, abs(r.estimate!))
        let theirs = row.number("estimate_r")!
        #expect(theirs >= row.number("estimate_zero_lo")! - slack && theirs <= row.number("estimate_zero_hi")! + slack, "\(row)")
        for (ours, theirs) in [(r.confLow!, row.number("conf_low_r")!), (r.confHigh!, row.number("conf_high_r")!)] where ours.isFinite {
            #expect(abs(ours - theirs) <= 2e-4 * max(1, abs(ours)), "\(row): ours \(ours), R \(theirs)")
        }
    }

    @Test func allTiedIsRefused() {
        #expect(throws: InferenceError.self) { try wilcoxonTest(a: [3, 3, 3], b: [3, 3]) }
        #expect(throws: InferenceError.self) { try wilcoxonTest(a: [], b: [3, 3]) }
    }

    /// One distinct difference a − b: R's wilcox.test(14.8, 1.7, exact = FALSE, conf.int = TRUE)
    /// stops ("lower < upper is not fulfilled"); so does courtstat (issue 19's random suite).
    @Test func oneDistinctDifferenceIsRefusedAsByR() {
        #expect(throws: InferenceError.self) { try wilcoxonTest(a: [14.8], b: [1.7], exact: .false) }
        #expect(throws: InferenceError.self) { try wilcoxonTest(a: [5, 5], b: [3], exact: .false) }
    }

    @Test func swappingSamplesNegatesTheShift() throws {
        let a: [Double] = [12, 18, 24, 6, 36, 9, 15, 30, 20, 14]
        let b: [Double] = [10, 8, 12, 6, 24, 5, 7, 9, 18, 3, 4]
        let ab = try wilcoxonTest(a: a, b: b, exact: .false), ba = try wilcoxonTest(a: b, b: a, exact: .false)
        #expect(ab.estimate!.agrees(withR: -ba.estimate!))
        #expect(ab.pValue!.agrees(withR: ba.pValue!))
    }
}
