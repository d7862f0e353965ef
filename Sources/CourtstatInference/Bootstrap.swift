import CourtstatNumerics

/// A statistic that the bootstrap resamples.
public enum BootstrapStatistic: String, Sendable, CaseIterable {
    case mean, median
    func callAsFunction(_ v: [Double]) -> Double {
        switch self {
        case .mean: return v.reduce(0, +) / Double(v.count)
        case .median: return CourtstatInference.median(sorted: v.sorted())
        }
    }
}

/// Bootstrap intervals for a statistic of one sample, or for the difference statistic(a) −
/// statistic(b) of two samples resampled independently.
/// - Replicates are drawn with GSL's MT19937 seeded by `seed`: the same seed gives the same digits.
/// - Returns two rows: `percentile` (the α/2 and 1 − α/2 quantiles of the replicates) and `bca`
///   (Efron's bias-corrected and accelerated interval; bias z0 = Φ⁻¹(share of replicates below the
///   estimate), acceleration from the jackknife). Quantiles are R's type 7 (`quantile()`'s
///   default); boot::boot.ci interpolates on the normal scale instead, which differs by O(1/B).
public func bootstrapIntervals(a: [Double], b: [Double]? = nil, statistic: BootstrapStatistic = .mean,
                               replicates: Int = 9999, seed: UInt64 = 1,
                               confLevel: Double = 0.95) throws(InferenceError) -> [TestResult] {
    try requireFinite(a, "a")
    guard a.count >= 2 else { throw .invalidArgument(parameter: "a", expected: "at least 2 values", found: "\(a.count)") }
    if let b {
        try requireFinite(b, "b")
        guard b.count >= 2 else { throw .invalidArgument(parameter: "b", expected: "at least 2 values", found: "\(b.count)") }
    }
    guard replicates >= 100, replicates <= 10_000_000 else {
        throw .invalidArgument(parameter: "replicates", expected: "a whole number from 100 to 10000000", found: "\(replicates)")
    }
    try requireConfLevel(confLevel)
    let theta: ([Double], [Double]?) -> Double = { x, y in
        if let y { return statistic(x) - statistic(y) }
        return statistic(x)
    }
    let estimate = theta(a, b)
    let rng = try numerics { () throws(NumericsError) in try RandomGenerator(seed: seed) }
    var draws = [Double](); draws.reserveCapacity(replicates)
    var bufferA = a, bufferB = b ?? []
    for _ in 0..<replicates {
        for i in 0..<a.count { bufferA[i] = a[rng.uniformInt(below: a.count)] }
        if let b { for i in 0..<b.count { bufferB[i] = b[rng.uniformInt(below: b.count)] } }
        draws.append(theta(bufferA, b == nil ? nil : bufferB))
    }
    // Jackknife: leave one observation out of its own sample.
    var jackknife: [Double] = []
    for i in a.indices {
        var rest = a; rest.remove(at: i)
        jackknife.append(theta(rest, b))
    }
    if let b {
        for j in b.indices {
            var rest = b; rest.remove(at: j)
            jackknife.append(theta(a, rest))
        }
    }
    let name = (b == nil ? "" : "difference in ") + statistic.rawValue
    var rows = try bootstrapIntervals(estimate: estimate, replicates: draws, jackknife: jackknife, confLevel: confLevel)
    for i in rows.indices {
        rows[i].method += " for the \(name), \(replicates) replicates, seed \(seed)"
        rows[i].n = a.count + (b?.count ?? 0)
    }
    return rows
}

/// Percentile and BCa intervals from given replicates and jackknife values (see above).
public func bootstrapIntervals(estimate: Double, replicates: [Double], jackknife: [Double],
                               confLevel: Double = 0.95) throws(InferenceError) -> [TestResult] {
    try requireConfLevel(confLevel)
    let sorted = replicates.sorted()
    let alpha = 1 - confLevel
    let percentile = TestResult(term: "percentile", estimate: estimate,
                                confLow: quantileType7(sorted, alpha / 2), confHigh: quantileType7(sorted, 1 - alpha / 2),
                                confLevel: confLevel, method: "Bootstrap percentile interval")
    let below = Double(replicates.filter { $0 < estimate }.count) / Double(replicates.count)
    guard below > 0, below < 1 else {
        return [percentile, TestResult(term: "bca", estimate: estimate, confLevel: confLevel, method: "Bootstrap BCa interval",
                                       notes: ["every replicate lies on one side of the estimate; the BCa bias correction is infinite"])]
    }
    let jbar = jackknife.reduce(0, +) / Double(jackknife.count)
    let nMinus1 = Double(jackknife.count - 1)
    let influence = jackknife.map { nMinus1 * (jbar - $0) }
    let s2 = influence.reduce(0) { $0 + $1 * $1 }
    let s3 = influence.reduce(0) { $0 + $1 * $1 * $1 }
    let acceleration = s2 > 0 ? s3 / (6 * powThreeHalves(s2)) : 0
    let limits: [Double] = try numerics { () throws(NumericsError) in
        let z0 = try Normal.quantile(below)
        return try [alpha / 2, 1 - alpha / 2].map { level throws(NumericsError) in
            let zAlpha = try Normal.quantile(level)
            let adjusted = try Normal.cdf(z0 + (z0 + zAlpha) / (1 - acceleration * (z0 + zAlpha)))
            return quantileType7(sorted, adjusted)
        }
    }
    let bca = TestResult(term: "bca", estimate: estimate, confLow: limits[0], confHigh: limits[1], confLevel: confLevel,
                         method: "Bootstrap BCa interval")
    return [percentile, bca]
}

/// s^1.5.
@inline(__always)
func powThreeHalves(_ s: Double) -> Double { s * s.squareRoot() }

/// R's quantile(x, p, type = 7) for sorted x: (1 − h)·x[lo] + h·x[hi] at index 1 + (n − 1)p.
func quantileType7(_ sorted: [Double], _ p: Double) -> Double {
    let n = sorted.count
    let index = Double(n - 1) * p          // zero-based
    let lo = Int(index.rounded(.down)), hi = Int(index.rounded(.up))
    let qs = sorted[lo]
    let h = index - Double(lo)
    guard index > Double(lo), sorted[hi] != qs else { return qs }
    return (1 - h) * qs + h * sorted[hi]
}
