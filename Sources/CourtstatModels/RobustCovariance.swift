import CourtstatNumerics

/// The HC3 heteroscedasticity-consistent covariance of least-squares coefficients
/// (MacKinnon & White 1985; R: `sandwich::vcovHC(fit, type = "HC3")`):
/// (X'X)⁻¹ X' diag(eᵢ² / (1 − hᵢ)²) X (X'X)⁻¹, with hᵢ the leverages.
///
/// Computed from the factorisation X = U R D (U = Q₁ orthonormal, D the column scales), so
/// that (X'X)⁻¹X' = B U' with B = D⁻¹ R⁻¹ and hᵢ = ‖Uᵢ‖²: the covariance is B (U' Ω U) B'.
func hc3Covariance(_ solution: LeastSquaresSolution, residuals e: [Double]) throws(ModelError) -> [[Double]] {
    guard let u = solution.basis else { throw .invalidInput("HC3 needs the design's orthonormal basis") }
    let p = solution.covarianceFactor.count
    var meat = Array(repeating: Array(repeating: 0.0, count: p), count: p)
    for (i, row) in u.enumerated() {
        let h = row.reduce(0) { $0 + $1 * $1 }
        guard h < 1 - 1e-10 else {
            throw .invalidInput("""
                HC3 standard errors are undefined: observation \(i + 1) has leverage 1 \
                (the model fits it exactly whatever its value)
                """)
        }
        let omega = e[i] * e[i] / ((1 - h) * (1 - h))
        for a in 0..<p { for b in a..<p { meat[a][b] += omega * row[a] * row[b] } }
    }
    for a in 0..<p { for b in 0..<a { meat[a][b] = meat[b][a] } }
    let bMatrix = solution.covarianceFactor
    // B M
    var bm = Array(repeating: Array(repeating: 0.0, count: p), count: p)
    for i in 0..<p { for k in 0..<p { for l in 0..<p { bm[i][k] += bMatrix[i][l] * meat[l][k] } } }
    var v = Array(repeating: Array(repeating: 0.0, count: p), count: p)
    for i in 0..<p { for j in 0..<p { for k in 0..<p { v[i][j] += bm[i][k] * bMatrix[j][k] } } }
    return v
}
