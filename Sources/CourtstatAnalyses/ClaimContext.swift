import CourtstatData

/// What checking claims needs from the layers below: periods parsed from their labels
/// ("2023-H1", "2022", "2023-01-01..2023-06-30") and published figures by id.
public protocol ClaimContext {
    /// The period a label names, or a thrown error saying what was expected.
    func period(_ label: String) throws -> ClaimPeriod
    /// The figure with this id, or nil when the figures file has none.
    func figure(_ id: String) -> FigureOperand?
    /// The file the figures come from (for messages).
    var figuresPath: String { get }
    /// Case-level data to count figures' quantities in, when claims are checked on case data.
    var caseData: CaseTally? { get }
}

extension ClaimContext {
    public var caseData: CaseTally? { nil }
}
