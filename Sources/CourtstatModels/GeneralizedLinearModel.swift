import CourtstatNumerics

/// Poisson, quasi-Poisson and logistic regression, fitted by IRLS to a tight tolerance, with
/// R's `glm` and `summary.glm` inference.
///
/// Standard errors come from the expected (Fisher) information at the estimates,
/// (X'WX)⁻¹ with W = (dμ/dη)²/V(μ̂), times the dispersion. Intervals are Wald intervals:
/// estimate ∓ z_{(1+level)/2}·se (poisson, logistic) or ∓ t_{(1+level)/2, df_residual}·se
/// (quasipoisson, whose p-values are also t-based, as summary.glm's); R's `confint.glm`
/// profiles the likelihood instead, which these are not.
public enum GeneralizedLinearModel {
    /// Iteration control: R's `glm.control(epsilon = 1e-14, maxit = 100)`.
    public struct Options: Sendable {
        public var maxIterations: Int
        public var epsilon: Double
        public var confLevel: Double
        /// R's glm.control defaults, and 95% Wald intervals.
        public init(maxIterations: Int = 100, epsilon: Double = 1e-14, confLevel: Double = 0.95) {
            self.maxIterations = maxIterations; self.epsilon = epsilon; self.confLevel = confLevel
        }
    }

    /// Poisson regression with log link, log E[y] = offset + Xβ (R: `glm(y ~ x + offset(o),
    /// family = poisson)`). y: whole counts ≥ 0. aic = −2 Σ log dpois(y, μ̂) + 2p; dispersion 1.
    public static func poisson(y: [Double], design: Design, offset: [Double]? = nil, options: Options = .init(),
                               responseName: String = "y", offsetName: String = "offset") throws(ModelError) -> ModelFit {
        try validateCounts(y, name: responseName, integer: true)
        return try fit(.poisson, family: .poisson, y: y, design: design, offset: offset, options: options,
                       responseName: responseName, offsetName: offsetName)
    }

    /// Quasi-Poisson regression: Poisson's estimates, with standard errors scaled by
    /// √φ, φ = Σ (y − μ̂)²/μ̂ / df_residual (Pearson), and t tests on df_residual, as R's
    /// `summary(glm(…, family = quasipoisson))`. y: counts ≥ 0 (R allows non-integer values
    /// here, and so does this). No likelihood, so no log_lik or aic.
    public static func quasipoisson(y: [Double], design: Design, offset: [Double]? = nil, options: Options = .init(),
                                    responseName: String = "y", offsetName: String = "offset") throws(ModelError) -> ModelFit {
        try validateCounts(y, name: responseName, integer: false)
        return try fit(.quasipoisson, family: .poisson, y: y, design: design, offset: offset, options: options,
                       responseName: responseName, offsetName: offsetName)
    }

    /// Logistic regression, logit P(y = 1) = Xβ (R: `glm(y ~ x, family = binomial)`), y 0 or 1.
    /// aic = deviance + 2p. Separated data (fitted probabilities numerically 0 or 1) throw
    /// `ModelError.separation`.
    public static func logistic(y: [Double], design: Design, options: Options = .init(),
                                responseName: String = "y") throws(ModelError) -> ModelFit {
        if let i = y.firstIndex(where: { $0.isFinite && $0 != 0 && $0 != 1 }) {
            throw .notBinary(variable: responseName, observation: i, value: y[i])
        }
        return try fit(.logistic, family: .binomial, y: y, design: design, offset: nil, options: options,
                       responseName: responseName, offsetName: "")
    }

