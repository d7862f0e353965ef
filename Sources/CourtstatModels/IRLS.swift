import CourtstatNumerics

/// The result of iteratively reweighted least squares for one family and fixed θ.
struct IRLSFit: Sendable {
    var coefficients: [Double]
    /// η = Xβ + offset, and μ = linkinv(η).
    var eta: [Double]
    var mu: [Double]
    var deviance: Double
    /// Iterations until the convergence test held (R's `iter`).
    var iterations: Int
    /// The weighted least-squares problem at the estimates: working weights
    /// wᵢ = (dμ/dη)² / V(μ) at μ̂, so that (X'WX)⁻¹ is the inverse of the expected (Fisher)
    /// information at the estimates.
    var solution: LeastSquaresSolution
}

/// Fisher scoring by iteratively reweighted least squares, as R's `glm.fit`: start from R's
/// mustart (or a given η), regress the working response z = η − offset + (y − μ)/(dμ/dη) on X
/// with weights (dμ/dη)²/V(μ), halve the step while the deviance is not finite or μ invalid,
/// and stop when |D − D_old| / (|D| + 0.1) < `epsilon` (R's glm.control test; 1e-14 here by
/// default, where R's default is 1e-8), or when two deviances in a row are 0 up to rounding (an
/// exact fit). Each step is solved by `LeastSquares.solve`.
///
/// Prior weights (R's `weights`; the trials of grouped binomial data, whose y are then
/// proportions) multiply the working weights and the unit deviances, as in glm.fit.
///
/// Fitted values numerically on the boundary (probabilities 0 or 1, rates 0) mean that the
/// estimates do not exist (separation): that is an error, never a silent fit.
func iterativelyReweightedLeastSquares(y: [Double], design: Design, offset: [Double]?, family: GLMFamily,
                                       priorWeights: [Double]? = nil, etaStart: [Double]? = nil,
                                       maxIterations: Int, epsilon: Double,
                                       model: String) throws(ModelError) -> IRLSFit {
    let n = y.count
    let off = offset ?? Array(repeating: 0, count: n)
    let prior = priorWeights ?? Array(repeating: 1, count: n)
    var eta = etaStart ?? y.indices.map { family.linkfun(family.startMu(y[$0], weight: prior[$0])) }
    var mu = eta.map(family.linkinv)
    guard family.validMu(mu), eta.allSatisfy(\.isFinite) else {
        throw .noConvergence(model: model, iterations: 0, detail: "no valid starting values")
    }
    var devOld = family.deviance(y, mu, weights: priorWeights)
    let devianceNoise = 64 * Double.ulpOfOne * y.indices.reduce(0) { $0 + prior[$1] * abs(y[$1]) }
    var coefficients: [Double]? = nil, coefOld: [Double]? = nil
    var converged = false, iterations = 0
    var dev = devOld

    for iteration in 1...maxIterations {
        iterations = iteration
        let (z, w) = workingValues(y: y, eta: eta, mu: mu, offset: off, prior: prior, family: family, dropsFlatRows: true)
        let step = try solveLeastSquares(design, response: z, weights: w)
        var beta = step.coefficients
        guard beta.allSatisfy(\.isFinite) else {
            throw .noConvergence(model: model, iterations: iteration, detail: "non-finite coefficients")
        }
        eta = zip(design.linearPredictor(beta), off).map(+)
        mu = eta.map(family.linkinv)
        dev = family.deviance(y, mu, weights: priorWeights)
        // R's step halving: while the deviance is infinite, or η or μ is invalid.
        var halvings = 0
        while !dev.isFinite || !family.validMu(mu) {
            guard let old = coefOld, halvings < maxIterations else {
                throw .noConvergence(model: model, iterations: iteration,
                                     detail: "no valid coefficients: the deviance is not finite")
            }
            halvings += 1
            beta = zip(beta, old).map { ($0 + $1) / 2 }
            eta = zip(design.linearPredictor(beta), off).map(+)
            mu = eta.map(family.linkinv)
            dev = family.deviance(y, mu, weights: priorWeights)
        }
        coefficients = beta
        if abs(dev - devOld) / (abs(dev) + 0.1) < epsilon { converged = true; break }
        // An exact fit (a constant series): the deviance is 0 up to rounding, and its changes are
        // rounding noise that the relative test at 1e-14 may never see settle.
        if abs(dev) <= devianceNoise && abs(devOld) <= devianceNoise { converged = true; break }
        devOld = dev
        coefOld = beta
    }
    let boundary = mu.indices.filter { family.atBoundary(mu[$0]) }
    if !boundary.isEmpty { throw .separation(model: model, observations: boundary) }
    guard converged, let beta = coefficients else {
        throw .noConvergence(model: model, iterations: iterations,
                             detail: "relative deviance change still above \(epsilon)")
    }
    // The information at the estimates.
    let (z, w) = workingValues(y: y, eta: eta, mu: mu, offset: off, prior: prior, family: family, dropsFlatRows: false)
    let solution = try solveLeastSquares(design, response: z, weights: w)
    return IRLSFit(coefficients: beta, eta: eta, mu: mu, deviance: dev, iterations: iterations, solution: solution)
}

/// IRLS's working response z = η − offset + (y − μ) / μ′(η) and working weights
/// w = prior · μ′(η)² / V(μ), row by row. With `dropsFlatRows` (the iterations) a row where
/// μ′(η) is not above 0 keeps z = w = 0, as R's glm.fit drops it from the step; without (the
/// information at the estimates) every row is computed as it is.
private func workingValues(y: [Double], eta: [Double], mu: [Double], offset: [Double], prior: [Double],
                           family: GLMFamily, dropsFlatRows: Bool) -> (z: [Double], w: [Double]) {
    var z = [Double](repeating: 0, count: y.count), w = [Double](repeating: 0, count: y.count)
    for i in y.indices {
        let d = family.muEta(eta[i])
        if dropsFlatRows && !(d > 0) { continue }
        z[i] = eta[i] - offset[i] + (y[i] - mu[i]) / d
        w[i] = prior[i] * d * d / family.variance(mu[i])
    }
    return (z, w)
}
