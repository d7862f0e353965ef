import CourtstatExport
import CourtstatInference
import Testing

/// The rows of `test p-adjust` and `power`, built in Export under the result vocabulary.
@Suite struct GlossaryRowTests {
    @Test func pAdjustRowsFollowThePValuesInOrder() throws {
        let p = [0.01, 0.04, 0.03]
        let adjusted = try adjustPValues(p, method: .holm)
        let set = PValueGlossary.resultSet(pValues: p, adjusted: adjusted, method: .holm, summary: true)
        #expect(set.rows.count == 3)
        #expect(set.rows.map { $0.columns.map(\.name) } == Array(repeating: ["term", "p_value", "p_adjusted", "method"], count: 3))
        #expect(set.rows[1].columns[0].cell == .text("p2"))
        #expect(set.rows[2].columns[2].cell == .number(adjusted[2]))
        #expect(set.main?.columns.map(\.name) == ["method", "n"])
        #expect(PValueGlossary.resultSet(pValues: p, adjusted: adjusted, method: .holm, summary: false).main == nil)
    }

    @Test func powerRowsNameWhatWasAskedAndWhatItGives() {
        #expect(PowerGlossary.proportionRow(n: 50, power: 0.5, p1: 0.3, p2: 0.5, sigLevel: 0.05).columns.map(\.name)
                == ["n", "power", "p1", "p2", "sig_level"])
        #expect(PowerGlossary.rateRow(n: 10, power: 0.4, rate1: 2, rate2: 3).columns.map(\.name) == ["n", "power", "rate1", "rate2"])
    }
}
