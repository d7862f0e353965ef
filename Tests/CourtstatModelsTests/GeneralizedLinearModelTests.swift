import CourtstatModels
import CourtstatTestSupport
import Testing

/// Poisson, quasi-Poisson and logistic fits against R's glm(control = glm.control(epsilon =
/// 1e-14, maxit = 100)) and summary.glm, at the package's tolerance (1e-8 relative).
@Suite struct GeneralizedLinearModelTests {
    @Test(arguments: ModelFixtures.fitRows(reference: "glm").map { $0["fit_id"] })
    func agreesWithRGlm(_ id: String) throws {
        let fit = try ModelFixtures.fit(ModelFixtures.fitRow(id))
        let comparison = Comparison.compare(fit, with: id, tolerance: relativeToleranceVsR)
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
        // The same iteration path as glm.fit: the same number of iterations.
        #expect(fit.glance.iterations == ModelFixtures.fitRow(id).number("iterations").map { Int($0) })
    }
}
