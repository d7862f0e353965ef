import CourtstatData

/// A published figure as a claim operand: its value with the period it covers, and what the
/// notes must say about it (qualifier, source, definition).
public struct FigureOperand: Sendable, Equatable {
    public var id: String
    public var value: Double
    public var unit: String
    /// How the source words the figure (exact, about, at least, more than, or derived from a ratio).
    public var qualifier: FigureQualifier
    public var metric: String
    public var article: String
    public var group: String
    public var period: ClaimPeriod?
    /// The exact range of the period, for counting in case data.
    public var range: Period?
    public var sourceURL: String
    public var outlet: String

    /// A published figure as a claim operand, with what it counts and how the source words it.
    public init(id: String, value: Double, unit: String, qualifier: FigureQualifier, metric: String, article: String, group: String,
                period: ClaimPeriod?, sourceURL: String, outlet: String, range: Period? = nil) {
        self.range = range
        self.id = id; self.value = value; self.unit = unit; self.qualifier = qualifier; self.metric = metric
        self.article = article; self.group = group; self.period = period; self.sourceURL = sourceURL; self.outlet = outlet
    }
}
