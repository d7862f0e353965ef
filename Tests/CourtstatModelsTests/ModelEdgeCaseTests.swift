import CourtstatModels
import CourtstatTestSupport
import Testing

/// Regressions on degenerate data: perfect separation, all-zero counts, a constant series, a
/// single observation. R 4.2.2's answer is written beside each (options(digits = 17)); where R
/// prints numbers that mean nothing (coefficients that diverge, standard errors of 10^5) with
/// only a warning, courtstat refuses with a named error instead, and never prints NaN.
@Suite struct ModelEdgeCaseTests {
    @Test func perfectSeparationInLogisticRegression() throws {
        // R: glm(y ~ x, binomial, data.frame(y = c(0, 0, 0, 1, 1, 1), x = 1:6)) warns "fitted
        // probabilities numerically 0 or 1 occurred" and reports x = 47.23 (SE 115264), p = 0.9997.
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.logistic(y: [0, 0, 0, 1, 1, 1], design: Design([("x", [1, 2, 3, 4, 5, 6])]))
        }
        guard case .separation(let model, let observations) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(model == "logistic" && observations.count == 6)
        #expect(error!.description.contains("do not exist"))
    }

    @Test func allZeroCounts() throws {
        // R: glm(y ~ t, poisson, data.frame(y = rep(0, 10), t = 0:9)) "converges" to intercept
        // -24.30 with SE 67497: the rate's MLE is 0, on the boundary.
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.poisson(y: Array(repeating: 0, count: 10), design: Design([("t", (0..<10).map(Double.init))]))
        }
        guard case .separation = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func constantSeries() throws {
        // R: glm(y ~ t, poisson, data.frame(y = rep(5, 10), t = 0:9), control = glm.control(epsilon
        // = 1e-14, maxit = 100)): intercept 1.6094379124341009 (SE 0.26285149626910825), slope
        // -5.5e-17 (SE 0.04923659639173307), p 1.
        let fit = try GeneralizedLinearModel.poisson(y: Array(repeating: 5, count: 10), design: Design([("t", (0..<10).map(Double.init))]))
        let intercept = fit.terms[0], slope = fit.terms[1]
        #expect(intercept.estimate.agrees(withR: 1.6094379124341009) && intercept.stdError.agrees(withR: 0.26285149626910825))
        #expect(abs(slope.estimate) < 1e-15 && slope.stdError.agrees(withR: 0.04923659639173307))
        #expect(slope.pValue.agrees(withR: 1, tolerance: 1e-12))
        // R: MASS::glm.nb(y ~ t) on the same data fails ("missing value where TRUE/FALSE needed"):
        // theta grows without bound. courtstat says so, without printing the NaN it reached.
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.negativeBinomial(y: Array(repeating: 5, count: 10), design: Design([("t", (0..<10).map(Double.init))]))
        }
        guard case .noOverdispersion = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(!error!.description.contains("nan"))
    }

    @Test func singleObservation() throws {
        // R: glm(y ~ t, poisson, data.frame(y = 5, t = 0)) → intercept 1.609, slope NA (one
        // observation cannot fit two parameters).
        #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.poisson(y: [5], design: Design([("t", [0])]))
        }
    }

    @Test func noOverdispersionMessageNamesAFiniteThetaOnly() {
        #expect(ModelError.noOverdispersion(theta: .nan).description
                == "negbin: theta grows without bound: the counts show no over-dispersion; fit poisson instead")
        #expect(ModelError.noOverdispersion(theta: 1e9).description.contains("(reached 1000000000)"))
    }
}
