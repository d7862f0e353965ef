import CourtstatNumerics

/// Chi-square test of one or k proportions; agrees with R's `prop.test(x, n, p, alternative,
/// conf.level, correct)`.
/// - One group: tests p (default 0.5); estimate x/n; interval: Wilson's score interval, with a
///   continuity correction when `correct` (R's formula; correction min(0.5, |x − np|)).
/// - Two groups (p nil): tests equal proportions; estimate p1 − p2 (estimate1, estimate2 the two
///   proportions); interval: Wald interval for the difference, widened by Yates' correction
///   min(0.5, |p1 − p2| / (1/n1 + 1/n2))·(1/n1 + 1/n2) when `correct`.
/// - k > 2 groups: tests equal proportions; no estimate or interval.
/// - statistic: Pearson's X² (with Yates' correction only for k ≤ 2); df: k − 1, or 1 when p is
///   given. One-sided p-values use the signed root of X² against the normal distribution.
/// - notes carry R's warning when an expected count is below 5.
public func proportionTest(x: [Int], n: [Int], p: [Double]? = nil, alternative: Alternative = .twoSided,
                           confLevel: Double = 0.95, correct: Bool = true) throws(InferenceError) -> TestResult {
    let k = x.count
    guard k >= 1 else { throw .invalidArgument(parameter: "x", expected: "at least one count", found: "none") }
    guard n.count == k else {
        throw .invalidArgument(parameter: "n", expected: "\(k) trial count\(k == 1 ? "" : "s"), one per \(parameter: "x")", found: "\(n.count)")
    }
    for (xi, ni) in zip(x, n) {
        try requireCount(ni, "n", atLeast: 1)
        guard (0...ni).contains(xi) else {
            throw .invalidArgument(parameter: "x", expected: "each count between 0 and its \(parameter: "n") (\(ni))", found: "\(xi)")
        }
    }
    try requireConfLevel(confLevel)
    if let p {
        guard p.count == k else { throw .invalidArgument(parameter: "p", expected: "\(k) null proportion\(k == 1 ? "" : "s"), one per \(parameter: "x")", found: "\(p.count)") }
        if let bad = p.first(where: { !($0 > 0 && $0 < 1) }) {
            throw .invalidArgument(parameter: "p", expected: "probabilities strictly between 0 and 1", found: "\(bad)")
        }
    }
    // R tests k > 2 groups, or 2 groups against given proportions, two-sided only.
    if alternative != .twoSided && (k > 2 || (k == 2 && p != nil)) {
        throw .invalidArgument(parameter: "alternative", expected: "two-sided with more than 2 groups or given proportions", found: alternative.rawValue)
    }
    let xs = x.map(Double.init), ns = n.map(Double.init)
    let estimates = zip(xs, ns).map { $0 / $1 }
    var yates: Double = correct && k <= 2 ? 0.5 : 0
    var confLow: Double?, confHigh: Double?, delta = 0.0
    let z = try numerics { () throws(NumericsError) in
        try Normal.quantile(alternative == .twoSided ? (1 + confLevel) / 2 : confLevel)
    }

    var nullP: [Double]
    let df: Double
    if k == 1 {
        nullP = p ?? [0.5]
        yates = min(yates, abs(xs[0] - ns[0] * nullP[0]))
        (confLow, confHigh) = wilsonLimits(x: xs[0], n: ns[0], z: z, yates: yates, alternative: alternative)
        df = 1
    } else if let p {
        nullP = p
        df = Double(k)
    } else {
        let pooled = xs.reduce(0, +) / ns.reduce(0, +)
        guard pooled > 0, pooled < 1 else {
            throw .undefined(parameter: "x", reason: pooled == 0
                ? "every count is 0: the pooled proportion is 0 and the chi-square statistic is undefined"
                : "every count equals its \(parameter: "n"): the pooled proportion is 1 and the chi-square statistic is undefined")
        }
        nullP = Array(repeating: pooled, count: k)
        df = Double(k - 1)
        if k == 2 {
            delta = estimates[0] - estimates[1]
            let inverseSum = 1 / ns[0] + 1 / ns[1]
            yates = min(yates, abs(delta) / inverseSum)
            let width = z * (estimates[0] * (1 - estimates[0]) / ns[0] + estimates[1] * (1 - estimates[1]) / ns[1]).squareRoot()
                + yates * inverseSum
            switch alternative {
            case .twoSided: (confLow, confHigh) = (max(delta - width, -1), min(delta + width, 1))
            case .less: (confLow, confHigh) = (-1, min(delta + width, 1))
            case .greater: (confLow, confHigh) = (max(delta - width, -1), 1)
            }
        }
    }
    var statistic = 0.0
    var smallExpected = false
    for i in 0..<k {
        for (observed, expected) in [(xs[i], ns[i] * nullP[i]), (ns[i] - xs[i], ns[i] * (1 - nullP[i]))] {
            if expected < 5 { smallExpected = true }
            let dev = abs(observed - expected) - yates
            statistic += dev * dev / expected
        }
    }
    let pValue: Double = try numerics { () throws(NumericsError) in
        if alternative == .twoSided { return try ChiSquared.cdf(statistic, df: df, lowerTail: false) }
        let sign: Double = k == 1 ? rSign(estimates[0] - nullP[0]) : rSign(delta)
        let zStat = sign * statistic.squareRoot()
        return try Normal.cdf(zStat, lowerTail: alternative == .less)
    }
    let method = (k == 1 ? "1-sample proportions test" : "\(k)-sample test for \(p == nil ? "equality of" : "given") proportions")
        + (yates != 0 ? " with" : " without") + " continuity correction"
    var result = TestResult(statistic: statistic, df: df, pValue: pValue, confLow: confLow, confHigh: confHigh,
                            confLevel: confLow == nil ? nil : confLevel, method: method, alternative: alternative,
                            n: n.reduce(0, +), nullValue: k == 1 ? nullP[0] : nil,
                            notes: smallExpected ? [RWarning.chiSquaredApproximation] : [],
                            warnings: smallExpected ? [RWarning.chiSquaredApproximation] : [])
    switch k {
    case 1: result.estimate = estimates[0]
    case 2: result.estimate = p == nil ? delta : nil; result.estimate1 = estimates[0]; result.estimate2 = estimates[1]
    default: break
    }
    return result
}

