internal import CGSL

/// The solution of a (weighted) linear least-squares problem, min Σ wᵢ (yᵢ − xᵢ'β)², as
/// `LeastSquares.solve` computes it. Arrays are plain Swift values; no GSL object escapes.
public struct LeastSquaresSolution: Sendable {
    /// β, one per design column. Meaningful only when `rank == columnCount`.
    public var coefficients: [Double]
    /// A p×p matrix B with (X'WX)⁻¹ = B B' and (X'WX)⁻¹X'W^½ = B U' (rows of B): B = D⁻¹R⁻¹.
    /// Sandwich estimators need B itself; `unscaledCovariance` is B B'. NaN when rank-deficient.
    public var covarianceFactor: [[Double]]
    /// √wᵢ (yᵢ − ŷᵢ), computed as Q·(0, Q'ỹ tail) rather than as ỹ − X̃β, so it keeps its
    /// accuracy when the fitted values are differences of large numbers.
    public var weightedResiduals: [Double]
    /// Σ wᵢ (yᵢ − ŷᵢ)², the squared norm of the tail of Q'ỹ.
    public var residualSumOfSquares: Double
    /// The singular values of the column-scaled weighted design, largest first.
    public var singularValues: [Double]
    /// The number of singular values above `rankTolerance` × the largest.
    public var rank: Int
    /// For a rank-deficient design: unit vectors (on the column-scaled design) spanning the
    /// numerical null space; their large components name the collinear columns.
    public var nullSpace: [[Double]]
    /// The n×p orthonormal basis U = Q₁ of the weighted design's column space (row i = U's
    /// row i), when asked for: leverages are hᵢ = ‖Uᵢ‖².
    public var basis: [[Double]]?

    /// σ_max / σ_min of the column-scaled design (∞ when rank-deficient).
    public var conditionNumber: Double {
        guard let first = singularValues.first, let last = singularValues.last, last > 0 else { return .infinity }
        return first / last
    }

    /// (X'WX)⁻¹ = B B'.
    public var unscaledCovariance: [[Double]] {
        let p = covarianceFactor.count
        var v = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for i in 0..<p {
            for j in i..<p {
                var s = 0.0
                for k in 0..<p { s += covarianceFactor[i][k] * covarianceFactor[j][k] }
                v[i][j] = s; v[j][i] = s
            }
        }
        return v
    }
}

/// Linear least squares on GSL's linear algebra, accurate on ill-conditioned designs.
public enum LeastSquares {
    /// The default rank tolerance: a column-scaled design with σ_min < 1e-11 σ_max is
    /// treated as rank-deficient (an estimate would keep fewer than about 5 digits).
    public static let defaultRankTolerance = 1e-11

    /// Solves min Σ wᵢ (yᵢ − xᵢ'β)² by orthogonal factorisation, never by normal equations.
    ///
    /// Method: the rows are multiplied by √wᵢ and every column is divided by its Euclidean
    /// norm D (column scaling, which removes the ill-conditioning due to units and offsets); a
    /// Householder QR (`gsl_linalg_QR_decomp`) gives X̃ = Q R D; β = D⁻¹ R⁻¹ (Q'ỹ)₁..ₚ by
    /// back-substitution, and (X'WX)⁻¹ = B B' with B = D⁻¹ R⁻¹ (`gsl_linalg_tri_invert`), a
    /// sum of squares for each variance, free of cancellation (R's lm: chol2inv of R). The
    /// singular values of R (one-sided Jacobi SVD, `gsl_linalg_SV_decomp_jacobi`) give the
    /// rank and the scaled condition number κ. The error in β is of order κ·ε for a
    /// small-residual problem, where normal equations give κ²·ε.
    ///
    /// - Parameters:
    ///   - columns: the design, one array of n values per column (p ≥ 1 columns, n ≥ p).
    ///   - response: y, n values.
    ///   - weights: wᵢ ≥ 0 (nil: all 1).
    ///   - wantBasis: also return the orthonormal basis U (n×p), for leverages.
    public static func solve(columns: [[Double]], response: [Double], weights: [Double]? = nil,
                             rankTolerance: Double = defaultRankTolerance,
                             wantBasis: Bool = false) throws(NumericsError) -> LeastSquaresSolution {
        _ = gslHandlerOff
        let n = response.count, p = columns.count
        guard p >= 1, n >= p else { throw .domain("least squares: need at least as many rows (\(n)) as columns (\(p))") }
        guard columns.allSatisfy({ $0.count == n }) else { throw .domain("least squares: columns differ in length from y (\(n))") }
        if let weights {
            guard weights.count == n, weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .domain("least squares: need \(n) finite weights ≥ 0")
            }
        }
        let rootW = weights.map { $0.map { $0.squareRoot() } } ?? Array(repeating: 1.0, count: n)

