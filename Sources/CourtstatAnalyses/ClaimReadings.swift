/// The two readings of a claim's numbers that every claim's sentence gives (DESIGN.md,
/// "Publication-ready output"): the plain arithmetic of the published numbers, and what the
/// interval says, with why the two differ when they do.
enum ClaimReadings {
    /// Notes for a result: `arithmetic` is the calculation in words ("2,076 / 1,001 = 2.07").
    static func notes(arithmetic: String, estimate: Double?, low: Double?, high: Double?, confLevel: Double,
                      region: ClaimRegion, verdict: Verdict) -> [String] {
        guard let estimate else { return [] }
        // The estimate alone as an interval of no width: inside the region, open ends respected.
        let onItsFace = region.verdict(low: estimate, high: estimate) == .supported
        var notes = ["arithmetic: \(arithmetic), which on its face is \(onItsFace ? "" : "not ")\(region.words)"]
        guard let low, let high else { return notes }
        let place: String
        switch verdict {
        case .supported: place = "lies entirely within"
        case .contradicted: place = "lies entirely outside"
        case .inconclusive: place = "lies partly inside and partly outside"
        }
        notes.append("statistics: the \(ClaimText.number(confLevel * 100))% interval \(ClaimText.number(low)) to \(ClaimText.number(high)) "
                     + "\(place) the claimed region (\(region.words)): by the interval, \(verdict.rawValue)")
        if verdict == .inconclusive {
            notes.append(onItsFace
                ? "the two readings differ because counts of this size vary by chance: values outside the claimed region fit the numbers too"
                : "the two readings differ because counts of this size vary by chance: values inside the claimed region fit the numbers too")
        } else if onItsFace != (verdict == .supported) {
            notes.append("the two readings differ because the interval, not the point estimate, decides the verdict")
        }
        return notes
    }
}
