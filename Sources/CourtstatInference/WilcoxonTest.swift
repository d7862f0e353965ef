import CourtstatNumerics

/// When to use the exact null distribution of the rank-sum statistic.
public enum ExactChoice: String, Sendable, CaseIterable {
    /// R's default (`exact = NULL`): exact when both samples have fewer than 50 values and no ties.
    case auto
    case `true`
    case `false`
}

/// Wilcoxon rank-sum (Mann–Whitney) test of a location shift a − b, with the Hodges–Lehmann
/// estimate and its interval; agrees with R's `wilcox.test(a, b, alternative, exact, correct,
/// conf.int = TRUE, conf.level)`.
/// - statistic: W = rank sum of a − na(na + 1)/2 (mid-ranks for ties).
/// - Exact (no ties, and `exact` true or auto with na, nb < 50): p from the exact distribution;
///   estimate the median of all differences a_i − b_j; interval from order statistics of the
///   differences at qwilcox (R's rule; if the level cannot be achieved the level reported is the
///   achieved one, with a note).
/// - Otherwise the normal approximation with tie-corrected variance and, when `correct`, a
///   continuity correction of 0.5. The estimate and limits are the roots of R's `wdiff` equation
///   (the standardised statistic as a function of the shift equals 0, or the normal quantile).
///   R finds them with `uniroot(tol = 1e-4)`; that function is a step function changing only at
///   differences a_i − b_j, so here the exact step is located (by bisection, then snapped to the
///   difference it sits on). Where the statistic is exactly 0 over an interval of shifts, the
///   estimate is that interval's midpoint. As R, the estimate uses no continuity correction.
public func wilcoxonTest(a: [Double], b: [Double], alternative: Alternative = .twoSided, exact: ExactChoice = .auto,
                         correct: Bool = true, confLevel: Double = 0.95, mu: Double = 0) throws(InferenceError) -> TestResult {
    try requireFinite(a, "a"); try requireFinite(b, "b")
    guard !a.isEmpty else { throw .invalidArgument(parameter: "a", expected: "at least 1 value", found: "none") }
    guard !b.isEmpty else { throw .invalidArgument(parameter: "b", expected: "at least 1 value", found: "none") }
    guard mu.isFinite else { throw .invalidArgument(parameter: "mu", expected: "a finite number", found: "\(mu)") }
    try requireConfLevel(confLevel)
    let m = a.count, n = b.count
    let samples = RankSumSamples(x: a, y: b)
    let (w, tieSum) = samples.statistic(shift: mu)
    let hasTies = tieSum > 0
    let wantExact = switch exact { case .auto: m < 50 && n < 50; case .true: true; case .false: false }
    var notes: [String] = []

    if wantExact && !hasTies {
        let dist = WilcoxonDistribution(m: m, n: n)
        let pValue: Double = switch alternative {
        case .twoSided: min(1, 2 * (w > Double(m * n) / 2 ? dist.cdf(w - 1, lowerTail: false) : dist.cdf(w)))
        case .greater: dist.cdf(w - 1, lowerTail: false)
        case .less: dist.cdf(w)
        }
        var diffs: [Double] = []
        diffs.reserveCapacity(m * n)
        for xi in a { for yj in b { diffs.append(xi - yj) } }
        diffs.sort()
        let alpha = 1 - confLevel
        var low = -Double.infinity, high = Double.infinity, achieved: Double
        switch alternative {
        case .twoSided:
            var qu = dist.quantile(alpha / 2); if qu == 0 { qu = 1 }
            let ql = m * n - qu
            achieved = 2 * dist.cdf(Double(qu) - 1)
            low = diffs[qu - 1]; high = diffs[ql]
        case .greater:
            var qu = dist.quantile(alpha); if qu == 0 { qu = 1 }
            achieved = dist.cdf(Double(qu) - 1)
            low = diffs[qu - 1]
        case .less:
            var qu = dist.quantile(alpha); if qu == 0 { qu = 1 }
            let ql = m * n - qu
            achieved = dist.cdf(Double(qu) - 1)
            high = diffs[ql]
        }
        var level = confLevel
        if achieved - alpha > alpha / 2 {
            level = 1 - achieved
            notes.append(RWarning.confLevelNotAchievable(level))
        }
        return TestResult(estimate: median(sorted: diffs), statistic: w, pValue: pValue, confLow: low, confHigh: high,
                          confLevel: level, method: "Wilcoxon rank sum exact test", alternative: alternative,
                          n: m + n, nullValue: mu, notes: notes, warnings: notes)
    }

    if wantExact && hasTies {
        notes.append(RWarning.noExactPValueWithTies)
    }
    let mn = Double(m * n), total = Double(m + n)
    func sigma(_ tieSum: Double) -> Double {
        (mn / 12 * ((total + 1) - tieSum / (total * (total - 1)))).squareRoot()
    }
    func correction(_ z: Double, _ correct: Bool) -> Double {
        guard correct else { return 0 }
        return switch alternative { case .twoSided: rSign(z) * 0.5; case .greater: 0.5; case .less: -0.5 }
    }
    let s = sigma(tieSum)
    guard s > 0 else {
        throw .undefined(parameter: "a", reason: "all observations are tied; the rank-sum test is undefined")
    }
    let z0 = w - mn / 2
    let z = (z0 - correction(z0, correct)) / s
    let pValue: Double = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return try Normal.cdf(z)
        case .greater: return try Normal.cdf(z, lowerTail: false)
        case .twoSided: return 2 * min(try Normal.cdf(z), try Normal.cdf(z, lowerTail: false))
        }
    }
    // R's wdiff(d, zq): the standardised statistic at shift d, minus zq.
    func wdiff(_ d: Double, _ zq: Double, _ correct: Bool) throws(InferenceError) -> Double {
        let (wd, ties) = samples.statistic(shift: d)
        let dz = wd - mn / 2
        let sd = sigma(ties)
        guard sd > 0 else {
            throw .undefined(parameter: "a", reason: "cannot compute confidence interval when all observations are tied")
        }
        return (dz - correction(dz, correct)) / sd - zq
    }
    let mumin = samples.x.first! - samples.y.last!, mumax = samples.x.last! - samples.y.first!
    func root(_ zq: Double, _ correct: Bool, guarded: Bool) throws(InferenceError) -> Double {
        if guarded {
            if try wdiff(mumin, zq, correct) <= 0 { return mumin }
            if try wdiff(mumax, zq, correct) >= 0 { return mumax }
        }
        return try stepRoot(lower: mumin, upper: mumax, samples: samples) { d throws(InferenceError) in try wdiff(d, zq, correct) }
    }
    // One distinct difference a − b (e.g. one value in each sample): R's uniroot has no interval
    // [mumin, mumax] to search and wilcox.test stops with an error; so does this (issue 19's
    // randomized differential suite found it answering).
    guard mumin < mumax else {
        throw .undefined(parameter: "a", reason: """
            every difference a − b is \(mumin); the normal-approximation \
            estimate and interval need at least two distinct differences (R's wilcox.test stops here)
            """)
    }
    let alpha = 1 - confLevel
    var low = -Double.infinity, high = Double.infinity
    let (qUpper2, qLower2, qUpper1, qLower1) = try numerics { () throws(NumericsError) in
        (try Normal.quantile(alpha / 2, lowerTail: false), try Normal.quantile(alpha / 2),
         try Normal.quantile(alpha, lowerTail: false), try Normal.quantile(alpha))
    }
    switch alternative {
    case .twoSided:
        low = try root(qUpper2, correct, guarded: true)
        high = try root(qLower2, correct, guarded: true)
    case .greater: low = try root(qUpper1, correct, guarded: true)
    case .less: high = try root(qLower1, correct, guarded: true)
    }
    let estimate = try root(0, false, guarded: false)
    return TestResult(estimate: estimate, statistic: w, pValue: pValue, confLow: low, confHigh: high,
                      confLevel: confLevel,
                      method: "Wilcoxon rank sum test" + (correct ? " with continuity correction" : ""),
                      alternative: alternative, n: m + n, nullValue: mu, notes: notes, warnings: notes)
}

