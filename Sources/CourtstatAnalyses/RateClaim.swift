import CourtstatData
import CourtstatInference

/// "N per week/day/month/year" over a period: estimate count / (days / unit); interval the exact
/// Poisson (Garwood) interval (poisson.test); p_value the exact one-sided test supporting the
/// claim (or TOST for "about"); tipping_point the count over the period at which the claim
/// starts (or stops) holding at the stated level.
public func checkRateClaim(id: String, count: Int, period: ClaimPeriod, per unit: RateUnit, region: ClaimRegion,
                           confLevel: Double = 0.95, notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard count >= 0 else { throw .invalidOperand(parameter: "count", expected: "a count ≥ 0", found: "\(count)") }
    guard period.days > 0 else { throw .invalidOperand(parameter: "period", expected: "a period of at least one day", found: period.label) }
    try requireLevel(confLevel)
    let exposure = Double(period.days) / unit.days
    func interval(_ n: Int) throws(ClaimError) -> TestResult {
        try inference { () throws(InferenceError) in try poissonTest(x: [n], t: [exposure], confLevel: confLevel) }
    }
    let i = try interval(count)
    let verdict = region.verdict(low: i.confLow!, high: i.confHigh!)
    let (p, words) = try region.supportingPValue(of: "rate", test: "exact Poisson test",
        greater: { v throws(InferenceError) in try poissonTest(x: [count], t: [exposure], r: v, alternative: .greater).pValue! },
        less: { v throws(InferenceError) in try poissonTest(x: [count], t: [exposure], r: v, alternative: .less).pValue! })
    var notes = extra
    var tipping: Double?
    func supported(_ n: Int) throws(ClaimError) -> Bool {
        let j = try interval(n); return region.verdict(low: j.confLow!, high: j.confHigh!) == .supported
    }
    switch region {
    case .atLeast, .moreThan:
        var hi = max(1, count)
        while !(try supported(hi)) { hi *= 2 }
        hi = try MonotoneSearch.firstTrue(above: 0, atMost: hi, supported)
        tipping = Double(hi)
        notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% with at least \(hi) over \(period.label) (there are \(count))")
    case .atMost, .lessThan:
        if try supported(0) {
            var lo = 0, hi = max(1, count)
            while try supported(hi) { lo = hi; hi *= 2 }
            lo = try MonotoneSearch.lastTrue(atLeast: lo, below: hi, supported)
            tipping = Double(lo)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% with at most \(lo) over \(period.label) (there are \(count))")
        }
    case .about: break
    }
    notes += ClaimReadings.notes(arithmetic: "\(Thousands.grouped(count)) over \(ClaimText.number(exposure)) \(unit.rawValue)s = \(ClaimText.number(i.estimate ?? .nan)) a \(unit.rawValue)",
                                 estimate: i.estimate, low: i.confLow, high: i.confHigh, confLevel: confLevel, region: region, verdict: verdict)
    return ClaimResult(claim: id, kind: .rate, verdict: verdict, estimate: i.estimate, confLow: i.confLow, confHigh: i.confHigh,
                       confLevel: confLevel, pValue: p,
                       method: "rate per \(unit.rawValue) over \(period.label) (\(period.days) day\(period.days == 1 ? "" : "s")) is \(region.words): exact Poisson interval (poisson.test); p: \(words)",
                       notes: notes, tippingPoint: tipping)
}
