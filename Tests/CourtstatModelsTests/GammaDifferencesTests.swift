import CourtstatNumerics
import CourtstatTestSupport
import Testing

/// The log-gamma, digamma and trigamma differences behind the negative binomial likelihood,
/// against R (finite sums in long double where R's own difference would lose digits).
@Suite struct GammaDifferencesTests {
    static let rows = Fixture.rows("gamma_differences.csv", folder: "Tests/Fixtures/models", count: 41)

    @Test(arguments: rows)
    func agreesWithR(_ row: Fixture.Row) throws {
        let a = row.number("a")!, y = row.number("y")!
        #expect(try lnPochhammer(a, y).agrees(withR: row.number("lnpoch")!, tolerance: 1e-12), "\(row)")
        #expect(try digammaDifference(a, count: y).agrees(withR: row.number("digamma_diff")!, tolerance: 1e-13), "\(row)")
        #expect(try trigammaDifference(a, count: y).agrees(withR: row.number("trigamma_diff")!, tolerance: 1e-13), "\(row)")
    }

    @Test func badArgumentsAreDomainErrors() {
        #expect(throws: NumericsError.self) { try digammaDifference(0, count: 3) }
        #expect(throws: NumericsError.self) { try trigammaDifference(1, count: 2.5) }
        #expect(throws: NumericsError.self) { try lnFactorial(-1) }
    }
}
