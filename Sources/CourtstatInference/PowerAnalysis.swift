import CourtstatNumerics
import Foundation

/// Power, or the cases needed, of a comparison of two proportions; agrees with R's
/// `power.prop.test(n, p1, p2, sig.level, power, alternative)` (strict = FALSE):
/// power = Φ((√n·|p1 − p2| − z_{α/k}·√((p1 + p2)(1 − (p1 + p2)/2))) / √(p1(1 − p1) + p2(1 − p2))),
/// k = 2 two-sided, 1 one-sided; n is per group. Given the power, n is that equation solved
/// exactly (in closed form; R's uniroot stops at tol ≈ 1.2e-4), not rounded up.
public func proportionPower(p1: Double, p2: Double, n: Double?, power: Double?, sigLevel: Double = 0.05,
                            twoSided: Bool = true) throws(InferenceError) -> (n: Double, power: Double) {
    for (v, name) in [(p1, "p1"), (p2, "p2")] where !(v > 0 && v < 1) {
        throw .invalidArgument(parameter: name, expected: "a proportion strictly between 0 and 1", found: "\(v)")
    }
    try requireConfLevel(sigLevel, "sigLevel")   // the same range and words as a level
    guard p1 != p2 else { throw .undefined(parameter: "p2", reason: "p1 = p2: there is no difference to detect") }
    let z = try numerics { () throws(NumericsError) in try Normal.quantile(sigLevel / (twoSided ? 2 : 1), lowerTail: false) }
    let pooled = ((p1 + p2) * (1 - (p1 + p2) / 2)).squareRoot(), sd = (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
    let d = abs(p1 - p2)
    if let n {
        guard n > 0, n.isFinite else { throw .invalidArgument(parameter: "n", expected: "a number of cases per group > 0", found: "\(n)") }
        let w = try numerics { () throws(NumericsError) in try Normal.cdf((n.squareRoot() * d - z * pooled) / sd) }
        return (n, w)
    }
    guard let power, power > 0, power < 1 else {
        throw .invalidArgument(parameter: "power", expected: "a power strictly between 0 and 1", found: "\(power.map { "\($0)" } ?? "none")")
    }
    let zw = try numerics { () throws(NumericsError) in try Normal.quantile(power) }
    let root = (zw * sd + z * pooled) / d
    guard root > 0 else { throw .undefined(parameter: "power", reason: "a power of \(power) is reached with no cases at all") }
    return (root * root, power)
}

/// The alternative of a rate-ratio power calculation, statsmodels' names.
public enum RatePowerAlternative: String, Sendable, CaseIterable {
    case twoSided = "two-sided", larger, smaller
}

/// Power of the Wald test of log(rate1/rate2) = 0 with n = nobs1 exposure units in group 1 and
/// nobsRatio·n in group 2; agrees with statsmodels' `power_poisson_ratio_2indep(rate1, rate2,
/// nobs1 = n, nobs_ratio, exposure, value = 1, alpha, alternative, method_var = "alt")`:
/// with d = log(rate1/rate2) and σ² = (1/rate1 + 1/(nobsRatio·rate2))/exposure,
/// power = Φ̄(c − d√n/σ) (larger) + Φ(−c − d√n/σ) (smaller), both for two-sided with
/// c = z_{α/2}. Given the power, n is the smallest (not rounded) that reaches it.
public func rateRatioPower(rate1: Double, rate2: Double, n: Double?, power: Double?, nobsRatio: Double = 1,
                           exposure: Double = 1, sigLevel: Double = 0.05,
                           alternative: RatePowerAlternative = .twoSided) throws(InferenceError) -> (n: Double, power: Double) {
    for (v, name) in [(rate1, "rate1"), (rate2, "rate2"), (nobsRatio, "nobsRatio"), (exposure, "exposure")] where !(v > 0 && v.isFinite) {
        throw .invalidArgument(parameter: name, expected: "a positive finite number", found: "\(v)")
    }
    try requireConfLevel(sigLevel, "sigLevel")   // the same range and words as a level
    let d = log(rate1 / rate2), sd = ((1 / rate1 + 1 / (nobsRatio * rate2)) / exposure).squareRoot()
    let c = try numerics { () throws(NumericsError) in
        try Normal.quantile(alternative == .twoSided ? sigLevel / 2 : sigLevel, lowerTail: false)
    }
    func powerAt(_ n: Double) throws(NumericsError) -> Double {
        let shift = d * n.squareRoot() / sd
        var w = 0.0
        if alternative != .smaller { w += try Normal.cdf(c - shift, lowerTail: false) }
        if alternative != .larger { w += try Normal.cdf(-c - shift) }
        return w
    }
    if let n {
        guard n > 0, n.isFinite else { throw .invalidArgument(parameter: "n", expected: "a positive exposure count", found: "\(n)") }
        return (n, try numerics { () throws(NumericsError) in try powerAt(n) })
    }
    guard let power, power > 0, power < 1 else {
        throw .invalidArgument(parameter: "power", expected: "a power strictly between 0 and 1", found: "\(power.map { "\($0)" } ?? "none")")
    }
    let pointsAway = (alternative == .larger && d <= 0) || (alternative == .smaller && d >= 0) || d == 0
    guard !pointsAway else {
        throw .undefined(parameter: "power", reason: "no number of cases reaches power \(power): rate1/rate2 = \(rate1 / rate2) does not differ from 1 in the direction of the alternative")
    }
    return try numerics { () throws(NumericsError) in
        // Power rises with n from (about) α: below α·(1 + …) nothing is needed; else bracket and solve.
        if try powerAt(Double.leastNormalMagnitude) >= power { return (0, power) }
        let oneSided = try Normal.quantile(power) + c
        var hi = max(1e-12, (oneSided * sd / abs(d)) * (oneSided * sd / abs(d)))
        while try powerAt(hi) < power { hi *= 2 }
        var lo = hi / 2
        while lo > 1e-300, try powerAt(lo) >= power { lo /= 2 }
        let n = try brentRoot(lower: lo, upper: hi) { v throws(NumericsError) in try powerAt(v) - power }
        return (n, power)
    }
}

/// The smallest rate ratios (above and below 1) that counts like these could have shown: with
/// group 2's observed rate count2/exposure2 taken as true, the ratios R for which the two-sided
/// Wald test of the log ratio at `sigLevel` has power `power` (`rateRatioPower` with rate1 =
/// R·rate2, n = exposure1, nobs_ratio = exposure2/exposure1). nil where no ratio on that side
/// reaches the power (below 1 the variance of group 1's count grows as R falls, so power can
/// peak short of it), or when count2 is 0.
public func detectableRateRatios(count2: Int, exposure1: Double, exposure2: Double, sigLevel: Double,
                                 power: Double = 0.8) throws(InferenceError) -> (below: Double?, above: Double?) {
    guard count2 > 0 else { return (nil, nil) }
    let rate2 = Double(count2) / exposure2
    func powerAt(_ logR: Double) throws(InferenceError) -> Double {
        try rateRatioPower(rate1: exp(logR) * rate2, rate2: rate2, n: exposure1, power: nil,
                           nobsRatio: exposure2 / exposure1, sigLevel: sigLevel).power
    }
    func solve(direction: Double) throws(InferenceError) -> Double? {
        // Step out from R = 1 until the power passes the target, then bisect to full precision.
        var inside = 0.0, step = 0.01
        while abs(inside + direction * step) < 60 {
            let t = inside + direction * step
            if try powerAt(t) >= power {
                var lo = inside, hi = t
                for _ in 0..<200 {
                    let mid = lo + (hi - lo) / 2
                    if mid == lo || mid == hi { break }
                    if try powerAt(mid) >= power { hi = mid } else { lo = mid }
                }
                return exp(hi)
            }
            inside = t; step *= 1.5
        }
        return nil
    }
    return (try solve(direction: -1), try solve(direction: 1))
}
