import CourtstatData
import Foundation

/// Claims see periods through the data layer's parser and figures through the figures file.
public struct FiguresClaimContext: ClaimContext {
    public let figures: PublishedFigures
    public var figuresPath: String { figures.file }
    /// When set, counts and shares that figures name are counted in these cases instead.
    public let caseData: CaseTally?

    /// Claims checked on `figures`, and on `caseData` where a claim needs case-level data.
    public init(figures: PublishedFigures, caseData: CaseTally? = nil) { self.figures = figures; self.caseData = caseData }

    /// The period a label names (`2023`, `2023-H1`, `2023-05`, `2023-W12`, a date range).
    public func period(_ label: String) throws -> ClaimPeriod { try ClaimPeriod(parsing: label) }

    /// The published figure with this id, as an operand; nil when the figures file lacks it.
    public func figure(_ id: String) -> FigureOperand? {
        guard let f = figures[id] else { return nil }
        let period = f.period.map { ClaimPeriod(label: Self.label(of: $0), days: $0.days) }
        return FigureOperand(id: f.id, value: f.value, unit: f.unit, qualifier: f.qualifier, metric: f.metric,
                             article: f.article, group: f.group, period: period, sourceURL: f.sourceURL, outlet: f.sourceOutlet, range: f.period)
    }

    /// "2023-H1" for a range that is exactly a year, half, quarter, month or ISO week; else the range.
    public static func label(of period: Period) -> String {
        for unit in [PeriodUnit.year, .half, .quarter, .month, .week] {
            let whole = Period(containing: period.start, unit: unit)
            if whole.start == period.start && whole.end == period.end { return whole.description }
        }
        return "\(period.start)..\(period.end)"
    }
}

extension ClaimPeriod {
    /// The period a label names (2023-H1, 2022, 2023-01-01..2023-06-30), keeping the label.
    public init(parsing label: String) throws(PeriodError) {
        self.init(label: label, days: try Period.parse(label).days)
    }
}
