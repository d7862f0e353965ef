/// The unit of a rate claim: a week is 7 days, a month 365.25/12, a year 365.25 (DESIGN.md).
public enum RateUnit: String, Sendable, CaseIterable {
    case day, week, month, year
    /// The days in one unit.
    public var days: Double {
        switch self { case .day: 1; case .week: 7; case .month: 365.25 / 12; case .year: 365.25 }
    }
}
