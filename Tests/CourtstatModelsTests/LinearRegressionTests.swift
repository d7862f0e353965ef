import CourtstatModels
import CourtstatTestSupport
import Foundation
import Testing

/// OLS against R's lm / summary.lm (and sandwich's HC3), and against exact solutions of
/// ill-conditioned designs.
@Suite struct LinearRegressionTests {
    @Test(arguments: ModelFixtures.fitRows(reference: "lm").map { $0["fit_id"] })
    func agreesWithRLm(_ id: String) throws {
        let fit = try ModelFixtures.fit(ModelFixtures.fitRow(id))
        let comparison = Comparison.compare(fit, with: id, tolerance: relativeToleranceVsR)
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
    }

    /// The polynomial (scaled condition number 3e7) and the x = 2e9 + t line (1.4e8): at least
    /// 7 correct digits in every estimate, standard error, statistic, interval and glance
    /// value against the exact solution.
    @Test(arguments: ModelFixtures.fitRows(reference: "exact").map { $0["fit_id"] })
    func illConditionedDesignKeepsSevenDigits(_ id: String) throws {
        let fit = try ModelFixtures.fit(ModelFixtures.fitRow(id))
        let comparison = Comparison.compare(fit, with: id, tolerance: 1e-7, conditionedPValues: true)
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
        #expect(fit.glance.notes.contains { $0.contains("ill-conditioned") })
    }

    /// Normal equations, (X'X)β = X'y solved by Cholesky, lose the digits on the same designs:
    /// on the polynomial they keep about 2 (worst relative error 7e-3), on x = 2e9 + t X'X is
    /// not even numerically positive definite. The reason the solver uses QR.
    @Test(arguments: ["ols_polynomial", "ols_offset"])
    func normalEquationsLoseTheDigitsThatQRKeeps(_ id: String) throws {
        let row = ModelFixtures.fitRow(id)
        let data = ModelFixtures.data(row["dataset"])
        let names = row["x"].split(separator: " ").map(String.init)
        let columns = [Array(repeating: 1.0, count: data["y"]!.count)] + names.map { data[$0]! }
        let exact = ModelFixtures.termRows(id).map { $0.number("estimate")! }
        let qr = try ModelFixtures.fit(row).coefficients
        let worstQR = paired(qr, exact).map { abs($0 / $1 - 1) }.max()!
        #expect(worstQR < 1e-7)
        if let normal = normalEquations(columns, data["y"]!) {
            let worstNE = paired(normal, exact).map { abs($0 / $1 - 1) }.max()!
            #expect(worstNE > 1e-3 && worstNE > 1e4 * worstQR, "normal equations kept digits: \(worstNE)")
        }   // nil: Cholesky broke down, which is the same lesson
    }

    @Test func robustStandardErrorsDifferFromClassicalOnes() throws {
        let data = ModelFixtures.data("weekly_sentence")
        let design = try Design([("time", data["time"]!), ("share_mobilized", data["share_mobilized"]!)])
        let classical = try LinearRegression.fit(y: data["months"]!, design: design)
        let robust = try LinearRegression.fit(y: data["months"]!, design: design, robust: true)
        #expect(classical.coefficients == robust.coefficients)
        #expect(robust.terms[1].stdError > classical.terms[1].stdError)   // variance grows with time
        #expect(robust.terms[0].method.contains("HC3"))
    }

    @Test func tooFewRowsConstantColumnAndCollinearityAreErrors() throws {
        let x = [1.0, 2, 3]
        #expect(throws: ModelError.tooFewObservations(observations: 3, parameters: 3)) {
            try LinearRegression.fit(y: [1, 2, 4], design: Design([("a", x), ("b", [1, 0, 1])]))
        }
        #expect(throws: ModelError.constantColumn(variable: "c")) {
            try Design([("a", x), ("c", [5, 5, 5])])
        }
        let error = #expect(throws: ModelError.self) {
            try LinearRegression.fit(y: [1, 2, 4, 3, 5], design: Design([("a", [1, 2, 3, 4, 5]), ("b", [2, 4, 6, 8, 10])]))
        }
        guard case .rankDeficient(let names, _) = error else { Issue.record("expected rank-deficient, got \(String(describing: error))"); return }
        #expect(names == ["a", "b"])
        #expect(throws: ModelError.nonFinite(variable: "a", observation: 1, value: .infinity)) {
            try Design([("a", [1, .infinity, 3])])
        }
    }
}

/// The textbook solver the library avoids: forms X'X and X'y and solves by Cholesky; nil when
/// X'X is not numerically positive definite.
func normalEquations(_ columns: [[Double]], _ y: [Double]) -> [Double]? {
    let p = columns.count
    var a = (0..<p).map { i in (0..<p).map { j in zip(columns[i], columns[j]).reduce(0) { $0 + $1.0 * $1.1 } } }
    var b = (0..<p).map { i in zip(columns[i], y).reduce(0) { $0 + $1.0 * $1.1 } }
    for j in 0..<p {
        var d = a[j][j]
        for k in 0..<j { d -= a[j][k] * a[j][k] }
        guard d > 0 else { return nil }
        a[j][j] = d.squareRoot()
        for i in (j + 1)..<max(p, j + 1) {
            var s = a[i][j]
            for k in 0..<j { s -= a[i][k] * a[j][k] }
            a[i][j] = s / a[j][j]
        }
    }
    for i in 0..<p { var s = b[i]; for k in 0..<i { s -= a[i][k] * b[k] }; b[i] = s / a[i][i] }
    for i in stride(from: p - 1, through: 0, by: -1) {
        var s = b[i]; for k in (i + 1)..<max(p, i + 1) { s -= a[k][i] * b[k] }; b[i] = s / a[i][i]
    }
    return b
}
