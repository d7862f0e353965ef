import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct ChiSquareTestTests {
    @Test(arguments: Fixture.rows("chisq_test.csv"))
    func agreesWithR(_ row: Fixture.Row) throws {
        let r = try chiSquareTest(table: row.matrix("table"), correct: row.bool("correct")!)
        expectFields(row, [("statistic", r.statistic, row.number("statistic")), ("df", r.df, row.number("parameter")),
                           ("p_value", r.pValue, row.number("p_value"))])
        #expect(r.method == row["method"])
        #expect(r.notes.contains { $0.hasPrefix("Chi-squared approximation") } == row.bool("warning")!)
    }

    @Test func refusesZeroMarginsAndRaggedRows() {
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[0, 0], [3, 4]]) }
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[1, 0], [3, 0]]) }
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[1, 2, 3], [3, 4]]) }
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[1], [3]]) }
    }
}
