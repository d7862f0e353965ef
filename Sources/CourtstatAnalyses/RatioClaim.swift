import CourtstatData
import CourtstatInference

/// "A is R times B" for two counts, compared as stated (DESIGN.md): estimate a/b; interval the
/// exact conditional interval for the ratio of two Poisson counts (poisson.test's, from the
/// Clopper–Pearson interval of a given a + b); verdict by the interval rule.
/// - p_value: the one-sided exact test whose rejection supports the claim (ratio > R for "at
///   least", < R for "at most"), or for "about" the larger of the two one-sided tests at the
///   region's ends (TOST).
/// - method: the test behind the interval and p-value (`RateRatioMethod`; default exact-cond,
///   R's poisson.test).
/// - notes: when the periods differ in length, the ratio per day with its interval.
/// - tipping_point: for "at least" / "at most", the largest (smallest) count b under which the
///   claim would hold at the stated level.
public func checkRatioClaim(id: String, a: Int, aPeriod: ClaimPeriod, b: Int, bPeriod: ClaimPeriod,
                            region: ClaimRegion, confLevel: Double = 0.95, method: RateRatioMethod = .exactCond,
                            notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard a >= 0 else { throw .invalidOperand(parameter: "a", expected: "a count ≥ 0", found: "\(a)") }
    guard b >= 0 else { throw .invalidOperand(parameter: "b", expected: "a count ≥ 0", found: "\(b)") }
    guard a + b > 0 else { throw .invalidOperand(parameter: "a", expected: "counts that are not both 0", found: "0 and 0") }
    try requireLevel(confLevel)
    let interval = try ratioInterval(a: a, b: b, confLevel: confLevel, method: method)
    let verdict = region.verdict(low: interval.confLow!, high: interval.confHigh!)
    let (p, pWords) = try ratioPValue(a: a, b: b, tA: 1, tB: 1, region: region, method: method)
    var notes = extra
    if aPeriod.days != bPeriod.days {
        let perDay = try ratioTest(x: [a, b], t: [Double(aPeriod.days), Double(bPeriod.days)], confLevel: confLevel, method: method)
        notes.append("\(aPeriod.label) (\(aPeriod.lengthWords)) is compared with \(bPeriod.label) (\(bPeriod.lengthWords)): "
            + "per day the ratio is \(ClaimText.number(perDay.estimate!)) [\(ClaimText.number(perDay.confLow!)), "
            + "\(ClaimText.number(perDay.confHigh!))], not \(ClaimText.number(interval.estimate!))")
    }
    notes.append(try detectableRatioNote(a: a, b: b, tA: 1, tB: 1, confLevel: confLevel, what: "ratio"))
    var tipping: Double?
    switch region {
    case .atLeast, .moreThan:
        if let bMax = try largestSupportingB(a: a, region: region, confLevel: confLevel, method: method) {
            tipping = Double(bMax)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% if \(bPeriod.label) had at most \(bMax) (it has \(b))")
        } else {
            notes.append("no count for \(bPeriod.label) would let the claim hold at \(ClaimText.number(confLevel * 100))% with \(a) for \(aPeriod.label)")
        }
    case .atMost, .lessThan:
        if let bMin = try smallestSupportingB(a: a, region: region, confLevel: confLevel, method: method) {
            tipping = Double(bMin)
            notes.append("the claim holds at \(ClaimText.number(confLevel * 100))% if \(bPeriod.label) had at least \(bMin) (it has \(b))")
        }
    case .about: break
    }
    notes += ClaimReadings.notes(arithmetic: "\(Thousands.grouped(a)) / \(Thousands.grouped(b)) = \(ClaimText.number(interval.estimate ?? .nan))",
                                 estimate: interval.estimate, low: interval.confLow, high: interval.confHigh, confLevel: confLevel,
                                 region: region, verdict: verdict)
    return ClaimResult(claim: id, kind: .ratio, verdict: verdict, estimate: interval.estimate, confLow: interval.confLow,
                       confHigh: interval.confHigh, confLevel: confLevel, pValue: p,
                       method: "ratio of counts \(aPeriod.label) / \(bPeriod.label) is \(region.words): "
                           + (method == .exactCond ? "exact conditional interval (poisson.test)"
                                                   : method == .etest ? "score interval (statsmodels' test_poisson_2indep; the E-test has none)"
                                                   : "\(method.rawValue) interval (statsmodels' test_poisson_2indep)") + "; p: \(pWords)",
                       notes: notes, tippingPoint: tipping)
}

