import CourtstatInference
import CourtstatTestSupport
import Testing

/// `twoGroupEffects` is the set `test prop` reports for two groups: the same rows as the functions
/// it gathers (checked against R in ProportionTestTests), named and in the reported order.
@Suite struct TwoGroupEffectsTests {
    @Test(arguments: Fixture.rows("two_prop.csv", count: 22))
    func gathersTheFiveEffectRows(_ row: Fixture.Row) throws {
        let (x1, n1, x2, n2, level) = (row.int("x1"), row.int("n1"), row.int("x2"), row.int("n2"), row.confLevel)
        let effects = try twoGroupEffects(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level)
        let expected = [
            try wilsonInterval(x: x1, n: n1, confLevel: level).named("share_a"),
            try wilsonInterval(x: x2, n: n2, confLevel: level).named("share_b"),
            try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
            try riskRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
            try woolfOddsRatio(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: level),
        ]
        #expect(effects.rows.count == 5)
        #expect(effects.rows == expected)
        #expect(effects.rows.map(\.term) == ["share_a", "share_b", "risk_difference", "risk_ratio", "odds_ratio_woolf"])
    }

    @Test func refusesWhatItsPartsRefuse() {
        #expect(throws: InferenceError.self) { try twoGroupEffects(x1: 3, n1: 0, x2: 4, n2: 10) }
        #expect(throws: InferenceError.self) { try twoGroupEffects(x1: 11, n1: 10, x2: 4, n2: 10) }
        #expect(throws: InferenceError.self) { try twoGroupEffects(x1: 3, n1: 10, x2: 4, n2: 10, confLevel: 1) }
    }
}
