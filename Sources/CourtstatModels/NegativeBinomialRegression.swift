import CourtstatNumerics

extension GeneralizedLinearModel {
    /// Negative binomial regression with log link and θ estimated by maximum likelihood,
    /// as MASS::glm.nb: a Poisson fit; then, alternately, θ by `thetaMaximumLikelihood` given μ̂
    /// and the IRLS fit of the negative binomial GLM with that θ (started from the previous
    /// linear predictor), until θ changes by less than 1e-12 relative (or stalls at rounding
    /// level); a last IRLS fit at the final θ makes the coefficients and θ belong together.
    ///
    /// - terms: Wald z tests and intervals with θ held fixed (dispersion 1), as MASS's
    ///   summary.negbin.
    /// - glance: theta, theta_std_error (1/√ observed information, as glm.nb's SE.theta);
    ///   log_lik as MASS's (twologlik / 2); aic = −2 log_lik + 2p + 2 (θ counted); deviance and
    ///   null deviance at θ̂ (the null model refitted at θ̂ when there is an offset);
    ///   iterations = alternations.
    /// - y: whole counts ≥ 0. Counts without over-dispersion drive θ to infinity:
    ///   `ModelError.noOverdispersion` (fit Poisson).
    public static func negativeBinomial(y: [Double], design: Design, offset: [Double]? = nil,
                                        options: Options = .init(), responseName: String = "y",
                                        offsetName: String = "offset") throws(ModelError) -> ModelFit {
        try validateCounts(y, name: responseName, integer: true)
        try validate(response: y, name: responseName, design: design, offset: offset, offsetName: offsetName)
        try requireLevel(options.confLevel)
        var fit = try iterativelyReweightedLeastSquares(
            y: y, design: design, offset: offset, family: .poisson, maxIterations: options.maxIterations,
            epsilon: options.epsilon, model: "negbin (initial Poisson fit)")
        var theta = try thetaMaximumLikelihood(y: y, mu: fit.mu).theta
        var previousChange = Double.infinity
        var alternations = 0
        while true {
            alternations += 1
            guard alternations <= options.maxIterations else {
                throw .noConvergence(model: "negbin", iterations: options.maxIterations,
                                     detail: "theta and the coefficients kept changing")
            }
            fit = try iterativelyReweightedLeastSquares(
                y: y, design: design, offset: offset, family: .negativeBinomial(theta: theta), etaStart: fit.eta,
                maxIterations: options.maxIterations, epsilon: options.epsilon, model: "negbin")
            let next = try thetaMaximumLikelihood(y: y, mu: fit.mu).theta
            let change = abs(next - theta)
            theta = next
            if change <= 1e-12 * theta { break }
            if alternations >= 5, change >= previousChange, change <= 1e-9 * theta { break }   // rounding level
            previousChange = change
        }
        fit = try iterativelyReweightedLeastSquares(
            y: y, design: design, offset: offset, family: .negativeBinomial(theta: theta), etaStart: fit.eta,
            maxIterations: options.maxIterations, epsilon: options.epsilon, model: "negbin")
        let information = try thetaInformation(theta, y: y, mu: fit.mu)
        guard information > 0 else {
            throw .noConvergence(model: "negbin", iterations: alternations, detail: "theta is not at a maximum")
        }
        let estimate = ThetaEstimate(theta: theta, stdError: 1 / information.squareRoot(), iterations: alternations)
        return try assemble(.negbin, family: .negativeBinomial(theta: theta), irls: fit, y: y, design: design,
                            offset: offset, options: options, iterations: alternations, theta: estimate)
    }

    /// The negative binomial GLM with θ held at a given value (R: `glm(…, family =
    /// MASS::negative.binomial(theta))`): IRLS only, as fast as Poisson. log_lik is the negative
    /// binomial's at that θ; the glance's theta is nil (not estimated here). Used to profile a
    /// break position under over-dispersion without re-estimating θ at every candidate.
    public static func negativeBinomial(y: [Double], design: Design, offset: [Double]? = nil, fixedTheta theta: Double,
                                        options: Options = .init(), responseName: String = "y") throws(ModelError) -> ModelFit {
        try validateCounts(y, name: responseName, integer: true)
        guard theta > 0, theta.isFinite else { throw .invalidInput("theta: expected a positive number, got \(theta)") }
        return try fit(.negbin, family: .negativeBinomial(theta: theta), y: y, design: design, offset: offset, options: options,
                       responseName: responseName, offsetName: "offset")
    }

    /// Fits the named model (OLS included), for callers that choose the model at run time.
    /// `trials` (logistic only): y holds successes out of these trials, fitted as grouped
    /// binomial data (`binomial(successes:trials:…)`).
    public static func fit(_ kind: ModelKind, y: [Double], design: Design, offset: [Double]? = nil,
                           trials: [Double]? = nil, robust: Bool = false, options: Options = .init(),
                           responseName: String = "y", offsetName: String = "offset",
                           trialsName: String = "trials") throws(ModelError) -> ModelFit {
        if trials != nil, kind != .logistic {
            throw .invalidInput("trials apply to the logistic model only")
        }
        if kind != .ols, robust {
            throw .invalidInput("robust (HC3) standard errors are available for ols only")
        }
        if offset != nil, kind == .ols || kind == .logistic {
            throw .invalidInput("an offset applies to the count models (poisson, quasipoisson, negbin) only")
        }
        switch kind {
        case .ols: return try LinearRegression.fit(y: y, design: design, robust: robust, confLevel: options.confLevel,
                                                   responseName: responseName)
        case .poisson: return try poisson(y: y, design: design, offset: offset, options: options,
                                          responseName: responseName, offsetName: offsetName)
        case .quasipoisson: return try quasipoisson(y: y, design: design, offset: offset, options: options,
                                                    responseName: responseName, offsetName: offsetName)
        case .negbin: return try negativeBinomial(y: y, design: design, offset: offset, options: options,
                                                  responseName: responseName, offsetName: offsetName)
        case .logistic:
            if let trials {
                return try binomial(successes: y, trials: trials, design: design, options: options,
                                    responseName: responseName, trialsName: trialsName)
            }
            return try logistic(y: y, design: design, options: options, responseName: responseName)
        }
    }
}
