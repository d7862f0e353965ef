import CourtstatAnalyses
import CourtstatTestSupport
import Testing

/// Each claim kind against values computed by hand in R (scripts/make-claim-fixtures.R), the
/// verdict included: R applies the interval rule on its own numbers.
@Suite struct ClaimKindsTests {
    static func region(_ row: Fixture.Row) -> ClaimRegion {
        let v = row.number("value")!
        switch row["region"] {
        case "at_least": return .atLeast(v)
        case "at_most": return .atMost(v)
        case "more_than": return .moreThan(v)
        case "less_than": return .lessThan(v)
        default: return .about(v, margin: row.number("margin")!)
        }
    }

    static func check(_ row: Fixture.Row) throws -> ClaimResult {
        let level = row["kind"] == "same" ? 0.95 : row.number("conf_level")!
        switch row["kind"] {
        case "ratio":
            return try checkRatioClaim(id: row["claim"], a: row.int("a"), aPeriod: ClaimPeriod(label: "A", days: row.int("a_days")),
                                       b: row.int("b"), bPeriod: ClaimPeriod(label: "B", days: row.int("b_days")),
                                       region: region(row), confLevel: level)
        case "rate":
            return try checkRateClaim(id: row["claim"], count: row.int("a"), period: ClaimPeriod(label: "P", days: row.int("a_days")),
                                      per: RateUnit(rawValue: row["per"])!, region: region(row), confLevel: level)
        case "share":
            return try checkShareClaim(id: row["claim"], x: row.int("x"), n: row.int("n"), region: region(row), confLevel: level)
        case "same":
            return try checkSameClaim(id: row["claim"], a: row.int("a"), aPeriod: ClaimPeriod(label: "A", days: row.int("a_days")),
                                      b: row.int("b"), bPeriod: ClaimPeriod(label: "B", days: row.int("b_days")),
                                      margin: row.number("margin")!, confLevel: level)
        default:
            let x = row.intVector("x"), n = row.intVector("n")
            return try checkGreaterClaim(id: row["claim"], x1: x[0], n1: n[0], x2: x[1], n2: n[1], confLevel: level)
        }
    }

    @Test(arguments: Fixture.rows("claims.csv", count: 26))
    func agreesWithR(_ row: Fixture.Row) throws {
        let r = try Self.check(row)
        #expect(r.verdict.rawValue == row["verdict"], "\(row["claim"])")
        for (name, ours, theirs) in [("estimate", r.estimate, row.number("estimate")), ("conf_low", r.confLow, row.number("conf_low")),
                                     ("conf_high", r.confHigh, row.number("conf_high")), ("p_value", r.pValue, row.number("p_value")),
                                     ("conf_level", r.confLevel, row.number("conf_level"))] {
            #expect(agree(ours, theirs), "\(row["claim"]) \(name): ours \(String(describing: ours)), R \(String(describing: theirs))")
        }
    }

    @Test func everyVerdictIsReachable() throws {
        let verdicts = Set(try Fixture.rows("claims.csv", count: 26).map { try Self.check($0).verdict })
        #expect(verdicts == [.supported, .inconclusive, .contradicted])
    }

    @Test func unequalPeriodsGetAPerDayNote() throws {
        let r = try checkRatioClaim(id: "x", a: 2076, aPeriod: ClaimPeriod(label: "2023-H1", days: 181),
                                    b: 1001, bPeriod: ClaimPeriod(label: "2022", days: 365), region: .atLeast(2))
        #expect(r.notes.contains { $0.hasPrefix("2023-H1 (a half-year) is compared with 2022 (a full year): per day the ratio is 4.182") })
    }

    @Test func tippingPointFlipsTheVerdict() throws {
        let r = try checkRatioClaim(id: "x", a: 2076, aPeriod: ClaimPeriod(label: "2023-H1", days: 181),
                                    b: 1001, bPeriod: ClaimPeriod(label: "2022", days: 365), region: .atLeast(2))
        let n = Int(r.tippingPoint!)
        let at = try checkRatioClaim(id: "x", a: 2076, aPeriod: ClaimPeriod(label: "A", days: 1), b: n,
                                     bPeriod: ClaimPeriod(label: "B", days: 1), region: .atLeast(2))
        let past = try checkRatioClaim(id: "x", a: 2076, aPeriod: ClaimPeriod(label: "A", days: 1), b: n + 1,
                                       bPeriod: ClaimPeriod(label: "B", days: 1), region: .atLeast(2))
        #expect(at.verdict == .supported && past.verdict != .supported)
        #expect(r.notes.contains { $0.contains("the claim holds at 95% if 2022 had at most \(n)") })
    }

    @Test func shareTippingPoint() throws {
        let r = try checkShareClaim(id: "x", x: 170, n: 330, region: .moreThan(0.5))
        let k = Int(r.tippingPoint!)
        #expect(try checkShareClaim(id: "x", x: k, n: 330, region: .moreThan(0.5)).verdict == .supported)
        #expect(try checkShareClaim(id: "x", x: k - 1, n: 330, region: .moreThan(0.5)).verdict != .supported)
    }

    /// 35% of mobilised against 28% of contract soldiers among 330 texts, group sizes unknown.
    @Test func unknownSplitOfThe330() throws {
        let r = try checkGreaterClaimUnknownSplit(id: "x", shareA: 0.35, shareB: 0.28, total: 330, groupA: "mobilized", groupB: "contract")
        #expect(r.verdict == .inconclusive)
        #expect(r.tippingPoint == nil)
        #expect(r.notes.contains("no split of the 330 makes the difference significant at 95%"))
        #expect(abs(r.estimate! - 0.07) < 1e-12)
        // With 1,500 texts the same shares would be significant under balanced splits.
        let big = try checkGreaterClaimUnknownSplit(id: "x", shareA: 0.35, shareB: 0.28, total: 1500)
        #expect(big.tippingPoint != nil && big.verdict == .inconclusive)
    }

    /// Raising the threshold of an "at least" claim never turns a contradicted verdict into a supported one.
    @Test func raisingTheThresholdNeverHelps() throws {
        var previous = Verdict.supported
        for r in stride(from: 1.0, through: 4.0, by: 0.1) {
            let v = try checkRatioClaim(id: "x", a: 2076, aPeriod: ClaimPeriod(label: "A", days: 1), b: 1001,
                                        bPeriod: ClaimPeriod(label: "B", days: 1), region: .atLeast(r)).verdict
            #expect(v >= previous)
            previous = v
        }
    }
}
