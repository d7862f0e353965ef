import CourtstatNumerics
import Foundation

/// One 2x2 stratum, rows (a, b) and (c, d): R's x[1,1,k], x[1,2,k], x[2,1,k], x[2,2,k].
public struct Stratum: Sendable, Equatable {
    public var a: Int, b: Int, c: Int, d: Int
    /// The stratum with rows (a, b) and (c, d).
    public init(a: Int, b: Int, c: Int, d: Int) { self.a = a; self.b = b; self.c = c; self.d = d }
    var total: Double { Double(a + b + c + d) }
}

/// Cochran–Mantel–Haenszel test for K 2x2 tables; agrees with R's `mantelhaen.test(x, alternative,
/// correct, exact = FALSE, conf.level)` for a 2 × 2 × K array.
/// - statistic: (|Σ(a − E[a])| − ½)² / Σ Var(a), the ½ only when `correct` and |Σ(a − E[a])| ≥ ½;
///   df 1; one-sided p from the signed root against the normal distribution.
/// - estimate: the Mantel–Haenszel common odds ratio Σ(ad/n) / Σ(bc/n).
/// - interval: exp(log OR ± z·sd) with the Robins–Breslow–Greenland (1986) standard error.
public func mantelHaenszelTest(strata: [Stratum], alternative: Alternative = .twoSided, correct: Bool = true,
                               confLevel: Double = 0.95) throws(InferenceError) -> TestResult {
    guard strata.count >= 2 else {
        throw .invalidArgument(parameter: "strata", expected: "at least 2 strata (2x2 tables separated by ';')", found: "\(strata.count)")
    }
    for (k, s) in strata.enumerated() {
        guard min(s.a, s.b, s.c, s.d) >= 0 else {
            throw .invalidArgument(parameter: "strata", expected: "counts ≥ 0", found: "a negative count in stratum \(k + 1)")
        }
        guard s.total >= 2 else {
            throw .invalidArgument(parameter: "strata", expected: "at least 2 cases in every stratum", found: "\(Int(s.total)) in stratum \(k + 1)")
        }
    }
    try requireConfLevel(confLevel)
    var delta = 0.0, variance = 0.0, sDiag = 0.0, sOffd = 0.0
    var r1 = 0.0, r2 = 0.0, r3 = 0.0
    for s in strata {
        let (a, b, c, d, t) = (Double(s.a), Double(s.b), Double(s.c), Double(s.d), s.total)
        let m = a + b, n = a + c
        delta += a - m * n / t
        variance += m * n * (t - m) * (t - n) / (t * t * (t - 1))
        sDiag += a * d / t
        sOffd += b * c / t
        r1 += (a + d) * a * d / (t * t)
        r2 += ((a + d) * b * c + (b + c) * a * d) / (t * t)
        r3 += (b + c) * b * c / (t * t)
    }
    guard variance > 0 else {
        throw .undefined(parameter: "strata", reason: "every stratum has a zero margin; the Mantel-Haenszel statistic is undefined")
    }
    let yates = correct && abs(delta) >= 0.5 ? 0.5 : 0
    let dev = abs(delta) - yates
    let statistic = dev * dev / variance
    let pValue: Double = try numerics { () throws(NumericsError) in
        if alternative == .twoSided { return try ChiSquared.cdf(statistic, df: 1, lowerTail: false) }
        return try Normal.cdf(rSign(delta) * statistic.squareRoot(), lowerTail: alternative == .less)
    }
    let method = "Mantel-Haenszel chi-squared test " + (yates != 0 ? "with" : "without") + " continuity correction"
    var result = TestResult(statistic: statistic, df: 1, pValue: pValue, confLevel: confLevel, method: method,
                            alternative: alternative, n: Int(strata.reduce(0) { $0 + $1.total }), nullValue: 1)
    guard sDiag > 0, sOffd > 0 else {
        result.estimate = sOffd > 0 ? 0 : (sDiag > 0 ? .infinity : nil)
        result.confLevel = nil
        result.notes.append("the common odds ratio is \(sOffd > 0 ? "0" : "infinite or undefined"); its interval is undefined")
        return result
    }
    let estimate = sDiag / sOffd
    let sd = (r1 / (2 * sDiag * sDiag) + r2 / (2 * sDiag * sOffd) + r3 / (2 * sOffd * sOffd)).squareRoot()
    let (low, high): (Double, Double) = try numerics { () throws(NumericsError) in
        switch alternative {
        case .less: return (0, estimate * exp(try Normal.quantile(confLevel) * sd))
        case .greater: return (estimate * exp(try Normal.quantile(confLevel, lowerTail: false) * sd), .infinity)
        case .twoSided:
            let q = try Normal.quantile((1 - confLevel) / 2)
            return (estimate * exp(q * sd), estimate * exp(-q * sd))
        }
    }
    result.estimate = estimate
    result.stdError = sd
    result.confLow = low
    result.confHigh = high
    return result
}
