import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct FisherTestTests {
    /// The estimate and limits are solved to full precision and compared with the same equations
    /// solved by uniroot(tol = 1e-15) in R (the `_tight` columns).
    @Test(arguments: Fixture.rows("fisher_test.csv", count: 37))
    func agreesWithTightlySolvedR(_ row: Fixture.Row) throws {
        let r = try fisherTest(a: row.int("a"), b: row.int("b"), c: row.int("c"), d: row.int("d"),
                               alternative: row.alternative, confLevel: row.confLevel)
        expectFields(row, [("p_value", r.pValue, row.number("p_value")),
                           ("estimate", r.estimate, row.number("estimate_tight")),
                           ("conf_low", r.confLow, row.number("conf_low_tight")),
                           ("conf_high", r.confHigh, row.number("conf_high_tight"))])
    }

    /// R's own fisher.test digits, at their own accuracy: uniroot's default tolerance
    /// (.Machine$double.eps^0.25 ≈ 1.2e-4) is absolute on the scale it solves on, t for
    /// values below 1 and 1/t above; the difference must be within it.
    @Test(arguments: Fixture.rows("fisher_test.csv", count: 37))
    func agreesWithRsPrintedDigitsAtTheirAccuracy(_ row: Fixture.Row) throws {
        let r = try fisherTest(a: row.int("a"), b: row.int("b"), c: row.int("c"), d: row.int("d"),
                               alternative: row.alternative, confLevel: row.confLevel)
        let unirootTolerance = 2.5e-4
        for (name, ours, theirs) in [("estimate", r.estimate!, row.number("estimate_r")!),
                                     ("conf_low", r.confLow!, row.number("conf_low_r")!),
                                     ("conf_high", r.confHigh!, row.number("conf_high_r")!)] {
            if ours == theirs { continue }
            let solvedScale = ours <= 1 ? abs(ours - theirs) : abs(1 / ours - 1 / theirs)
            #expect(solvedScale <= unirootTolerance, "\(row) \(name): ours \(ours), R \(theirs)")
        }
    }

    @Test func zeroCellsGiveZeroOrInfiniteEstimates() throws {
        let r = try fisherTest(a: 10, b: 0, c: 0, d: 10)
        #expect(r.estimate == .infinity && r.confHigh == .infinity && r.confLow! > 1)
        // A zero margin: R's fisher.test gives p = 1, estimate 0, interval [0, Inf]; so do we, with a note.
        let margin = try fisherTest(a: 0, b: 0, c: 3, d: 4)
        #expect(margin.pValue == 1 && margin.estimate == 0 && margin.confLow == 0 && margin.confHigh == .infinity)
        #expect(!margin.notes.isEmpty)
        #expect(throws: InferenceError.self) { try fisherTest(a: 0, b: 0, c: 0, d: 0) }
        #expect(throws: InferenceError.self) { try fisherTest(a: -1, b: 0, c: 3, d: 4) }
    }

    @Test func swappingRowsInvertsTheOddsRatio() throws {
        let a = try fisherTest(a: 154, b: 96, c: 61, d: 113), b = try fisherTest(a: 61, b: 113, c: 154, d: 96)
        #expect(a.estimate!.agrees(withR: 1 / b.estimate!))
        #expect(a.confLow!.agrees(withR: 1 / b.confHigh!))
        #expect(a.pValue!.agrees(withR: b.pValue!))
    }
}
