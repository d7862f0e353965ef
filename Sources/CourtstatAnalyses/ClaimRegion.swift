import CourtstatInference

/// The region a claim asserts for its quantity: "at least 2x" is [2, ∞), "about 2x ± 10%" is
/// [1.8, 2.2], "more than a half" is (0.5, ∞), "the same ± 15%" is [0.85, 1.15].
public enum ClaimRegion: Sendable, Equatable {
    /// The relative margin of "about v" when a claim gives none (±10%).
    public static let defaultAboutMargin = 0.1
    /// The relative margin of "the same" (kind same) when a claim gives none (±15%, DESIGN.md).
    public static let defaultSameMargin = 0.15

    case atLeast(Double)
    case atMost(Double)
    case moreThan(Double)
    case lessThan(Double)
    /// [value·(1 − margin), value·(1 + margin)].
    case about(Double, margin: Double)

    public var lower: Double {
        switch self {
        case let .atLeast(v), let .moreThan(v): v
        case .atMost, .lessThan: -.infinity
        case let .about(v, m): v * (1 - m)
        }
    }
    public var upper: Double {
        switch self {
        case let .atMost(v), let .lessThan(v): v
        case .atLeast, .moreThan: .infinity
        case let .about(v, m): v * (1 + m)
        }
    }

    /// Plain words for notes and methods ("at least 2", "about 2 ± 10%").
    public var words: String {
        switch self {
        case let .atLeast(v): "at least \(ClaimText.number(v))"
        case let .atMost(v): "at most \(ClaimText.number(v))"
        case let .moreThan(v): "more than \(ClaimText.number(v))"
        case let .lessThan(v): "less than \(ClaimText.number(v))"
        case let .about(v, m): "about \(ClaimText.number(v)) ± \(ClaimText.number(m * 100))% [\(ClaimText.number(lower)), \(ClaimText.number(upper))]"
        }
    }

    /// The verdict for an interval: supported when all of it lies in the region, contradicted
    /// when none of it does, inconclusive otherwise. Open ends (more than, less than) exclude
    /// the boundary itself.
    public func verdict(low: Double, high: Double) -> Verdict {
        let strictLower: Bool, strictUpper: Bool
        switch self {
        case .moreThan: (strictLower, strictUpper) = (true, false)
        case .lessThan: (strictLower, strictUpper) = (false, true)
        default: (strictLower, strictUpper) = (false, false)
        }
        let lowInside = strictLower ? low > lower : low >= lower
        let highInside = strictUpper ? high < upper : high <= upper
        if lowInside && highInside { return .supported }
        let disjointAbove = strictUpper ? low >= upper : low > upper
        let disjointBelow = strictLower ? high <= lower : high < lower
        if disjointAbove || disjointBelow { return .contradicted }
        return .inconclusive
    }
}

/// A claim's verdict, with the exit status scripts branch on.
public enum Verdict: String, Sendable, Comparable {
    case supported, inconclusive, contradicted

    /// 0 supported, 2 inconclusive, 1 contradicted (DESIGN.md).
    public var exitStatus: Int32 {
        switch self { case .supported: 0; case .contradicted: 1; case .inconclusive: 2 }
    }

    /// The status of a table of verdicts: 1 if any is contradicted, else 2 if any is
    /// inconclusive, else 0.
    public static func tableStatus(_ verdicts: [Verdict]) -> Int32 {
        if verdicts.contains(.contradicted) { return 1 }
        if verdicts.contains(.inconclusive) { return 2 }
        return 0
    }

    private var rank: Int { switch self { case .supported: 0; case .inconclusive: 1; case .contradicted: 2 } }
    /// Supported < inconclusive < contradicted: the worst verdict of several is their maximum.
    public static func < (l: Verdict, r: Verdict) -> Bool { l.rank < r.rank }
}

extension ClaimRegion {
    /// The p-value of the test whose rejection supports the claim, and its description: the
    /// one-sided test at the bound ("at least r": H1 value > r), or for "about" the larger of the
    /// two one-sided tests at the region's ends (TOST). `greater(v)` and `less(v)` return the
    /// one-sided p-values of H1 value > v and H1 value < v; `test` names them ("exact binomial test").
    func supportingPValue(of quantity: String, test: String,
                          greater: (Double) throws(InferenceError) -> Double,
                          less: (Double) throws(InferenceError) -> Double) throws(ClaimError) -> (Double, String) {
        do {
            switch self {
            case let .atLeast(v), let .moreThan(v):
                return (try greater(v), "\(test) of \(quantity) > \(ClaimText.number(v))")
            case let .atMost(v), let .lessThan(v):
                return (try less(v), "\(test) of \(quantity) < \(ClaimText.number(v))")
            case .about:
                return (max(try greater(lower), try less(upper)),
                        "TOST, the larger of the one-sided \(test)s at \(ClaimText.number(lower)) and \(ClaimText.number(upper))")
            }
        } catch {
            throw .inference(error)
        }
    }
}
