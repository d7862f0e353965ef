import CourtstatNumerics

/// Cochran–Armitage chi-square test for a linear trend in proportions x/n across ordered groups
/// with `scores` (default 1, 2, …); agrees with R's `prop.trend.test(x, n, score)`: the regression
/// sum of squares of x/n on the score, weighted by n / (p̄(1 − p̄)) with p̄ the pooled proportion.
/// df 1; p from the upper chi-square tail.
public func proportionTrendTest(x: [Int], n: [Int], scores: [Double]? = nil) throws(InferenceError) -> TestResult {
    let k = x.count
    guard k >= 2 else { throw .invalidArgument(parameter: "x", expected: "at least 2 groups", found: "\(k)") }
    guard n.count == k else { throw .invalidArgument(parameter: "n", expected: "\(k) trial counts, one per \(parameter: "x")", found: "\(n.count)") }
    let score = scores ?? (1...k).map(Double.init)
    guard score.count == k else { throw .invalidArgument(parameter: "scores", expected: "\(k) scores, one per \(parameter: "x")", found: "\(score.count)") }
    try requireFinite(score, "scores")
    for (xi, ni) in zip(x, n) {
        try requireCount(ni, "n", atLeast: 1)
        guard (0...ni).contains(xi) else {
            throw .invalidArgument(parameter: "x", expected: "each count between 0 and its \(parameter: "n") (\(ni))", found: "\(xi)")
        }
    }
    let pooled = Double(x.reduce(0, +)) / Double(n.reduce(0, +))
    guard pooled > 0, pooled < 1 else {
        throw .undefined(parameter: "x", reason: "the pooled proportion is \(pooled == 0 ? 0 : 1); the trend test is undefined")
    }
    let freq = zip(x, n).map { Double($0) / Double($1) }
    let w = n.map { Double($0) / pooled / (1 - pooled) }
    let sw = w.reduce(0, +)
    let sBar = zip(w, score).reduce(0) { $0 + $1.0 * $1.1 } / sw
    let fBar = zip(w, freq).reduce(0) { $0 + $1.0 * $1.1 } / sw
    var sxy = 0.0, sxx = 0.0
    for i in 0..<k {
        sxy += w[i] * (score[i] - sBar) * (freq[i] - fBar)
        sxx += w[i] * (score[i] - sBar) * (score[i] - sBar)
    }
    guard sxx > 0 else { throw .undefined(parameter: "scores", reason: "all scores are equal; no trend can be tested") }
    let statistic = sxy * sxy / sxx
    let p = try numerics { () throws(NumericsError) in try ChiSquared.cdf(statistic, df: 1, lowerTail: false) }
    return TestResult(statistic: statistic, df: 1, pValue: p, method: "Chi-squared Test for Trend in Proportions",
                      alternative: .twoSided, n: n.reduce(0, +))
}