/// The exact root of a non-increasing step function f of the shift, whose steps sit at the
/// pairwise differences: the midpoint of [sup{f > 0}, inf{f < 0}] (a single jump point unless
/// f is exactly 0 over an interval). Each bound is found by bisection to adjacent doubles and
/// snapped to the pairwise difference it lies on.
func stepRoot(lower: Double, upper: Double, samples: RankSumSamples,
              _ f: (Double) throws(InferenceError) -> Double) throws(InferenceError) -> Double {
    // Largest d with predicate true, predicate true at lower and false at upper (monotone).
    func boundary(_ predicate: (Double) throws(InferenceError) -> Bool) throws(InferenceError) -> Double {
        var lo = lower, hi = upper
        if !(try predicate(lo)) { return lo }
        if try predicate(hi) { return hi }
        let scale = max(abs(lower), abs(upper), .leastNormalMagnitude)
        while true {
            let mid = lo + (hi - lo) / 2
            if mid <= lo || mid >= hi || hi - lo <= .ulpOfOne * .ulpOfOne * scale { break }
            if try predicate(mid) { lo = mid } else { hi = mid }
        }
        return samples.nearestDifference(to: lo + (hi - lo) / 2)
    }
    let supPositive = try boundary { d throws(InferenceError) in try f(d) > 0 }
    let infNegative = try boundary { d throws(InferenceError) in try f(d) >= 0 }
    return supPositive == infNegative ? supPositive : supPositive + (infNegative - supPositive) / 2
}

/// The median of a sorted array (the mean of the middle two for an even count), as R's median.
func median(sorted v: [Double]) -> Double {
    let k = v.count
    return k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2
}
