/// A period as a claim needs it: its label ("2023-H1") and its length in days.
public struct ClaimPeriod: Sendable, Equatable {
    public var label: String
    public var days: Int
    /// A period as given: its label and its length in days.
    public init(label: String, days: Int) { self.label = label; self.days = days }

    /// "a half-year", "a full year", "a quarter", "a month", "a week", or "N days".
    public var lengthWords: String {
        switch days {
        case 365, 366: "a full year"
        case 181...184: "a half-year"
        case 90...92: "a quarter"
        case 28...31: "a month"
        case 7: "a week"
        default: "\(days) days"
        }
    }
}
