import CourtstatNumerics

/// Student's t tests; agree with R's `t.test(a, b, mu, var.equal, alternative, conf.level)`.
/// - Two samples, Welch (default): estimate mean(a) − mean(b) (estimate1, estimate2 the means),
///   std_error √(s²a/na + s²b/nb), df by Welch–Satterthwaite; `varEqual` pools the variances
///   with df = na + nb − 2.
/// - One sample (b nil): estimate mean(a), std_error s/√n, df n − 1.
/// - statistic t = (estimate − mu)/std_error; interval estimate ± qt·std_error (one-sided: a
///   bound); p-value from the t distribution. Fails, as R, on essentially constant data.
public func tTest(a: [Double], b: [Double]? = nil, mu: Double = 0, varEqual: Bool = false,
                  alternative: Alternative = .twoSided, confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    try requireFinite(a, "a")
    if let b { try requireFinite(b, "b") }
    guard mu.isFinite else { throw .invalidArgument(parameter: "mu", expected: "a finite number", found: "\(mu)") }
    try requireConfLevel(confLevel)
    let nx = a.count
    let meanA = ExactMean(a)
    let (mx, vx) = meanAndVariance(a, mean: meanA)
    var estimate = mx, estimate1: Double?, estimate2: Double?
    let stderr: Double, df: Double, method: String
    if let b {
        let ny = b.count
        guard nx >= 1, varEqual || nx >= 2 else {
            throw .invalidArgument(parameter: "a", expected: varEqual ? "at least 1 value" : "at least 2 values", found: "\(nx)")
        }
        guard ny >= 1, varEqual || ny >= 2 else {
            throw .invalidArgument(parameter: "b", expected: varEqual ? "at least 1 value" : "at least 2 values", found: "\(ny)")
        }
        guard !varEqual || nx + ny >= 3 else {
            throw .invalidArgument(parameter: "a", expected: "at least 3 values in \(parameter: "a") and \(parameter: "b") together", found: "\(nx + ny)")
        }
        let meanB = ExactMean(b)
        let (my, vy) = meanAndVariance(b, mean: meanB)
        // Not mx − my: each rounded mean is off by up to half an ulp, which near 10⁶ is 2.3e-8 of
        // a difference of 0.005 (issue 19); the means' exact difference is rounded once instead.
        estimate = meanA.minus(meanB); estimate1 = mx; estimate2 = my
        if varEqual {
            df = Double(nx + ny - 2)
            var v = 0.0
            if nx > 1 { v += Double(nx - 1) * vx }
            if ny > 1 { v += Double(ny - 1) * vy }
            v /= df
            stderr = (v * (1 / Double(nx) + 1 / Double(ny))).squareRoot()
            method = "Two Sample t-test"
        } else {
            let sx2 = vx / Double(nx), sy2 = vy / Double(ny)
            stderr = (sx2 + sy2).squareRoot()
            df = (stderr * stderr) * (stderr * stderr) / (sx2 * sx2 / Double(nx - 1) + sy2 * sy2 / Double(ny - 1))
            method = "Welch Two Sample t-test"
        }
        guard stderr >= 10 * .ulpOfOne * max(abs(mx), abs(my)), stderr > 0 else {
            throw .undefined(parameter: "a", reason: "the data are essentially constant; the t statistic is undefined")
        }
    } else {
        guard nx >= 2 else { throw .invalidArgument(parameter: "a", expected: "at least 2 values", found: "\(nx)") }
        df = Double(nx - 1)
        stderr = (vx / Double(nx)).squareRoot()
        method = "One Sample t-test"
        guard stderr >= 10 * .ulpOfOne * abs(mx), stderr > 0 else {
            throw .undefined(parameter: "a", reason: "the data are essentially constant; the t statistic is undefined")
        }
    }
    // One sample: the mean's distance from mu taken from the unrounded mean, as the difference
    // of two means is (a mean near 10⁶ rounded to a double is off by 5.8e-11, which is 1.5e-8
    // of a distance of 0.004 from mu; found by the randomized differential suite, issue 19).
    let t = (b == nil ? meanA.minus(mu) : estimate - mu) / stderr
    let (pValue, low, high): (Double, Double, Double) = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less:
            return (try StudentT.cdf(t, df: df), -.infinity, mu + (t + (try StudentT.quantile(confLevel, df: df))) * stderr)
        case .greater:
            return (try StudentT.cdf(t, df: df, lowerTail: false), mu + (t - (try StudentT.quantile(confLevel, df: df))) * stderr, .infinity)
        case .twoSided:
            let q = try StudentT.quantile(1 - (1 - confLevel) / 2, df: df)
            return (2 * (try StudentT.cdf(-abs(t), df: df)), mu + (t - q) * stderr, mu + (t + q) * stderr)
        }
    }
    return TestResult(estimate: estimate, estimate1: estimate1, estimate2: estimate2, stdError: stderr, statistic: t,
                      df: df, pValue: pValue, confLow: low, confHigh: high, confLevel: confLevel, method: method,
                      alternative: alternative, n: nx + (b?.count ?? 0), nullValue: mu)
}

/// Mean (correctly rounded, from `ExactMean`) and unbiased variance (two-pass about the mean,
/// as R's var; the mean's tail corrects the deviations), variance NaN-free: 0 for one value.
func meanAndVariance(_ v: [Double], mean exact: ExactMean) -> (Double, Double) {
    guard !v.isEmpty else { return (.nan, .nan) }
    let mean = exact.value
    guard v.count > 1 else { return (mean, 0) }
    var ss = 0.0
    for x in v {
        let d = (x - exact.head) - exact.tail
        ss += d * d
    }
    return (mean, ss / Double(v.count - 1))
}
