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

/// Grouped binomial data give the same coefficients, standard errors, tests and intervals as
/// the same cases one 0/1 row each (what `compare` relies on to fit its logistic regression on
/// covariate patterns).
@Suite struct GroupedBinomialTests {
    @Test func groupedFitEqualsCaseLevelFit() throws {
        let cases = ModelFixtures.data("cases_custodial")
        let quarter = cases["month"]!.map { ($0 / 3).rounded(.down) }
        let caseLevel = try GeneralizedLinearModel.logistic(
            y: cases["custodial"]!, design: Design([("mobilized", cases["mobilized"]!), ("prior", cases["prior"]!), ("quarter", quarter)]))
        let grouped = ModelFixtures.data("cases_custodial_grouped")
        let fit = try GeneralizedLinearModel.binomial(
            successes: grouped["custodial"]!, trials: grouped["trials"]!,
            design: Design([("mobilized", grouped["mobilized"]!), ("prior", grouped["prior"]!), ("quarter", grouped["quarter"]!)]))
        #expect(grouped["trials"]!.reduce(0, +) == Double(caseLevel.glance.n))
        for (a, b) in paired(fit.terms, caseLevel.terms) {
            #expect(a.term == b.term)
            for (x, y) in [(a.estimate, b.estimate), (a.stdError, b.stdError), (a.pValue, b.pValue),
                           (a.confLow, b.confLow), (a.confHigh, b.confHigh)] {
                #expect(abs(x - y) <= 1e-10 * abs(y), "\(a.term): \(x) vs \(y)")
            }
        }
        // The glance is the grouped fit's (R's): 24 rows, a smaller deviance.
        #expect(fit.glance.n == 24 && fit.glance.deviance < caseLevel.glance.deviance)
    }

    /// Trials that are not a count, and more successes than trials, are named errors, the
    /// non-finite ones first (a NaN compares false with everything, so it must not reach the
    /// comparisons).
    @Test func badTrialsAreNamedErrors() throws {
        let design = try Design([("x", [0, 1, 0, 1])])
        func fit(_ s: [Double], _ t: [Double]) throws(ModelError) {
            _ = try GeneralizedLinearModel.binomial(successes: s, trials: t, design: design, responseName: "k", trialsName: "n")
        }
        #expect(throws: ModelError.nonFinite(variable: "n", observation: 2, value: .infinity)) {
            try fit([1, 2, 3, 4], [5, 0.5, .infinity, 5])
        }
        let nan = #expect(throws: ModelError.self) { try fit([1, 2, 3, 4], [5, 5, .nan, 5]) }
        guard case .nonFinite(variable: "n", observation: 2, value: let v)? = nan else {
            Issue.record("expected nonFinite for n, got \(String(describing: nan))"); return
        }
        #expect(v.isNaN)
        #expect(throws: ModelError.invalidCount(variable: "n", observation: 1, value: 0.5, expected: "a whole number of trials ≥ 1")) {
            try fit([1, 0, 3, 4], [5, 0.5, 5, 5])
        }
        #expect(throws: ModelError.invalidCount(variable: "n", observation: 3, value: 0, expected: "a whole number of trials ≥ 1")) {
            try fit([1, 0, 3, 0], [5, 5, 5, 0])
        }
        #expect(throws: ModelError.invalidCount(variable: "k", observation: 2, value: 6, expected: "at most the 5 trials in n")) {
            try fit([1, 2, 6, 4], [5, 5, 5, 5])
        }
    }
}

/// Bad data for GLMs: named errors, never numbers.
@Suite struct GeneralizedLinearModelErrorTests {
    @Test func perfectSeparationIsAnError() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let y: [Double] = [0, 0, 0, 0, 1, 1, 1, 1]
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.logistic(y: y, design: Design([("x", x)]))
        }
        guard case .separation(let model, let observations) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(model == "logistic" && !observations.isEmpty)
    }

    @Test func quasiSeparationIsAnError() throws {
        let x: [Double] = [1, 2, 3, 4, 4, 4, 5, 6, 7, 8]
        let y: [Double] = [0, 0, 0, 0, 1, 0, 1, 1, 1, 1]
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.logistic(y: y, design: Design([("x", x)]))
        }
        guard case .separation = error else { Issue.record("got \(String(describing: error))"); return }
    }

    /// Zero counts wherever the level dummy is 0: the Poisson rate there goes to 0.
    @Test func countsZeroOnOneSideAreSeparation() throws {
        let y: [Double] = [0, 0, 0, 0, 0, 3, 5, 4, 6, 5]
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.poisson(y: y, design: Design([("after", [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])]))
        }
        guard case .separation = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func nonBinaryOutcomeAndNonFiniteValuesAreErrors() throws {
        let design = try Design([("x", [1, 2, 3, 4])])
        #expect(throws: ModelError.notBinary(variable: "y", observation: 2, value: 2)) {
            try GeneralizedLinearModel.logistic(y: [0, 1, 2, 1], design: design)
        }
        #expect(throws: ModelError.nonFinite(variable: "y", observation: 3, value: .infinity)) {
            try GeneralizedLinearModel.poisson(y: [0, 1, 2, .infinity], design: design)
        }
        let error = #expect(throws: ModelError.self) {
            try GeneralizedLinearModel.poisson(y: [1, 2, 3, 4], design: design, offset: [0, .nan, 0, 0])
        }
        guard case .nonFinite(let name, 1, _) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(name == "offset")
    }

    @Test func notConvergingIsAnError() throws {
        let data = ModelFixtures.data("weekly_break")
        let design = try SegmentedRegression.design(periods: 104, breakIndex: 37)
        #expect(throws: ModelError.noConvergence(model: "poisson", iterations: 2,
                                                 detail: "relative deviance change still above 1e-14")) {
            try GeneralizedLinearModel.poisson(y: data["n"]!, design: design, options: .init(maxIterations: 2))
        }
    }
}
