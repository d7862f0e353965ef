/// Counts of one group: convicted cases, those with the outcome, and those left out
/// (pending, acquitted, dismissed, unknown).
public struct CompareGroup: Sendable, Equatable {
    public var name: String
    public var convicted: Int
    public var withOutcome: Int
    public var excluded: Int
}
