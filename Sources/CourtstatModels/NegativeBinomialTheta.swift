import CourtstatNumerics
import Foundation

/// θ of a negative binomial (variance μ + μ²/θ) estimated by maximum likelihood given μ.
struct ThetaEstimate: Sendable {
    var theta: Double
    /// 1/√(observed information) at θ, as MASS::theta.ml's "SE" attribute.
    var stdError: Double
    var iterations: Int
}

/// Newton's method on the score of θ given μ, as MASS::theta.ml: start from the moment
/// estimate n / Σ (y/μ − 1)², step score/information, keep θ positive (|θ|), and stop when the
/// step is below `relativeTolerance`·θ (MASS stops at an absolute step of ε^¼ ≈ 1.2e-4, which
/// leaves θ short of the maximum; this runs to the limit of double precision).
///
/// Score: Σ [ψ(θ + y) − ψ(θ) + log θ + 1 − log(θ + μ) − (y + θ)/(μ + θ)], written as
/// Σ [Δψ − Foundation.log1p(μ/θ) + (μ − y)/(μ + θ)]. Information (minus its derivative):
/// Σ [ψ₁(θ) − ψ₁(θ + y) − μ/(θ(μ + θ)) + (μ − y)/(μ + θ)²]. The ψ differences are
/// `digammaDifference` and `trigammaDifference`.
func thetaMaximumLikelihood(y: [Double], mu: [Double], limit: Int = 100,
                            relativeTolerance: Double = 1e-10) throws(ModelError) -> ThetaEstimate {
    var moments = 0.0
    for i in y.indices { let r = y[i] / mu[i] - 1; moments += r * r }
    guard moments > 0 else { throw .noOverdispersion(theta: .infinity) }
    var theta = Double(y.count) / moments
    for iteration in 1...limit {
        theta = abs(theta)
        let score = try thetaScore(theta, y: y, mu: mu)
        let info = try thetaInformation(theta, y: y, mu: mu)
        let step = score / info
        theta += step
        guard theta.isFinite, abs(theta) < 1e10 else { throw .noOverdispersion(theta: abs(theta)) }
        if abs(step) <= relativeTolerance * abs(theta) {
            guard theta > 0 else {
                throw .noConvergence(model: "negbin", iterations: iteration, detail: "theta estimate is negative")
            }
            let finalInfo = try thetaInformation(theta, y: y, mu: mu)
            guard finalInfo > 0 else {
                throw .noConvergence(model: "negbin", iterations: iteration, detail: "theta is not at a maximum")
            }
            return ThetaEstimate(theta: theta, stdError: 1 / finalInfo.squareRoot(), iterations: iteration)
        }
    }
    throw .noConvergence(model: "negbin", iterations: limit, detail: "theta's Newton iterations (MASS::theta.ml)")
}

func thetaScore(_ theta: Double, y: [Double], mu: [Double]) throws(ModelError) -> Double {
    try numerics { () throws(NumericsError) in
        var s = 0.0
        for i in y.indices {
            s += try digammaDifference(theta, count: y[i]) - Foundation.log1p(mu[i] / theta) + (mu[i] - y[i]) / (mu[i] + theta)
        }
        return s
    }
}

func thetaInformation(_ theta: Double, y: [Double], mu: [Double]) throws(ModelError) -> Double {
    try numerics { () throws(NumericsError) in
        var s = 0.0
        for i in y.indices {
            let m = mu[i], t = m + theta
            s += try trigammaDifference(theta, count: y[i]) - m / (theta * t) + (m - y[i]) / (t * t)
        }
        return s
    }
}