    /// Logistic regression on grouped binomial data: `successes[i]` of `trials[i]` in the i-th
    /// row (a covariate pattern), logit P = Xβ (R: `glm(cbind(s, t − s) ~ x, family = binomial)`,
    /// or proportions s/t with `weights = t`). The estimates, standard errors, tests and
    /// intervals are those of `logistic` on the same data as one 0/1 row per trial; the glance
    /// describes the grouped fit as R's does: n = rows, deviance and null deviance of the
    /// proportions (weighted by the trials), log-likelihood Σ log dbinom(s, t, μ̂).
    /// Trials: whole numbers ≥ 1; successes: whole numbers from 0 to the trials.
    public static func binomial(successes: [Double], trials: [Double], design: Design, options: Options = .init(),
                                responseName: String = "y", trialsName: String = "trials") throws(ModelError) -> ModelFit {
        guard trials.count == successes.count else {
            throw .invalidInput("\(trialsName) has \(trials.count) values; \(responseName) has \(successes.count)")
        }
        if let i = trials.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(variable: trialsName, observation: i, value: trials[i]) }
        for i in trials.indices {
            if trials[i] < 1 || trials[i] != trials[i].rounded() {
                throw .invalidCount(variable: trialsName, observation: i, value: trials[i], expected: "a whole number of trials ≥ 1")
            }
        }
        try validateCounts(successes, name: responseName, integer: true)
        if let i = successes.indices.first(where: { successes[$0] > trials[$0] }) {
            throw .invalidCount(variable: responseName, observation: i, value: successes[i],
                                expected: "at most the \(Int(trials[i])) trials in \(trialsName)")
        }
        let proportions = successes.indices.map { successes[$0] / trials[$0] }
        return try fit(.logistic, family: .binomial, y: proportions, design: design, offset: nil, options: options,
                       responseName: responseName, offsetName: "", priorWeights: trials)
    }

    static func fit(_ kind: ModelKind, family: GLMFamily, y: [Double], design: Design, offset: [Double]?,
                    options: Options, responseName: String, offsetName: String,
                    priorWeights: [Double]? = nil) throws(ModelError) -> ModelFit {
        try validate(response: y, name: responseName, design: design, offset: offset, offsetName: offsetName,
                     saturated: priorWeights != nil)
        try requireLevel(options.confLevel)
        let irls = try iterativelyReweightedLeastSquares(
            y: y, design: design, offset: offset, family: family, priorWeights: priorWeights,
            maxIterations: options.maxIterations, epsilon: options.epsilon, model: kind.rawValue)
        return try assemble(kind, family: family, irls: irls, y: y, design: design, offset: offset,
                            options: options, iterations: irls.iterations, theta: nil, priorWeights: priorWeights)
    }

    /// Terms and glance from a converged IRLS fit.
    static func assemble(_ kind: ModelKind, family: GLMFamily, irls: IRLSFit, y: [Double], design: Design,
                         offset: [Double]?, options: Options, iterations: Int,
                         theta: ThetaEstimate?, priorWeights: [Double]? = nil) throws(ModelError) -> ModelFit {
        let n = y.count, p = design.parameterCount, df = n - p
        var dispersion = 1.0
        if kind == .quasipoisson {
            var pearson = 0.0
            for i in 0..<n { pearson += (y[i] - irls.mu[i]) * (y[i] - irls.mu[i]) / family.variance(irls.mu[i]) }
            dispersion = pearson / Double(df)
        }
        let covariance = irls.solution.unscaledCovariance.map { $0.map { $0 * dispersion } }
        let stdErrors = covariance.indices.map { covariance[$0][$0].squareRoot() }
        let referenceDF: Double? = kind == .quasipoisson ? Double(df) : nil
        let terms = try makeTerms(design, estimates: irls.coefficients, stdErrors: stdErrors, df: referenceDF,
                                  confLevel: options.confLevel, method: methodName(kind, df: df))
        let nullDeviance = try nullDeviance(y: y, design: design, offset: offset, family: family, options: options,
                                            priorWeights: priorWeights)
        var logLik: Double? = nil, aic: Double? = nil
        if kind != .quasipoisson {
            let ll = try family.logLikelihood(y, irls.mu, weights: priorWeights)
            logLik = ll
            aic = -2 * ll + 2 * Double(p) + (kind == .negbin ? 2 : 0)
        }
        var notes = conditioningNotes(irls.solution.conditionNumber)
        if kind == .negbin { notes.append("standard errors hold theta fixed at its estimate (as MASS's summary.negbin)") }
        if let priorWeights, family == .binomial {
            notes.append("grouped binomial data: \(n) rows of successes out of \(Int(priorWeights.reduce(0, +))) trials; "
                + "the terms are those of one 0/1 row per trial, n and the deviances are the grouped fit's (as R's glm with cbind)")
        }
        let glance = ModelGlance(model: kind, n: n, dfResidual: df, dfNull: n - (design.hasIntercept ? 1 : 0),
                                 deviance: irls.deviance, nullDeviance: nullDeviance, logLik: logLik, aic: aic,
                                 dispersion: dispersion, theta: theta?.theta, thetaStdError: theta?.stdError,
                                 iterations: iterations, rSquared: nil, adjRSquared: nil, sigma: nil,
                                 fStatistic: nil, fDf: nil, fPValue: nil,
                                 conditionNumber: irls.solution.conditionNumber, notes: notes)
        return ModelFit(design: design, coefficients: irls.coefficients, covariance: covariance, terms: terms,
                        glance: glance, fitted: irls.mu, referenceDF: referenceDF, confLevel: options.confLevel)
    }

    /// R's null deviance: with an intercept and an offset, the deviance of the fitted
    /// intercept-only model (as glm and glm.nb refit it); with an intercept only, at μ = ȳ;
    /// without an intercept, at μ = linkinv(offset). With prior weights, the weighted mean and
    /// weighted deviances.
    static func nullDeviance(y: [Double], design: Design, offset: [Double]?, family: GLMFamily,
                             options: Options, priorWeights: [Double]? = nil) throws(ModelError) -> Double {
        if design.hasIntercept {
            if offset != nil {
                return try iterativelyReweightedLeastSquares(
                    y: y, design: design.interceptOnly(), offset: offset, family: family, priorWeights: priorWeights,
                    maxIterations: options.maxIterations, epsilon: options.epsilon, model: "null model").deviance
            }
            let w = priorWeights ?? Array(repeating: 1, count: y.count)
            let mean = y.indices.reduce(0) { $0 + w[$1] * y[$1] } / w.reduce(0, +)
            return family.deviance(y, Array(repeating: mean, count: y.count), weights: priorWeights)
        }
        let off = offset ?? Array(repeating: 0, count: y.count)
        return family.deviance(y, off.map(family.linkinv), weights: priorWeights)
    }

    static func methodName(_ kind: ModelKind, df: Int) -> String {
        switch kind {
        case .poisson: "Poisson GLM (log link), IRLS; Wald z tests and intervals"
        case .quasipoisson: "Quasi-Poisson GLM (log link), Pearson dispersion; Wald t tests and intervals on \(df) df"
        case .negbin: "Negative binomial GLM (log link), theta by maximum likelihood (MASS::glm.nb); Wald z tests and intervals, theta held fixed"
        case .logistic: "Logistic regression (logit link), IRLS; Wald z tests and intervals"
        case .ols: "Ordinary least squares"
        }
    }
}

/// Counts: finite, ≥ 0, and whole when `integer`.
func validateCounts(_ y: [Double], name: String, integer: Bool) throws(ModelError) {
    for (i, v) in y.enumerated() where v.isFinite {
        if v < 0 { throw .invalidCount(variable: name, observation: i, value: v, expected: "a count ≥ 0") }
        if integer, v != v.rounded() {
            throw .invalidCount(variable: name, observation: i, value: v, expected: "a whole count ≥ 0")
        }
    }
}
