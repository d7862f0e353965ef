internal import CGSL

/// Carries a Swift closure (and the first error it threw) through GSL's C callback.
private final class RootFunctionBox {
    let f: (Double) throws(NumericsError) -> Double
    var error: NumericsError?
    init(_ f: @escaping (Double) throws(NumericsError) -> Double) { self.f = f }
}

/// Finds x in [lower, upper] with f(x) = 0 by GSL's Brent–Dekker solver (`gsl_root_fsolver_brent`),
/// iterating until the bracket is narrower than `relativeTolerance` × |x| (plus `absoluteTolerance`).
/// f(lower) and f(upper) must have opposite signs (or one of them be 0, which is returned).
/// This is the full-precision counterpart of R's `uniroot`, which stops at about 1e-4.
public func brentRoot(lower: Double, upper: Double,
                      relativeTolerance: Double = 4 * Double.ulpOfOne,
                      absoluteTolerance: Double = 0,
                      maxIterations: Int = 1000,
                      _ f: @escaping (Double) throws(NumericsError) -> Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    let fLower = try f(lower), fUpper = try f(upper)
    if fLower == 0 { return lower }
    if fUpper == 0 { return upper }
    guard fLower.sign != fUpper.sign, !fLower.isNaN, !fUpper.isNaN else {
        throw .domain("root finding: f(\(lower)) = \(fLower) and f(\(upper)) = \(fUpper) do not bracket a root")
    }
    guard let solver = gsl_root_fsolver_alloc(courtstat_root_brent()) else {
        throw .gsl(call: "gsl_root_fsolver_alloc", status: Int32(GSL_ENOMEM), reason: "out of memory")
    }
    defer { gsl_root_fsolver_free(solver) }
    let box = RootFunctionBox(f)
    let unmanaged = Unmanaged.passRetained(box)
    defer { unmanaged.release() }
    var function = gsl_function(
        function: { x, params in
            let box = Unmanaged<RootFunctionBox>.fromOpaque(params!).takeUnretainedValue()
            if box.error != nil { return .nan }
            do throws(NumericsError) { return try box.f(x) } catch { box.error = error; return .nan }
        },
        params: unmanaged.toOpaque())
    try check(gsl_root_fsolver_set(solver, &function, lower, upper), "gsl_root_fsolver_set")
    for _ in 0..<maxIterations {
        let status = gsl_root_fsolver_iterate(solver)
        if let error = box.error { throw error }
        try check(status, "gsl_root_fsolver_iterate")
        let lo = gsl_root_fsolver_x_lower(solver), hi = gsl_root_fsolver_x_upper(solver)
        let root = gsl_root_fsolver_root(solver)
        if try f(root) == 0 { return root }
        if gsl_root_test_interval(lo, hi, absoluteTolerance, relativeTolerance) == GSL_SUCCESS
            || hi - lo <= 2 * (hi.ulp) {
            return root
        }
    }
    throw .noConvergence("Brent root finding in [\(lower), \(upper)] after \(maxIterations) iterations")
}

/// Polishes an approximate quantile: returns x with cdf(x) = target to the accuracy of the
/// distribution function. `start` may be NaN (GSL's inverse failed); the search then brackets
/// from the support's bounds. `increasing` tells whether `cdf` rises with x.
func refineQuantile(target: Double, start: Double, lower: Double, upper: Double, increasing: Bool,
                    _ cdf: @escaping (Double) throws(NumericsError) -> Double) throws(NumericsError) -> Double {
    let sign: Double = increasing ? 1 : -1
    let g: (Double) throws(NumericsError) -> Double = { x throws(NumericsError) in sign * (try cdf(x) - target) }
    var lo: Double, hi: Double
    if start.isFinite, start > lower, start < upper {
        let g0 = try g(start)
        if g0 == 0 { return start }
        // Walk outward from the start until the sign changes.
        var step = Swift.max(abs(start) * 1e-10, Double.leastNormalMagnitude)
        var other = start
        var found = false
        for _ in 0..<200 {
            other = g0 > 0 ? start - step : start + step
            if other <= lower { other = lower; found = true; break }
            if other >= upper { other = upper; found = !upper.isInfinite; if found { break } }
            if try g(other).sign != g0.sign { found = true; break }
            step *= 4
        }
        guard found else { throw .noConvergence("quantile bracket for p = \(target)") }
        lo = Swift.min(start, other); hi = Swift.max(start, other)
    } else {
        lo = lower
        hi = upper
        if hi.isInfinite {
            hi = 1
            while try g(hi) < 0 { hi *= 2; if hi > 1e300 { throw .noConvergence("quantile bracket for p = \(target)") } }
        }
        if lo.isInfinite {
            lo = -1
            while try g(lo) > 0 { lo *= 2; if lo < -1e300 { throw .noConvergence("quantile bracket for p = \(target)") } }
        }
    }
    return try brentRoot(lower: lo, upper: hi, relativeTolerance: 2 * Double.ulpOfOne, g)
}
