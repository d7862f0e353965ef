import CourtstatData
import CourtstatInference

/// "Group A gets the outcome more often than group B" (e.g. mobilised soldiers get more prison
/// terms than contract soldiers), with both groups' counts known: in share, p1 − p2 > 0, with
/// Newcombe's hybrid score interval and Fisher's exact one-sided p-value (conditional MLE odds
/// ratio in the notes). The notes also compare the counts themselves, since "more prison
/// sentences" can mean more in number or a larger share, and say which one the numbers support.
public func checkGreaterClaim(id: String, x1: Int, n1: Int, x2: Int, n2: Int, groupA: String = "a", groupB: String = "b",
                              confLevel: Double = 0.95, notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard n1 >= 1, n2 >= 1, (0...n1).contains(x1), (0...n2).contains(x2) else {
        throw .invalidOperand(parameter: "x", expected: "counts 0 ≤ x ≤ n in both groups", found: "\(x1)/\(n1), \(x2)/\(n2)")
    }
    try requireLevel(confLevel)
    let (difference, fisherP) = try inference { () throws(InferenceError) in
        (try newcombeDifference(x1: x1, n1: n1, x2: x2, n2: n2, confLevel: confLevel),
         try fisherExactPValue(a: x1, b: n1 - x1, c: x2, d: n2 - x2, alternative: .greater))
    }
    let region = ClaimRegion.moreThan(0)
    let verdict = region.verdict(low: difference.confLow!, high: difference.confHigh!)
    var notes = extra
    notes.append("in share: \(groupA) \(x1)/\(n1) = \(ClaimText.number(difference.estimate1!)), \(groupB) \(x2)/\(n2) = \(ClaimText.number(difference.estimate2!))")
    let countWords = x1 > x2 ? "\(groupA) has more in number (\(x1) against \(x2))"
        : x1 < x2 ? "\(groupB) has more in number (\(x2) against \(x1))" : "the numbers are equal (\(x1))"
    notes.append("in count: \(countWords); the verdict is about the share, which is what \"more often\" means")
    notes += ClaimReadings.notes(arithmetic: "\(ClaimText.number(difference.estimate1! * 100))% − \(ClaimText.number(difference.estimate2! * 100))% = \(ClaimText.number(difference.estimate! * 100)) points (a difference of \(ClaimText.number(difference.estimate!)))",
                                 estimate: difference.estimate, low: difference.confLow, high: difference.confHigh, confLevel: confLevel,
                                 region: region, verdict: verdict)
    return ClaimResult(claim: id, kind: .greater, verdict: verdict, estimate: difference.estimate, confLow: difference.confLow,
                       confHigh: difference.confHigh, confLevel: confLevel, pValue: fisherP,
                       method: "difference in shares \(groupA) − \(groupB) > 0: Newcombe hybrid score interval; p: Fisher's exact test, one-sided",
                       notes: notes)
}

/// The same claim when only the two shares and the total are published (35% of mobilised and
/// 28% of contract soldiers among 330 sentence texts, group sizes unknown). Every split
/// n1 + n2 = total (each group at least `minimumGroup`) is tried with x = round(share·n):
/// - verdict: supported (contradicted) only if it is under every split, else inconclusive;
/// - estimate: shareA − shareB; interval and p-value: under the most favourable split (the one
///   with the highest lower limit); the notes give the least favourable one too;
/// - tipping_point: the smallest group size (min(n1, n2)) under which the difference would be
///   significant at the stated level, or empty when no split makes it so.
public func checkGreaterClaimUnknownSplit(id: String, shareA: Double, shareB: Double, total: Int, groupA: String = "a",
                                          groupB: String = "b", minimumGroup: Int = 1, confLevel: Double = 0.95,
                                          notes extra: [String] = []) throws(ClaimError) -> ClaimResult {
    guard (0...1).contains(shareA), (0...1).contains(shareB) else {
        throw .invalidOperand(parameter: "share", expected: "proportions in [0, 1]", found: "\(shareA), \(shareB)")
    }
    guard total >= 2 * max(1, minimumGroup) else {
        throw .invalidOperand(parameter: "n", expected: "a total of at least \(2 * max(1, minimumGroup))", found: "\(total)")
    }
    try requireLevel(confLevel)
    struct Split { var n1: Int; var result: ClaimResult }
    var splits: [Split] = []
    for n1 in max(1, minimumGroup)...(total - max(1, minimumGroup)) {
        let n2 = total - n1
        let x1 = Int((shareA * Double(n1)).rounded()), x2 = Int((shareB * Double(n2)).rounded())
        splits.append(Split(n1: n1, result: try checkGreaterClaim(id: id, x1: x1, n1: n1, x2: x2, n2: n2, groupA: groupA,
                                                                  groupB: groupB, confLevel: confLevel)))
    }
    let best = splits.max { $0.result.confLow! < $1.result.confLow! }!
    let worst = splits.min { $0.result.confLow! < $1.result.confLow! }!
    let verdicts = Set(splits.map(\.result.verdict))
    let verdict: Verdict = verdicts.count == 1 ? verdicts.first! : .inconclusive
    let significant = splits.filter { $0.result.verdict == .supported }
    let level = "\(ClaimText.number(confLevel * 100))%"
    var notes = extra
    notes.append("group sizes unknown: every split of the \(total) was tried, rounding each share to whole cases")
    func describe(_ s: Split) -> String {
        "\(groupA) \(s.n1) / \(groupB) \(total - s.n1): difference [\(ClaimText.number(s.result.confLow!)), \(ClaimText.number(s.result.confHigh!))], p = \(ClaimText.number(s.result.pValue!)), \(s.result.verdict.rawValue)"
    }
    notes.append("most favourable split: " + describe(best))
    notes.append("least favourable split: " + describe(worst))
    var tipping: Double?
    if let smallest = significant.map({ min($0.n1, total - $0.n1) }).min() {
        tipping = Double(smallest)
        notes.append("the difference is significant at \(level) only when the smaller group has at least \(smallest) of the \(total)")
    } else {
        notes.append("no split of the \(total) makes the difference significant at \(level)")
    }
    notes.append("arithmetic: \(ClaimText.number(shareA * 100))% − \(ClaimText.number(shareB * 100))% = \(ClaimText.number((shareA - shareB) * 100)) points, "
                 + "which on its face is \(shareA > shareB ? "" : "not ")more than 0")
    notes.append("statistics: with the group sizes unknown, " + (verdict == .inconclusive
        ? "some splits of the \(total) make the difference significant and some do not, so the claim is inconclusive"
        : "every split of the \(total) gives the verdict \(verdict.rawValue)"))
    return ClaimResult(claim: id, kind: .greater, verdict: verdict, estimate: shareA - shareB, confLow: best.result.confLow,
                       confHigh: best.result.confHigh, confLevel: confLevel, pValue: best.result.pValue,
                       method: "difference in shares \(groupA) − \(groupB) > 0 with unknown group sizes: Newcombe interval and Fisher's one-sided p under the most favourable split",
                       notes: notes, tippingPoint: tipping)
}
