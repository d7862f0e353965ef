import CourtstatModels
import CourtstatTestSupport
import Testing

/// Negative binomial fits against the tight R reference (glm.nb's alternation solved to
/// double precision) at 1e-8, and against MASS::glm.nb as it is at R's own accuracy.
@Suite struct NegativeBinomialRegressionTests {
    @Test(arguments: ModelFixtures.fitRows(reference: "nb_tight").map { $0["fit_id"] })
    func agreesWithTightReference(_ id: String) throws {
        let fit = try ModelFixtures.fit(ModelFixtures.fitRow(id))
        let comparison = Comparison.compare(fit, with: id, tolerance: relativeToleranceVsR)
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
    }

    /// glm.nb's theta.ml stops at an absolute Newton step of ε^¼ = 1.22e-4 and reports
    /// SE(theta) from the information before that step, so its SE(theta) is only good to about
    /// that step relative to theta; every other number (theta included, because the
    /// alternation ran to epsilon = 1e-14) agrees at the package's tolerance.
    @Test(arguments: ModelFixtures.fitRows(reference: "glm.nb").map { $0["fit_id"] })
    func agreesWithGlmNbAtItsOwnAccuracy(_ id: String) throws {
        let row = ModelFixtures.fitRow(id)
        let fit = try ModelFixtures.fit(row)
        let thetaStep = 1.22e-4 / row.number("theta")!
        let comparison = Comparison.compare(fit, with: id, tolerance: relativeToleranceVsR,
                                            glanceTolerance: ["theta_std_error": max(thetaStep, 1.22e-4)])
        #expect(comparison.failures.isEmpty, "\(id):\n\(comparison)")
    }

    @Test func negativeAndFractionalCountsAreErrors() throws {
        let design = try Design([("time", [0, 1, 2, 3])])
        #expect(throws: ModelError.invalidCount(variable: "y", observation: 2, value: -1, expected: "a count ≥ 0")) {
            try GeneralizedLinearModel.negativeBinomial(y: [1, 2, -1, 4], design: design)
        }
        #expect(throws: ModelError.invalidCount(variable: "y", observation: 1, value: 2.5, expected: "a whole count ≥ 0")) {
            try GeneralizedLinearModel.poisson(y: [1, 2.5, 3, 4], design: design)
        }
    }

    /// Under-dispersed counts: theta → ∞, reported as such (fit Poisson), not as a huge number.
    @Test func underdispersedCountsHaveNoTheta() throws {
        let y: [Double] = [10, 10, 11, 10, 11, 10, 11, 11, 10, 11, 12, 11]
        let design = try Design([("time", (0..<12).map(Double.init))])
        let error = #expect(throws: ModelError.self) { try GeneralizedLinearModel.negativeBinomial(y: y, design: design) }
        guard case .noOverdispersion = error else { Issue.record("got \(String(describing: error))"); return }
    }
}
