import CourtstatNumerics
import Foundation

// Effect sizes for two proportions x1/n1 (group a) and x2/n2 (group b), two-sided intervals.
// R has no base function for them; the fixtures compute the same formulas by hand.

private func checkTwoGroups(_ x1: Int, _ n1: Int, _ x2: Int, _ n2: Int, _ confLevel: Double) throws(InferenceError) {
    try checkTwoCounts(x1, n1, x2, n2)
    try requireConfLevel(confLevel)
}

/// Two groups' counts: trials n ≥ 1, each count between 0 and its n.
func checkTwoCounts(_ x1: Int, _ n1: Int, _ x2: Int, _ n2: Int) throws(InferenceError) {
    try requireCount(n1, "n1", atLeast: 1)
    try requireCount(n2, "n2", atLeast: 1)
    guard (0...n1).contains(x1), (0...n2).contains(x2) else {
        let (x, n) = (0...n1).contains(x1) ? ("x2", "n2") : ("x1", "n1")
        throw .invalidArgument(parameter: x, expected: "each count between 0 and its \(parameter: n)", found: "\(x1),\(x2)")
    }
}

/// Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, Statistics in Medicine 17:873,
/// method 10): with Wilson limits (l1, u1), (l2, u2),
/// [D − √((p1 − l1)² + (u2 − p2)²), D + √((u1 − p1)² + (p2 − l2)²)]. No test, so no p-value.
public func newcombeDifference(x1: Int, n1: Int, x2: Int, n2: Int, confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    try checkTwoGroups(x1, n1, x2, n2, confLevel)
    let p1 = Double(x1) / Double(n1), p2 = Double(x2) / Double(n2)
    let (l1, u1) = try wilsonLimits(x: x1, n: n1, confLevel: confLevel)
    let (l2, u2) = try wilsonLimits(x: x2, n: n2, confLevel: confLevel)
    let d = p1 - p2
    let low = d - ((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)).squareRoot()
    let high = d + ((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2)).squareRoot()
    return TestResult(term: "risk_difference", estimate: d, estimate1: p1, estimate2: p2, confLow: low, confHigh: high,
                      confLevel: confLevel, method: "Newcombe hybrid score interval for a difference of proportions",
                      alternative: .twoSided, n: n1 + n2)
}

/// Risk ratio (p1 / p2) with the log (Katz) interval: SE(log RR) = √(1/x1 − 1/n1 + 1/x2 − 1/n2),
/// statistic z = log RR / SE, two-sided normal p-value for RR = 1. Undefined when x1 or x2 is 0:
/// the estimate is then reported (0 or ∞) without interval or test, with a note.
public func riskRatio(x1: Int, n1: Int, x2: Int, n2: Int, confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    try checkTwoGroups(x1, n1, x2, n2, confLevel)
    let p1 = Double(x1) / Double(n1), p2 = Double(x2) / Double(n2)
    let method = "Risk ratio with log (Katz) interval"
    guard x1 > 0, x2 > 0 else {
        return TestResult(term: "risk_ratio", estimate: x2 > 0 ? 0 : (x1 > 0 ? .infinity : nil), estimate1: p1, estimate2: p2,
                          method: method, alternative: .twoSided, n: n1 + n2, nullValue: 1,
                          notes: ["a count of 0 leaves the log interval undefined; see the Fisher odds ratio instead"])
    }
    let se = (1 / Double(x1) - 1 / Double(n1) + 1 / Double(x2) - 1 / Double(n2)).squareRoot()
    guard se > 0 else {
        return TestResult(term: "risk_ratio", estimate: p1 / p2, estimate1: p1, estimate2: p2, method: method,
                          alternative: .twoSided, n: n1 + n2, nullValue: 1,
                          notes: ["every case in both groups has the outcome: the log interval's standard error is 0"])
    }
    return try waldLogRow(term: "risk_ratio", ratio: p1 / p2, se: se, confLevel: confLevel, method: method,
                          estimate1: p1, estimate2: p2, n: n1 + n2)
}

/// Odds ratio x1(n2 − x2) / ((n1 − x1)x2) with Woolf's logit interval: SE = √(1/a + 1/b + 1/c + 1/d),
/// z = log OR / SE, two-sided normal p-value. Undefined with a zero cell (reported with a note).
public func woolfOddsRatio(x1: Int, n1: Int, x2: Int, n2: Int, confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    try checkTwoGroups(x1, n1, x2, n2, confLevel)
    let (a, b, c, d) = (Double(x1), Double(n1 - x1), Double(x2), Double(n2 - x2))
    let method = "Odds ratio with Woolf (logit) interval"
    guard a > 0, b > 0, c > 0, d > 0 else {
        let num = a * d, den = b * c
        return TestResult(term: "odds_ratio_woolf", estimate: den > 0 ? num / den : (num > 0 ? .infinity : nil),
                          method: method, alternative: .twoSided, n: n1 + n2, nullValue: 1,
                          notes: ["a zero cell leaves Woolf's interval undefined; see the Fisher odds ratio instead"])
    }
    let se = (1 / a + 1 / b + 1 / c + 1 / d).squareRoot()
    return try waldLogRow(term: "odds_ratio_woolf", ratio: a * d / (b * c), se: se, confLevel: confLevel,
                          method: method, estimate1: nil, estimate2: nil, n: n1 + n2)
}

/// A ratio with a Wald interval on the log scale and the z test of ratio = 1.
func waldLogRow(term: String, ratio: Double, se: Double, confLevel: Double, method: String,
                estimate1: Double?, estimate2: Double?, n: Int?) throws(InferenceError) -> TestResult {
    let (z, q, p) = try numerics { () throws(NumericsError) in
        let z = log(ratio) / se
        return (z, try Normal.quantile((1 + confLevel) / 2), 2 * (try Normal.cdf(-abs(z))))
    }
    return TestResult(term: term, estimate: ratio, estimate1: estimate1, estimate2: estimate2, stdError: se,
                      statistic: z, pValue: p, confLow: exp(log(ratio) - q * se),
                      confHigh: exp(log(ratio) + q * se), confLevel: confLevel, method: method,
                      alternative: .twoSided, n: n, nullValue: 1)
}
