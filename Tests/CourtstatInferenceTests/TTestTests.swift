import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct TTestTests {
    @Test(arguments: Fixture.rows("t_test.csv", count: 37))
    func agreesWithR(_ row: Fixture.Row) throws {
        let b = row["b"].isEmpty ? nil : row.vector("b")
        let r = try tTest(a: row.vector("a"), b: b, mu: row.number("mu")!, varEqual: row.bool("var_equal")!,
                          alternative: row.alternative, confLevel: row.confLevel)
        let estimates = row.vector("estimate")
        if estimates.count == 2 {
            expectFields(row, [("estimate1", r.estimate1, estimates[0]), ("estimate2", r.estimate2, estimates[1]),
                               ("estimate", r.estimate, estimates[0] - estimates[1])])
        } else {
            expectFields(row, [("estimate", r.estimate, estimates[0])])
        }
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("df", r.df, row.number("parameter")),
                           ("p_value", r.pValue, row.number("p_value")), ("conf_low", r.confLow, row.number("conf_low")),
                           ("conf_high", r.confHigh, row.number("conf_high")), ("std_error", r.stdError, row.number("stderr"))])
        #expect(r.method == row["method"].trimmingCharacters(in: .whitespaces))
    }

    @Test func refusesConstantOrTooSmallSamples() {
        #expect(throws: InferenceError.self) { try tTest(a: [1, 1, 1], b: [1, 1, 1]) }
        #expect(throws: InferenceError.self) { try tTest(a: [1], b: [1, 2, 3]) }
        #expect(throws: InferenceError.self) { try tTest(a: [], b: [1, 2]) }
        #expect(throws: InferenceError.self) { try tTest(a: [1, .nan], b: [1, 2]) }
    }
}

import Foundation

/// Means and their difference against exact rational arithmetic
/// (scripts/make-exact-mean-fixtures.py): correctly rounded, to one ulp, where a difference of
/// rounded means near 10⁶ kept only 7–8 digits (issue 19).
@Suite struct TTestExactMeanTests {
    static let rows = Fixture.rows("t_exact_means.csv", count: 40)

    @Test func fixtureHasEveryRow() { #expect(Self.rows.count == 40) }

    @Test(arguments: rows)
    func meansAndDifferenceAreCorrectlyRounded(_ row: Fixture.Row) throws {
        let r = try tTest(a: row.vector("a"), b: row.vector("b"))
        for (name, ours, exact) in [("mean_a", r.estimate1!, row.number("mean_a")!), ("mean_b", r.estimate2!, row.number("mean_b")!),
                                    ("difference", r.estimate!, row.number("difference")!)] {
            #expect(abs(ours - exact) <= exact.ulp, "\(row) \(name): \(ours) vs exact \(exact)")
        }
        let one = try tTest(a: row.vector("a"))
        #expect(abs(one.estimate! - row.number("mean_a")!) <= row.number("mean_a")!.ulp)
    }
}
