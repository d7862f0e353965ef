import CourtstatNumerics
import CourtstatTestSupport
import Testing

/// Binomial, Poisson, beta and gamma probabilities for counts from 10^4 to 10^9 (fixture
/// large_counts.csv from scripts/make-large-count-fixtures.R), where GSL's incomplete beta and
/// gamma functions lose digits: every value agrees with R at 1e-8.
@Suite struct LargeCountTailsTests {
    static let rows = Fixture.rows("large_counts.csv", count: 1011)

    @Test(arguments: rows)
    func agreesWithR(_ row: Fixture.Row) throws {
        let ours = try DistributionsTests.evaluate(row)
        let r = row.number("value")!
        #expect(ours.agrees(withR: r), "\(row["fn"])(\(row["args"]), lower=\(row["lower_tail"])): ours \(ours), R \(r)")
    }

    /// GSL's own answers at these sizes, which the sums replace: pgamma(3e5 − √3e5, 3e5) is off
    /// by 2e-4 relative in GSL; R gives 0.1586551193.
    @Test func replacesGSLWhereItIsOff() throws {
        let x = 3e5 - 3e5.squareRoot()
        // R: pgamma(3e5 - sqrt(3e5), 3e5) = 0.15865511932850263
        #expect(try GammaDistribution.cdf(x, shape: 3e5).agrees(withR: 0.15865511932850263))
    }

    /// 10^9 trials: the beta quantile returns at once (gsl_cdf_beta_Pinv looped for ever).
    @Test(.timeLimit(.minutes(1))) func billionTrialsDoNotHang() throws {
        // R: qbeta(0.025, 5e8, 5e8 + 1) = 0.49996900974842229
        #expect(try BetaDistribution.quantile(0.025, a: 5e8, b: 5e8 + 1).agrees(withR: 0.49996900974842229))
    }

    @Test func countsBeyond10To12AreRefused() {
        #expect(throws: NumericsError.self) { try Poisson.cdf(2_000_000_000_000, mu: 2e12) }
        #expect(throws: NumericsError.self) { try Binomial.cdf(5, n: 2_000_000_000_000, p: 0.5) }
    }
}
