import CourtstatInference
import CourtstatTestSupport
import Testing

/// --tsmethod / --midp against exactci's and exact2x2's definitions, computed at 40 digits by
/// scripts/make-exactci-fixtures.py (exactci is not in Debian, so there is no R to ask).
@Suite struct MatchingIntervalTests {
    static let rows = Fixture.rows("exactci.csv", count: 344)

    @Test func fixtureHasEveryCase() {
        // 4 functions × (10–12 inputs) × (3 two-sided methods × plain/mid-p + 2 one-sided mid-p).
        #expect(Self.rows.count == 344)
    }

    @Test(arguments: rows)
    func agreesWithDefinition(_ row: Fixture.Row) throws {
        let a = row.vector("args")
        let method = TwoSidedMethod(rawValue: row["tsmethod"])!, midp = row.bool("midp")!
        let r: TestResult
        switch row["function"] {
        case "binom":
            r = try binomialTest(x: Int(a[0]), n: Int(a[1]), p: a[2], alternative: row.alternative,
                                 confLevel: row.confLevel, tsmethod: method, midp: midp)
        case "poisson1":
            r = try poissonTest(x: [Int(a[0])], t: [a[1]], r: a[2], alternative: row.alternative,
                                confLevel: row.confLevel, tsmethod: method, midp: midp)
        case "poisson2":
            r = try poissonTest(x: [Int(a[0]), Int(a[1])], t: [a[2], a[3]], r: a[4], alternative: row.alternative,
                                confLevel: row.confLevel, tsmethod: method, midp: midp)
        default:
            r = try fisherTest(a: Int(a[0]), b: Int(a[1]), c: Int(a[2]), d: Int(a[3]), alternative: row.alternative,
                               confLevel: row.confLevel, tsmethod: method, midp: midp)
        }
        expectFields(row, [("p_value", r.pValue, row.number("p_value")), ("conf_low", r.confLow, row.number("conf_low")),
                           ("conf_high", r.confHigh, row.number("conf_high"))])
    }

    @Test func defaultStaysRsAndSaysWhenItDisagrees() throws {
        // binom.test(7, 20): p and interval agree, no note.
        #expect(try binomialTest(x: 7, n: 20).notes.isEmpty)
        // poisson.test(c(2, 10), c(17877, 20000)) (exactci's example): p = 0.0457 < 0.05 while the
        // central interval [0.0253, 1.0100] holds 1.
        let r = try poissonTest(x: [2, 10], t: [17877, 20000])
        #expect(r.pValue! < 0.05 && r.confLow! < 1 && r.confHigh! > 1)
        #expect(r.method == "Comparison of Poisson rates")
        #expect(r.notes.contains { $0.hasPrefix("R's p-value (minlike) and its interval (central) disagree") })
    }

    @Test func midpAloneIsCentral() throws {
        let a = try binomialTest(x: 3, n: 17, midp: true), b = try binomialTest(x: 3, n: 17, tsmethod: .central, midp: true)
        #expect(a == b)
        #expect(a.method == "Exact two-sided binomial test (central method, mid-p)")
    }
}