/// The rate-ratio test of `method`: poisson.test for exact-cond, else `rateRatioTest`; a method
/// undefined for these counts (wald-log with a count of 0) is refused, naming the method.
func ratioTest(x: [Int], t: [Double], r: Double = 1, alternative: Alternative = .twoSided, confLevel: Double = 0.95,
               method: RateRatioMethod) throws(ClaimError) -> TestResult {
    let result = try inference { () throws(InferenceError) in
        method == .exactCond
            ? try poissonTest(x: x, t: t, r: r, alternative: alternative, confLevel: confLevel)
            : try rateRatioTest(x: x, t: t, r: r, alternative: alternative, confLevel: confLevel, method: method)
    }
    guard result.pValue != nil, result.confLow != nil else {
        throw .invalidOperand(parameter: "method", expected: "a method defined for these counts (\(result.notes.joined(separator: "; ")))",
                              found: method.rawValue)
    }
    return result
}

func ratioInterval(a: Int, b: Int, confLevel: Double, method: RateRatioMethod = .exactCond) throws(ClaimError) -> TestResult {
    try ratioTest(x: [a, b], t: [1, 1], confLevel: confLevel, method: method)
}

/// The p-value of the one-sided test (of `method`) that supports the claim's region.
func ratioPValue(a: Int, b: Int, tA: Double, tB: Double, region: ClaimRegion,
                 method: RateRatioMethod = .exactCond) throws(ClaimError) -> (Double, String) {
    func p(_ r: Double, _ alternative: Alternative) throws(InferenceError) -> Double {
        method == .exactCond
            ? try poissonTest(x: [a, b], t: [tA, tB], r: r, alternative: alternative).pValue!
            : try rateRatioTest(x: [a, b], t: [tA, tB], r: r, alternative: alternative, method: method).pValue ?? 1
    }
    return try region.supportingPValue(of: "ratio", test: method == .exactCond ? "exact test" : method == .etest ? "E-test" : "\(method.rawValue) test",
        greater: { r throws(InferenceError) in try p(r, .greater) },
        less: { r throws(InferenceError) in try p(r, .less) })
}

/// Whether a/b's interval lies in `region` (false where the method is undefined at this b).
private func ratioSupported(a: Int, b: Int, region: ClaimRegion, confLevel: Double, method: RateRatioMethod) throws(ClaimError) -> Bool {
    guard a + b > 0 else { return false }
    let i: TestResult
    do { i = try ratioInterval(a: a, b: b, confLevel: confLevel, method: method) } catch {
        if case .invalidOperand = error { return false }
        throw error
    }
    return region.verdict(low: i.confLow!, high: i.confHigh!) == .supported
}

/// The largest b for which a/b is supported as "at least/more than R" (nil if none).
func largestSupportingB(a: Int, region: ClaimRegion, confLevel: Double, method: RateRatioMethod = .exactCond) throws(ClaimError) -> Int? {
    func supported(_ b: Int) throws(ClaimError) -> Bool {
        try ratioSupported(a: a, b: b, region: region, confLevel: confLevel, method: method)
    }
    guard try supported(0) else { return nil }
    var lo = 0, hi = max(1, Int((Double(a) / max(region.lower, 1e-9)).rounded(.up)) + 1)
    while try supported(hi) { lo = hi; hi *= 2 }
    return try MonotoneSearch.lastTrue(atLeast: lo, below: hi, supported)
}

/// The smallest b for which a/b is supported as "at most/less than R" (nil if none below 10^9).
func smallestSupportingB(a: Int, region: ClaimRegion, confLevel: Double, method: RateRatioMethod = .exactCond) throws(ClaimError) -> Int? {
    func supported(_ b: Int) throws(ClaimError) -> Bool {
        try ratioSupported(a: a, b: b, region: region, confLevel: confLevel, method: method)
    }
    var hi = max(1, a)
    while !(try supported(hi)) { hi *= 2; if hi > 1_000_000_000 { return nil } }
    var lo = hi / 2
    if try supported(lo) { lo = 0 }
    return try MonotoneSearch.firstTrue(above: lo, atMost: hi, supported)
}

/// The claim note on power: the smallest ratios these counts could have shown at 80% power
/// (`detectableRateRatios`, two-sided at α = 1 − conf_level, b's count taken as the truth).
func detectableRatioNote(a: Int, b: Int, tA: Double, tB: Double, confLevel: Double, what: String) throws(ClaimError) -> String {
    let (below, above) = try inference { () throws(InferenceError) in
        try detectableRateRatios(count2: b, exposure1: tA, exposure2: tB, sigLevel: 1 - confLevel)
    }
    guard below != nil || above != nil else {
        return "power: with \(b) for the second count no \(what) can be shown with 80% power"
    }
    let sides = [above.map { "\(ClaimText.number($0)) or more" }, below.map { "\(ClaimText.number($0)) or less" }].compactMap { $0 }
    return "power: counts like these detect a \(what) of \(sides.joined(separator: ", or of ")) with 80% power "
        + "(two-sided Wald test of the log ratio at \(ClaimText.number((1 - confLevel) * 100))%, the second count taken as the truth)"
}
