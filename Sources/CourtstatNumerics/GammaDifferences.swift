import CGSL

// Differences of log-gamma, digamma and trigamma at a and a + y (y a whole count), as the
// negative binomial likelihood needs them: log Γ(θ + y) − log Γ(θ), ψ(θ + y) − ψ(θ) and
// ψ₁(θ) − ψ₁(θ + y) (MASS's theta.ml score and information). Each is computed as a
// difference directly, never as the difference of two large values, which would lose digits
// when θ is large. (GSL's gsl_sf_psi is not in the CGSL shim; for whole y the sums below
// are exact identities, and the asymptotic series is used only where it is accurate to
// below 1e-17.)

/// log Γ(a + x) − log Γ(a) for a > 0, a + x > 0 (`gsl_sf_lnpoch_e`).
public func lnPochhammer(_ a: Double, _ x: Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard a > 0, a.isFinite, x >= 0, x.isFinite else { throw .domain("lnPochhammer: expected a > 0, x ≥ 0; got \(a), \(x)") }
    if x == 0 { return 0 }
    var result = gsl_sf_result()
    try check(gsl_sf_lnpoch_e(a, x, &result), "gsl_sf_lnpoch_e")
    return result.val
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
