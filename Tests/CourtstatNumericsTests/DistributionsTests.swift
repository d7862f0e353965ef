import CourtstatNumerics
import CourtstatTestSupport
import Testing

/// R's d/p/q functions (fixture distributions.csv) against the GSL-backed ones.
@Suite struct DistributionsTests {
    static let rows = Fixture.rows("distributions.csv", count: 270)

    static func evaluate(_ row: Fixture.Row) throws -> Double {
        let a = row.vector("args"), lower = row.bool("lower_tail") ?? true
        switch row["fn"] {
        case "pnorm": return try Normal.cdf(a[0], lowerTail: lower)
        case "qnorm": return try Normal.quantile(a[0], lowerTail: lower)
        case "pt": return try StudentT.cdf(a[0], df: a[1], lowerTail: lower)
        case "qt": return try StudentT.quantile(a[0], df: a[1], lowerTail: lower)
        case "pchisq": return try ChiSquared.cdf(a[0], df: a[1], lowerTail: lower)
        case "qchisq": return try ChiSquared.quantile(a[0], df: a[1], lowerTail: lower)
        case "pf": return try FDistribution.cdf(a[0], df1: a[1], df2: a[2], lowerTail: lower)
        case "qf": return try FDistribution.quantile(a[0], df1: a[1], df2: a[2], lowerTail: lower)
        case "dbinom": return try Binomial.pmf(Int(a[0]), n: Int(a[1]), p: a[2])
        case "pbinom": return try Binomial.cdf(Int(a[0]), n: Int(a[1]), p: a[2], lowerTail: lower)
        case "dpois": return try Poisson.pmf(Int(a[0]), mu: a[1])
        case "ppois": return try Poisson.cdf(Int(a[0]), mu: a[1], lowerTail: lower)
        case "dhyper": return try Hypergeometric.pmf(Int(a[0]), m: Int(a[1]), n: Int(a[2]), k: Int(a[3]))
        case "phyper": return try Hypergeometric.cdf(Int(a[0]), m: Int(a[1]), n: Int(a[2]), k: Int(a[3]), lowerTail: lower)
        case "pbeta": return try BetaDistribution.cdf(a[0], a: a[1], b: a[2], lowerTail: lower)
        case "qbeta": return try BetaDistribution.quantile(a[0], a: a[1], b: a[2], lowerTail: lower)
        case "pgamma": return try GammaDistribution.cdf(a[0], shape: a[1], lowerTail: lower)
        case "qgamma": return try GammaDistribution.quantile(a[0], shape: a[1], lowerTail: lower)
        default: Issue.record("unknown function \(row["fn"])"); return .nan
        }
    }

    @Test(arguments: rows)
    func agreesWithR(_ row: Fixture.Row) throws {
        let ours = try Self.evaluate(row)
        let r = row.number("value")!
        #expect(ours.agrees(withR: r), "\(row["fn"])(\(row["args"]), lower=\(row["lower_tail"])): ours \(ours), R \(r)")
    }

    @Test func everyFunctionHasAtLeastTenCases() {
        let counts = Dictionary(grouping: Self.rows, by: { $0["fn"] }).mapValues(\.count)
        #expect(counts.count == 18)
        #expect(counts.values.allSatisfy { $0 >= 10 })
    }

    @Test func badArgumentsThrowInsteadOfReturningNaN() {
        #expect(throws: NumericsError.self) { try Normal.quantile(1.5) }
        #expect(throws: NumericsError.self) { try StudentT.cdf(1, df: 0) }
        #expect(throws: NumericsError.self) { try ChiSquared.cdf(.nan, df: 3) }
        #expect(throws: NumericsError.self) { try Binomial.pmf(1, n: 10, p: -0.1) }
        #expect(throws: NumericsError.self) { try Poisson.cdf(1, mu: .infinity) }
        #expect(throws: NumericsError.self) { try Hypergeometric.cdf(1, m: 2, n: 2, k: 9) }
        #expect(throws: NumericsError.self) { try BetaDistribution.quantile(0.5, a: 0, b: 1) }
        #expect(throws: NumericsError.self) { try lnGamma(-1) }
    }

    @Test func quantilesAtTheEnds() throws {
        #expect(try Normal.quantile(0) == -.infinity)
        #expect(try ChiSquared.quantile(1, df: 2) == .infinity)
        #expect(try BetaDistribution.quantile(0, a: 2, b: 3) == 0)
        #expect(try GammaDistribution.quantile(1, shape: 2) == .infinity)
    }
}
