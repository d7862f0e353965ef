import CourtstatInference

/// "A is R times B" for two counts, compared as stated (DESIGN.md): estimate a/b; interval the
/// exact conditional interval for the ratio of two Poisson counts (poisson.test's, from the
/// Clopper–Pearson interval of a given a + b); verdict by the interval rule.
/// - p_value: the one-sided exact test whose rejection supports the claim (ratio > R for "at
///   least", < R for "at most"), or for "about" the larger of the two one-sided tests at the
///   region's ends (TOST).
/// - notes: when the periods differ in length, the ratio per day with its interval.
/// - tipping_point: for "at least" / "at most", the largest (smallest) count b under which the
///   claim would hold at the stated level.
public func checkRatioClaim(id: String, a: Int, aPeriod: ClaimPeriod, b: Int, bPeriod: ClaimPeriod,
                            region: ClaimRegion, confLevel: Double = 0.95, notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard a >= 0 else { throw .invalidOperand(argument: "a", expected: "a count ≥ 0", found: "\(a)") }
    guard b >= 0 else { throw .invalidOperand(argument: "b", expected: "a count ≥ 0", found: "\(b)") }
    guard a + b > 0 else { throw .invalidOperand(argument: "a", expected: "counts that are not both 0", found: "0 and 0") }
    try requireLevel(confLevel)
    let interval = try ratioInterval(a: a, b: b, confLevel: confLevel)
    let verdict = region.verdict(low: interval.confLow!, high: interval.confHigh!)
    let (p, pWords) = try ratioPValue(a: a, b: b, tA: 1, tB: 1, region: region)
    var notes = extra
    if aPeriod.days != bPeriod.days {
        let perDay = try inference { () throws(InferenceError) in
            try poissonTest(x: [a, b], t: [Double(aPeriod.days), Double(bPeriod.days)], confLevel: confLevel)
        }
        notes.append("\(aPeriod.label) (\(aPeriod.lengthWords)) is compared with \(bPeriod.label) (\(bPeriod.lengthWords)): "
            + "per day the ratio is \(ClaimText.number(perDay.estimate!)) [\(ClaimText.number(perDay.confLow!)), "
            + "\(ClaimText.number(perDay.confHigh!))], not \(ClaimText.number(interval.estimate!))")
    }
    var tipping: Double?
    switch region {
    case .atLeast, .moreThan:
        if let bMax = try largestSupportingB(a: a, region: region, confLevel: confLevel) {
            tipping = Double(bMax)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% if \(bPeriod.label) had at most \(bMax) (it has \(b))")
        } else {
            notes.append("no count for \(bPeriod.label) would let the claim hold at \(ClaimText.number(confLevel * 100))% with \(a) for \(aPeriod.label)")
        }
    case .atMost, .lessThan:
        if let bMin = try smallestSupportingB(a: a, region: region, confLevel: confLevel) {
            tipping = Double(bMin)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% if \(bPeriod.label) had at least \(bMin) (it has \(b))")
        }
    case .about: break
    }
    notes += ClaimReadings.notes(arithmetic: "\(ClaimText.count(a)) / \(ClaimText.count(b)) = \(ClaimText.number(interval.estimate ?? .nan))",
                                 estimate: interval.estimate, low: interval.confLow, high: interval.confHigh, confLevel: confLevel,
                                 region: region, verdict: verdict)
    return ClaimResult(claim: id, kind: "ratio", verdict: verdict, estimate: interval.estimate, confLow: interval.confLow,
                       confHigh: interval.confHigh, confLevel: confLevel, pValue: p,
                       method: "ratio of counts \(aPeriod.label) / \(bPeriod.label) is \(region.words): exact conditional interval (poisson.test); p: \(pWords)",
                       notes: notes, tippingPoint: tipping)
}

func ratioInterval(a: Int, b: Int, confLevel: Double) throws(ClaimError) -> TestResult {
    try inference { () throws(InferenceError) in try poissonTest(x: [a, b], t: [1, 1], confLevel: confLevel) }
}

/// The p-value of the exact conditional test that supports the claim's region.
func ratioPValue(a: Int, b: Int, tA: Double, tB: Double, region: ClaimRegion) throws(ClaimError) -> (Double, String) {
    try region.supportingPValue(of: "ratio", test: "exact test",
        greater: { r throws(InferenceError) in try poissonTest(x: [a, b], t: [tA, tB], r: r, alternative: .greater).pValue! },
        less: { r throws(InferenceError) in try poissonTest(x: [a, b], t: [tA, tB], r: r, alternative: .less).pValue! })
}

/// The largest b for which a/b is supported as "at least/more than R" (nil if none).
func largestSupportingB(a: Int, region: ClaimRegion, confLevel: Double) throws(ClaimError) -> Int? {
    func supported(_ b: Int) throws(ClaimError) -> Bool {
        guard a + b > 0 else { return false }
        let i = try ratioInterval(a: a, b: b, confLevel: confLevel)
        return region.verdict(low: i.confLow!, high: i.confHigh!) == .supported
    }
    guard try supported(0) else { return nil }
    var lo = 0, hi = max(1, Int((Double(a) / max(region.lower, 1e-9)).rounded(.up)) + 1)
    while try supported(hi) { lo = hi; hi *= 2 }
    return try MonotoneSearch.lastTrue(atLeast: lo, below: hi, supported)
}

/// The smallest b for which a/b is supported as "at most/less than R" (nil if none below 10^9).
func smallestSupportingB(a: Int, region: ClaimRegion, confLevel: Double) throws(ClaimError) -> Int? {
    func supported(_ b: Int) throws(ClaimError) -> Bool {
        guard a + b > 0 else { return false }
        let i = try ratioInterval(a: a, b: b, confLevel: confLevel)
        return region.verdict(low: i.confLow!, high: i.confHigh!) == .supported
    }
    var hi = max(1, a)
    while !(try supported(hi)) { hi *= 2; if hi > 1_000_000_000 { return nil } }
    var lo = hi / 2
    if try supported(lo) { lo = 0 }
    return try MonotoneSearch.firstTrue(above: lo, atMost: hi, supported)
}