        // Column scales: the Euclidean norm of each weighted column (1 for a zero column).
        var scale = [Double](repeating: 1, count: p)
        for j in 0..<p {
            var big = 0.0
            for i in 0..<n { big = max(big, abs(rootW[i] * columns[j][i])) }
            if big > 0 {
                var s = 0.0
                for i in 0..<n { let v = rootW[i] * columns[j][i] / big; s += v * v }
                scale[j] = big * s.squareRoot()
            }
        }

        let a = gsl_matrix_alloc(n, p)!, tau = gsl_vector_alloc(p)!, qty = gsl_vector_alloc(n)!
        let r = gsl_matrix_calloc(p, p)!, v = gsl_matrix_alloc(p, p)!, s = gsl_vector_alloc(p)!
        defer { gsl_matrix_free(a); gsl_vector_free(tau); gsl_vector_free(qty)
                gsl_matrix_free(r); gsl_matrix_free(v); gsl_vector_free(s) }
        for i in 0..<n {
            for j in 0..<p { gsl_matrix_set(a, i, j, rootW[i] * columns[j][i] / scale[j]) }
            gsl_vector_set(qty, i, rootW[i] * response[i])
        }
        try check(gsl_linalg_QR_decomp(a, tau), "gsl_linalg_QR_decomp")
        try check(gsl_linalg_QR_QTvec(a, tau, qty), "gsl_linalg_QR_QTvec")
        for i in 0..<p { for j in i..<p { gsl_matrix_set(r, i, j, gsl_matrix_get(a, i, j)) } }

        // Rank and condition number from the singular values of R (a copy: Jacobi overwrites it).
        let work = gsl_matrix_alloc(p, p)!
        defer { gsl_matrix_free(work) }
        try check(gsl_matrix_memcpy(work, r), "gsl_matrix_memcpy")
        try check(gsl_linalg_SV_decomp_jacobi(work, v, s), "gsl_linalg_SV_decomp_jacobi")
        let sigma = (0..<p).map { gsl_vector_get(s, $0) }.sorted(by: >)
        let largest = sigma.first ?? 0
        let rank = sigma.filter { $0 > rankTolerance * largest }.count
        var nullSpace: [[Double]] = []
        for k in 0..<p where !(gsl_vector_get(s, k) > rankTolerance * largest) {
            nullSpace.append((0..<p).map { gsl_matrix_get(v, $0, k) })
        }

        var coefficients = [Double](repeating: .nan, count: p)
        var factor = Array(repeating: Array(repeating: Double.nan, count: p), count: p)
        if rank == p {
            // β = D⁻¹ R⁻¹ c₁ by back-substitution; B = D⁻¹ R⁻¹.
            let c = gsl_vector_alloc(p)!
            defer { gsl_vector_free(c) }
            for i in 0..<p { gsl_vector_set(c, i, gsl_vector_get(qty, i)) }
            try check(gsl_blas_dtrsv(CblasUpper, CblasNoTrans, CblasNonUnit, r, c), "gsl_blas_dtrsv")
            coefficients = (0..<p).map { gsl_vector_get(c, $0) / scale[$0] }
            try check(gsl_linalg_tri_invert(CblasUpper, CblasNonUnit, r), "gsl_linalg_tri_invert")
            for j in 0..<p { for k in 0..<p { factor[j][k] = k >= j ? gsl_matrix_get(r, j, k) / scale[j] : 0 } }
        }

        // Residuals Q (0, c₂) and their sum of squares from the tail of Q'ỹ.
        var rss = 0.0
        for i in p..<n { let t = gsl_vector_get(qty, i); rss += t * t }
        for i in 0..<p { gsl_vector_set(qty, i, 0) }
        try check(gsl_linalg_QR_Qvec(a, tau, qty), "gsl_linalg_QR_Qvec")
        let residuals = (0..<n).map { gsl_vector_get(qty, $0) }

        // The basis Q₁ (first p columns of Q): X̃ = Q₁ R D.
        var basis: [[Double]]? = nil
        if wantBasis {
            var rows = Array(repeating: [Double](repeating: 0, count: p), count: n)
            let column = gsl_vector_alloc(n)!
            defer { gsl_vector_free(column) }
            for k in 0..<p {
                gsl_vector_set_basis(column, k)
                try check(gsl_linalg_QR_Qvec(a, tau, column), "gsl_linalg_QR_Qvec")
                for i in 0..<n { rows[i][k] = gsl_vector_get(column, i) }
            }
            basis = rows
        }
        return LeastSquaresSolution(coefficients: coefficients, covarianceFactor: factor,
                                    weightedResiduals: residuals, residualSumOfSquares: rss,
                                    singularValues: sigma, rank: rank,
                                    nullSpace: nullSpace, basis: basis)
    }
}
