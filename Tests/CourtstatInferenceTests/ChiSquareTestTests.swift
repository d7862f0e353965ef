import CourtstatInference
import CourtstatTestSupport
import Testing

@Suite struct ChiSquareTestTests {
    @Test func fixtureHasEveryRow() { #expect(Fixture.rows("chisq_test.csv", count: 33).count == 33) }

    @Test(arguments: Fixture.rows("chisq_test.csv", count: 33))
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
        #expect(throws: InferenceError.self) { try chiSquareTest(table: [[5]]) }   // R: 'x' must at least have 2 elements
    }

    /// A one-column table is R's goodness-of-fit test, the same as the one-row table (issue 19).
    @Test func oneColumnIsTheOneRowTest() throws {
        let column = try chiSquareTest(table: [[120], [95], [130], [88]])
        let row = try chiSquareTest(table: [[120, 95, 130, 88]])
        #expect(column == row)
        #expect(column.method == "Chi-squared test for given probabilities" && column.df == 3)
    }
}
