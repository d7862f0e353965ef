import CourtstatInference
import CourtstatTestSupport
import Testing

/// `courtstat power`: prop against R's power.prop.test (scripts/make-power-fixtures.R, n solved
/// at uniroot tol 1e-15), rate against statsmodels' power_poisson_ratio_2indep
/// (scripts/make-power-fixtures.py).
@Suite struct PowerAnalysisTests {
    static let prop = Fixture.rows("power_prop.csv", count: 20)
    static let rate = Fixture.rows("power_rate.csv", count: 12)

    @Test func fixturesHaveEveryCase() {
        #expect(Self.prop.count == 20)
        #expect(Self.rate.count == 12)
    }

    @Test(arguments: prop)
    func propAgreesWithR(_ row: Fixture.Row) throws {
        let givenN = row["given"] == "n"
        let r = try proportionPower(p1: row.number("p1")!, p2: row.number("p2")!, n: givenN ? row.number("n") : nil,
                                    power: givenN ? nil : row.number("power"), sigLevel: row.number("sig_level")!,
                                    twoSided: row["alternative"] == "two.sided")
        #expect(r.n.agrees(withR: row.number("n")!) && r.power.agrees(withR: row.number("power")!), "\(row): \(r)")
    }

    @Test(arguments: rate)
    func rateAgreesWithStatsmodels(_ row: Fixture.Row) throws {
        let givenN = row["given"] == "n"
        let r = try rateRatioPower(rate1: row.number("rate1")!, rate2: row.number("rate2")!, n: givenN ? row.number("n") : nil,
                                   power: givenN ? nil : row.number("power"), nobsRatio: row.number("nobs_ratio")!,
                                   exposure: row.number("exposure")!, sigLevel: row.number("sig_level")!,
                                   alternative: RatePowerAlternative(rawValue: row["alternative"])!)
        #expect(r.n.agrees(withR: row.number("n")!) && r.power.agrees(withR: row.number("power")!), "\(row): \(r)")
    }

    @Test func refusesWhatNoNCanReach() {
        #expect(throws: InferenceError.self) { try proportionPower(p1: 0.3, p2: 0.3, n: nil, power: 0.8) }
        #expect(throws: InferenceError.self) { try proportionPower(p1: 0, p2: 0.3, n: 10, power: nil) }
        #expect(throws: InferenceError.self) { try rateRatioPower(rate1: 0.8, rate2: 1, n: nil, power: 0.8, alternative: .larger) }
        #expect(throws: InferenceError.self) { try rateRatioPower(rate1: 1, rate2: 1, n: nil, power: 0.8) }
        #expect(throws: InferenceError.self) { try rateRatioPower(rate1: 1.2, rate2: 1, n: nil, power: 1) }
    }
}
