import CourtstatData
import CourtstatInference

/// "x of n is more than S" ("a majority": more than 0.5): estimate x/n; interval Clopper–Pearson
/// (binom.test); p_value the exact one-sided test supporting the claim (TOST for "about");
/// tipping_point the x at which the claim starts (or stops) holding at the stated level.
public func checkShareClaim(id: String, x: Int, n: Int, region: ClaimRegion, confLevel: Double = 0.95,
                            notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard n >= 1 else { throw .invalidOperand(parameter: "n", expected: "a count ≥ 1", found: "\(n)") }
    guard (0...n).contains(x) else { throw .invalidOperand(parameter: "x", expected: "a count from 0 to n (\(n))", found: "\(x)") }
    try requireLevel(confLevel)
    for bound in [region.lower, region.upper] where bound.isFinite && !(0...1).contains(bound) {
        throw .invalidOperand(parameter: "share", expected: "a proportion in [0, 1]", found: ClaimText.number(bound))
    }
    func interval(_ k: Int) throws(ClaimError) -> TestResult {
        try inference { () throws(InferenceError) in try binomialTest(x: k, n: n, confLevel: confLevel) }
    }
    let i = try interval(x)
    let verdict = region.verdict(low: i.confLow!, high: i.confHigh!)
    let (p, words) = try region.supportingPValue(of: "share", test: "exact binomial test",
        greater: { s throws(InferenceError) in try binomialTest(x: x, n: n, p: max(0, s), alternative: .greater).pValue! },
        less: { s throws(InferenceError) in try binomialTest(x: x, n: n, p: min(1, s), alternative: .less).pValue! })
    var notes = extra
    var tipping: Double?
    func supported(_ k: Int) throws(ClaimError) -> Bool {
        let j = try interval(k); return region.verdict(low: j.confLow!, high: j.confHigh!) == .supported
    }
    switch region {
    case .atLeast, .moreThan:
        // The lower limit rises with x: find the first x that is supported.
        if try supported(n) {
            let hi = try MonotoneSearch.firstTrue(above: -1, atMost: n, supported)
            tipping = Double(hi)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% from \(hi) of \(n) (there are \(x))")
        }
    case .atMost, .lessThan:
        if try supported(0) {
            let lo = try MonotoneSearch.lastTrue(atLeast: 0, below: n + 1, supported)
            tipping = Double(lo)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% up to \(lo) of \(n) (there are \(x))")
        }
    case .about: break
    }
    notes += ClaimReadings.notes(arithmetic: "\(Thousands.grouped(x)) / \(Thousands.grouped(n)) = \(ClaimText.number(i.estimate ?? .nan)) (\(ClaimText.number((i.estimate ?? .nan) * 100))%)",
                                 estimate: i.estimate, low: i.confLow, high: i.confHigh, confLevel: confLevel, region: region, verdict: verdict)
    return ClaimResult(claim: id, kind: .share, verdict: verdict, estimate: i.estimate, confLow: i.confLow, confHigh: i.confHigh,
                       confLevel: confLevel, pValue: p,
                       method: "share \(x)/\(n) is \(region.words): Clopper-Pearson interval (binom.test); p: \(words)",
                       notes: notes, tippingPoint: tipping)
}
