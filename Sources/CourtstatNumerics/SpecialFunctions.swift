internal import CGSL

/// log Γ(x) for x > 0, from `gsl_sf_lngamma_e`.
public func lnGamma(_ x: Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard x > 0, x.isFinite else { throw .domain("lnGamma: expected x > 0, got \(x)") }
    var result = gsl_sf_result()
    try check(gsl_sf_lngamma_e(x, &result), "gsl_sf_lngamma_e")
    return result.val
}

/// log C(n, k) for 0 ≤ k ≤ n, from `gsl_sf_lnchoose_e`.
public func lnChoose(_ n: Int, _ k: Int) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard n >= 0, k >= 0, k <= n, n <= Int(UInt32.max) else { throw .domain("lnChoose: expected 0 ≤ k ≤ n, got n = \(n), k = \(k)") }
    if k == 0 || k == n { return 0 }
    var result = gsl_sf_result()
    try check(gsl_sf_lnchoose_e(UInt32(n), UInt32(k), &result), "gsl_sf_lnchoose_e")
    return result.val
}

/// log(1 + x) accurate near 0 (`gsl_sf_log_1plusx`), for x > −1.
public func log1p(_ x: Double) throws(NumericsError) -> Double {
    _ = gslHandlerOff
    guard x > -1 else { throw .domain("log1p: expected x > −1, got \(x)") }
    var result = gsl_sf_result()
    try check(gsl_sf_log_1plusx_e(x, &result), "gsl_sf_log_1plusx_e")
    return result.val
}
