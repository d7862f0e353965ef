import CourtstatData

/// One case as the comparison sees it: which group it belongs to, how it ended, and what the
/// strata and covariates need.
public struct CompareCase: Sendable {
    /// true for group a, false for group b.
    public var inA: Bool
    public var sentence: SentenceType?
    public var months: Double?
    public var date: CivilDate
    public var court: String
    public var part: String
    /// One convicted case of group a (`inA`) or b, with what the comparison reads of it.
    public init(inA: Bool, sentence: SentenceType?, months: Double?, date: CivilDate, court: String, part: String) {
        self.inA = inA; self.sentence = sentence; self.months = months; self.date = date; self.court = court; self.part = part
    }
}
