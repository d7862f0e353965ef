import CourtstatNumerics
import Foundation

/// The error distributions and links of the GLMs, with R's definitions (stats' `poisson()`,
/// `binomial()` and the C code behind `make.link("logit")`, MASS's `negative.binomial(theta)`),
/// including R's guards: μ = max(exp η, ε) for the log link; for the logit, η beyond ±30
/// gives μ = ε/(1 + ε) or 1/(1 + ε) and dμ/dη = ε.
enum GLMFamily: Sendable, Equatable {
    case poisson
    case binomial
    case negativeBinomial(theta: Double)

    static let epsilon = Double.ulpOfOne

    func linkfun(_ mu: Double) -> Double {
        switch self {
        case .binomial: log(mu / (1 - mu))
        default: log(mu)
        }
    }

    func linkinv(_ eta: Double) -> Double {
        switch self {
        case .binomial:
            let t = eta < -30 ? Self.epsilon : (eta > 30 ? 1 / Self.epsilon : exp(eta))
            return t / (1 + t)
        default: return max(exp(eta), Self.epsilon)
        }
    }

    func muEta(_ eta: Double) -> Double {
        switch self {
        case .binomial:
            if eta > 30 || eta < -30 { return Self.epsilon }
            let e = exp(eta)
            return e / ((1 + e) * (1 + e))
        default: return max(exp(eta), Self.epsilon)
        }
    }

    func variance(_ mu: Double) -> Double {
        switch self {
        case .poisson: mu
        case .binomial: mu * (1 - mu)
        case .negativeBinomial(let theta): mu + mu * mu / theta
        }
    }

    /// The unit deviance d(y, μ) (R's dev.resids with weight 1), in forms that avoid
    /// cancellation: (y + θ) log((y + θ)/(μ + θ)) as (y + θ) Foundation.log1p((y − μ)/(μ + θ)).
    /// Binomial y is a proportion in [0, 1] (a 0/1 outcome, or successes/trials with the trials
    /// as prior weights): 2[y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))], 0 log 0 = 0.
    func unitDeviance(_ y: Double, _ mu: Double) -> Double {
        switch self {
        case .poisson:
            return y > 0 ? 2 * (y * log(y / mu) - (y - mu)) : 2 * mu
        case .binomial:
            if y == 1 { return -2 * log(mu) }
            if y == 0 { return -2 * Foundation.log1p(-mu) }
            return 2 * (y * log(y / mu) + (1 - y) * log((1 - y) / (1 - mu)))
        case .negativeBinomial(let theta):
            let first = y > 0 ? y * log(y / mu) : 0
            return 2 * (first - (y + theta) * Foundation.log1p((y - mu) / (mu + theta)))
        }
    }

    /// Σ wᵢ d(yᵢ, μᵢ), with prior weights w (1 when nil).
    func deviance(_ y: [Double], _ mu: [Double], weights: [Double]? = nil) -> Double {
        var s = 0.0
        for i in y.indices { s += (weights?[i] ?? 1) * unitDeviance(y[i], mu[i]) }   // 1 · d = d exactly
        return s
    }

    /// R's validmu.
    func validMu(_ mu: [Double]) -> Bool {
        switch self {
        case .binomial: mu.allSatisfy { $0.isFinite && $0 > 0 && $0 < 1 }
        default: mu.allSatisfy { $0.isFinite && $0 > 0 }
        }
    }

    /// R's mustart: y + 0.1 (poisson), (w y + 0.5)/(w + 1) with prior weight w (binomial),
    /// y + (y == 0)/6 (negative.binomial).
    func startMu(_ y: Double, weight: Double = 1) -> Double {
        switch self {
        case .poisson: y + 0.1
        case .binomial: (weight * y + 0.5) / (weight + 1)
        case .negativeBinomial: y + (y == 0 ? 1.0 / 6 : 0)
        }
    }

    /// The fitted values are numerically on the boundary (R's 10ε test behind the warnings
    /// "fitted probabilities numerically 0 or 1 occurred" / "fitted rates numerically 0").
    func atBoundary(_ mu: Double) -> Bool {
        let eps = 10 * Self.epsilon
        switch self {
        case .binomial: return mu < eps || mu > 1 - eps
        default: return mu < eps
        }
    }

    /// The maximised log-likelihood: Σ log dpois(y, μ); Σ log dbinom(y, 1, μ); MASS's
    /// negative binomial loglik Σ [log Γ(θ + y) − log Γ(θ) − log y! + θ log θ + y log μ
    /// − (θ + y) log(θ + μ)], here as lnpoch(θ, y) − log y! − θ Foundation.log1p(μ/θ) + y log(μ/(θ + μ)).
    /// Binomial with prior weights (trials) w and proportions y: Σ log dbinom(w y, w, μ), as R's
    /// binomial()$aic.
    func logLikelihood(_ y: [Double], _ mu: [Double], weights: [Double]? = nil) throws(ModelError) -> Double {
        try numerics { () throws(NumericsError) in
            var s = 0.0
            for i in y.indices {
                let yi = y[i], m = mu[i]
                switch self {
                case .poisson:
                    s += (yi > 0 ? yi * log(m) : 0) - m - (try lnFactorial(yi))
                case .binomial:
                    guard let w = weights?[i] else { s += yi == 1 ? log(m) : Foundation.log1p(-m); continue }
                    let successes = (w * yi).rounded(), failures = w.rounded() - successes
                    s += try lnFactorial(w.rounded()) - lnFactorial(successes) - lnFactorial(failures)
                        + (successes > 0 ? successes * log(m) : 0) + (failures > 0 ? failures * Foundation.log1p(-m) : 0)
                case .negativeBinomial(let theta):
                    s += try lnPochhammer(theta, yi) - lnFactorial(yi) - theta * Foundation.log1p(m / theta)
                        + (yi > 0 ? yi * log(m / (theta + m)) : 0)
                }
            }
            return s
        }
    }
}
