import CourtstatData
import CourtstatInference

/// One checked claim: DESIGN.md's claim row.
public struct ClaimResult: Sendable, Equatable {
    /// The claim's id (from a claims file) or a label built from the command line.
    public var claim: String
    /// What the claim asserts; its raw value (ratio, rate, share, same, greater, trend) is the
    /// row's `kind` column.
    public var kind: ClaimKind
    public var verdict: Verdict
    public var estimate: Double?
    public var confLow: Double?
    public var confHigh: Double?
    /// The level of the interval the verdict rests on.
    public var confLevel: Double
    /// The p-value of the test matching the claim (its method says which).
    public var pValue: Double?
    public var method: String
    public var notes: [String]
    /// The value of the unknown or uncertain operand at which the verdict would flip, where one
    /// exists (its note says which operand and in which direction).
    public var tippingPoint: Double?

    /// A checked claim with the given values (those not known are nil).
    public init(claim: String, kind: ClaimKind, verdict: Verdict, estimate: Double?, confLow: Double?, confHigh: Double?,
                confLevel: Double, pValue: Double?, method: String, notes: [String] = [], tippingPoint: Double? = nil) {
        self.claim = claim; self.kind = kind; self.verdict = verdict; self.estimate = estimate
        self.confLow = confLow; self.confHigh = confHigh; self.confLevel = confLevel; self.pValue = pValue
        self.method = method; self.notes = notes; self.tippingPoint = tippingPoint
    }
}