/// R's prop.test limits for one proportion: Wilson's score interval, continuity-corrected by
/// `yates` (0 for the plain Wilson interval). `z` is the normal quantile for the level.
func wilsonLimits(x: Double, n: Double, z: Double, yates: Double, alternative: Alternative) -> (Double, Double) {
    let estimate = x / n
    let z22n = z * z / (2 * n)
    var pc = estimate + yates / n
    var upper = pc >= 1 ? 1 : (pc + z22n + z * (pc * (1 - pc) / n + z22n / (2 * n)).squareRoot()) / (1 + 2 * z22n)
    // At pc = 0 the upper limit is z22n(1 + sign z)/(1 + 2 z22n): exactly 0 for a one-sided level
    // below 0.5 (z < 0), where the formula leaves ±1e-19 of rounding (R's prop.test reports
    // −2.2e-19, outside [0, 1]; found by issue 19's random suite); likewise the lower limit at 1.
    if pc == 0 { upper = z > 0 ? z * z / (n + z * z) : 0 }
    pc = estimate - yates / n
    var lower = pc <= 0 ? 0 : (pc + z22n - z * (pc * (1 - pc) / n + z22n / (2 * n)).squareRoot()) / (1 + 2 * z22n)
    if pc == 1 { lower = z > 0 ? n / (n + z * z) : 1 }
    switch alternative {
    case .twoSided: return (max(lower, 0), min(upper, 1))
    case .less: return (0, min(upper, 1))
    case .greater: return (max(lower, 0), 1)
    }
}
