import CourtstatData
import CourtstatInference

/// "A and B are the same ± m": the ratio of the two rates per day lies in [1 − m, 1 + m],
/// decided by the exact equivalence test (TOST, two one-sided poisson.test) at the stated level.
/// The interval is the exact 1 − 2α interval of the rate ratio (conf_level says so): supported
/// when it lies inside the region (equivalently, the TOST p-value is below α), contradicted when
/// it lies wholly outside, inconclusive otherwise. `method` chooses the test (`RateRatioMethod`).
public func checkSameClaim(id: String, a: Int, aPeriod: ClaimPeriod, b: Int, bPeriod: ClaimPeriod,
                           margin: Double = ClaimRegion.defaultSameMargin, confLevel: Double = 0.95, method: RateRatioMethod = .exactCond,
                           notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard a >= 0, b >= 0, a + b > 0 else {
        throw .invalidOperand(parameter: "a", expected: "counts ≥ 0, not both 0", found: "\(a) and \(b)")
    }
    guard margin > 0, margin < 1 else { throw .invalidOperand(parameter: "margin", expected: "a relative margin in (0, 1)", found: "\(margin)") }
    guard aPeriod.days > 0, bPeriod.days > 0 else {
        throw .invalidOperand(parameter: "period", expected: "periods of at least one day", found: "\(aPeriod.label), \(bPeriod.label)")
    }
    try requireLevel(confLevel)
    let region = ClaimRegion.about(1, margin: margin)
    let tost = try inference { () throws(InferenceError) in
        try equivalenceRates(x1: a, t1: Double(aPeriod.days), x2: b, t2: Double(bPeriod.days), margin: margin, confLevel: confLevel,
                             method: method)
    }
    let verdict = region.verdict(low: tost.confLow!, high: tost.confHigh!)
    var notes = extra
    if aPeriod.days != bPeriod.days {
        notes.append("\(aPeriod.label) (\(aPeriod.lengthWords)) is compared with \(bPeriod.label) (\(bPeriod.lengthWords)): rates per day are compared")
    }
    notes += ClaimReadings.notes(arithmetic: "per day, \(Thousands.grouped(a)) / \(aPeriod.days) against \(Thousands.grouped(b)) / \(bPeriod.days): a ratio of \(ClaimText.number(tost.estimate ?? .nan))",
                                 estimate: tost.estimate, low: tost.confLow, high: tost.confHigh, confLevel: tost.confLevel ?? confLevel,
                                 region: region, verdict: verdict)
    notes.append(try detectableRatioNote(a: a, b: b, tA: Double(aPeriod.days), tB: Double(bPeriod.days),
                                         confLevel: confLevel, what: "rate ratio per day"))
    return ClaimResult(claim: id, kind: .same, verdict: verdict, estimate: tost.estimate, confLow: tost.confLow,
                       confHigh: tost.confHigh, confLevel: tost.confLevel!, pValue: tost.pValue,
                       method: "rate ratio \(aPeriod.label) / \(bPeriod.label) per day is within \(region.words): "
                           + (method == .exactCond ? "exact TOST (two one-sided poisson.test)"
                                                   : "TOST, two one-sided \(method.rawValue) tests (statsmodels' test_poisson_2indep)"),
                       notes: notes)
}
