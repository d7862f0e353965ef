internal import CGSL

// Differences of log-gamma, digamma and trigamma at a and a + y (y a whole count), as the
// negative binomial likelihood needs them: log Γ(θ + y) − log Γ(θ), ψ(θ + y) − ψ(θ) and
// ψ₁(θ) − ψ₁(θ + y) (MASS's theta.ml score and information). Each is computed as a
// difference directly, never as the difference of two large values, which would lose digits
// when θ is large. (GSL's gsl_sf_psi is not in the CGSL shim; for whole y the sums below
// are exact identities, and the asymptotic series is used only where it is accurate to
// below 1e-17.)

/// log Γ(a + x) − log Γ(a) for a > 0, x ≥ 0. For a whole x (a count): Σ_{k<x} log(a + k), or
/// for large x the first terms of that sum and the Stirling series from a + K ≥ 20 on, taken
/// as differences; otherwise `gsl_sf_lnpoch_e`, which loses digits when a is large
/// (2.5e-10 relative at a = 2e6, x = 1).
public func lnPochhammer(_ a: Double, _ x: Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard a > 0, a.isFinite, x >= 0, x.isFinite else { throw .domain("lnPochhammer: expected a > 0, x ≥ 0; got \(a), \(x)") }
    if x == 0 { return 0 }
    guard x == x.rounded() else {
        var result = gsl_sf_result()
        try check(gsl_sf_lnpoch_e(a, x, &result), "gsl_sf_lnpoch_e")
        return result.val
    }
    if x <= directSumLimit { return logSum(a, terms: x) }
    let k = max(0, (asymptoticStart - a).rounded(.up))
    let x1 = a + k, x2 = a + x, delta = x2 - x1
    // log Γ(x) ~ (x − ½) log x − x + ½ log 2π + Σ B₂ⱼ / (2j(2j − 1) x^{2j−1}).
    var d = (x2 - 0.5) * log1pAccurate(delta / x1) + delta * (gsl_sf_log(x1) - 1)
    let coefficients = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156]
    for (j, c) in coefficients.enumerated() {
        let m = Double(2 * (j + 1) - 1)
        d += c * (1 / _pow(x2, m) - 1 / _pow(x1, m))
    }
    return logSum(a, terms: k) + d
}

/// log(n!) for a whole n ≥ 0 (`gsl_sf_lnfact_e`).
public func lnFactorial(_ n: Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard n >= 0, n == n.rounded(), n < Double(UInt32.max) else { throw .domain("lnFactorial: expected a whole number ≥ 0, got \(n)") }
    var result = gsl_sf_result()
    try check(gsl_sf_lnfact_e(UInt32(n), &result), "gsl_sf_lnfact_e")
    return result.val
}

/// Below this many terms the differences are summed term by term.
private let directSumLimit = 64.0
/// The asymptotic series is used only for arguments at least this large.
private let asymptoticStart = 20.0

/// ψ(a + y) − ψ(a) for a > 0 and a whole y ≥ 0: Σ_{k<y} 1/(a + k), or, for large y, the
/// first terms of that sum and the asymptotic expansion of ψ from a + K ≥ 20 on.
public func digammaDifference(_ a: Double, count y: Double) throws(NumericsError) -> Double {
    guard a > 0, a.isFinite, y >= 0, y == y.rounded(), y.isFinite else {
        throw .domain("digammaDifference: expected a > 0 and a whole y ≥ 0; got \(a), \(y)")
    }
    if y <= directSumLimit { return reciprocalSum(a, terms: y, power: 1) }
    let k = max(0, (asymptoticStart - a).rounded(.up))
    let head = reciprocalSum(a, terms: k, power: 1)
    let x1 = a + k, x2 = a + y
    // ψ(x) ~ ln x − 1/(2x) − Σ B₂ⱼ / (2j x^{2j}); differences taken term by term.
    var d = log1pAccurate((x2 - x1) / x1)
    d += (x2 - x1) / (2 * x1 * x2)
    let coefficients = [1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12]
    for (j, c) in coefficients.enumerated() {
        let m = Double(2 * (j + 1))
        d += c * (1 / _pow(x1, m) - 1 / _pow(x2, m))
    }
    return head + d
}

/// ψ₁(a) − ψ₁(a + y) for a > 0 and a whole y ≥ 0: Σ_{k<y} 1/(a + k)², or, for large y, the
/// first terms and the asymptotic expansion of the trigamma function from a + K ≥ 20 on.
public func trigammaDifference(_ a: Double, count y: Double) throws(NumericsError) -> Double {
    guard a > 0, a.isFinite, y >= 0, y == y.rounded(), y.isFinite else {
        throw .domain("trigammaDifference: expected a > 0 and a whole y ≥ 0; got \(a), \(y)")
    }
    if y <= directSumLimit { return reciprocalSum(a, terms: y, power: 2) }
    let k = max(0, (asymptoticStart - a).rounded(.up))
    let head = reciprocalSum(a, terms: k, power: 2)
    let x1 = a + k, x2 = a + y
    // ψ₁(x) ~ 1/x + 1/(2x²) + Σ B₂ⱼ / x^{2j+1}.
    var d = (x2 - x1) / (x1 * x2)
    d += 0.5 * (1 / (x1 * x1) - 1 / (x2 * x2))
    let coefficients = [1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6]
    for (j, c) in coefficients.enumerated() {
        let m = Double(2 * (j + 1) + 1)
        d += c * (1 / _pow(x1, m) - 1 / _pow(x2, m))
    }
    return head + d
}

/// Σ_{k<terms} log(a + k), with compensation.
private func logSum(_ a: Double, terms: Double) -> Double {
    var sum = 0.0, carry = 0.0, k = 0.0
    while k < terms {
        let y = gsl_sf_log(a + k) - carry
        let t = sum + y
        carry = (t - sum) - y
        sum = t
        k += 1
    }
    return sum
}

/// Σ_{k<terms} 1/(a + k)^power, summed from the smallest term up, with compensation.
private func reciprocalSum(_ a: Double, terms: Double, power: Int) -> Double {
    var sum = 0.0, carry = 0.0
    var k = terms - 1
    while k >= 0 {
        let x = a + k
        let term = power == 1 ? 1 / x : 1 / (x * x)
        let y = term - carry
        let t = sum + y
        carry = (t - sum) - y
        sum = t
        k -= 1
    }
    return sum
}

private func _pow(_ x: Double, _ m: Double) -> Double { gsl_pow_int(x, Int32(m)) }

private func log1pAccurate(_ x: Double) -> Double { gsl_log1p(x) }
