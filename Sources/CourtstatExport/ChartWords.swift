import CourtstatAnalyses
import CourtstatData
import CourtstatModels

/// The words charts and prose use for the data's codes: one spelling ("mobilised") in words,
/// the data's values ("mobilized") only in tables.
public enum ChartWords {
    /// A defendant_status value in words: mobilized → "mobilised", contract → "contract soldiers".
    public static func group(_ value: String) -> String {
        switch value {
        case "mobilized": "mobilised"
        case "contract": "contract soldiers"
        case "conscript": "conscripts"
        case "volunteer": "volunteers"
        default: value
        }
    }

    /// A group with its size: "mobilised (n = 5,804)".
    public static func group(_ value: String, n: Int) -> String {
        "\(group(value)) (n = \(ReadableNumber.count(n)))"
    }

    /// The fitted model in words.
    public static func model(_ kind: ModelKind) -> String {
        switch kind {
        case .ols: "linear trend"
        case .poisson: "Poisson trend"
        case .quasipoisson: "quasi-Poisson trend"
        case .negbin: "negative binomial trend"
        case .logistic: "logistic fit"
        }
    }

    /// A break's label: its event and date when the break's period holds the mobilisation decree,
    /// otherwise "break (estimated), week of 2023-05-01" or "break, week of …".
    public static func breakLabel(_ period: Period, estimated: Bool) -> String {
        if period.contains(TrendBreak.mobilisationDecree) { return "mobilisation decree, 21 Sep 2022" }
        return (estimated ? "break (estimated), " : "break, ") + "week of \(date(period.start))"
    }

    /// "21 Sep 2022".
    public static func date(_ d: CivilDate) -> String {
        let (y, m, day) = d.components
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(day) \(months[m - 1]) \(y)"
    }

    /// Break markers for a chart of `series` periods: event and date, labels of breaks in the
    /// last quarter of the series on the line's left.
    public static func breakMarkers(_ indices: [Int], periods: [Period], estimated: Bool) -> [(x: String, label: String, leftOfLine: Bool)] {
        indices.map { k in
            (x: periods[k].start.description, label: breakLabel(periods[k], estimated: estimated), leftOfLine: k * 4 > periods.count * 3)
        }
    }
}
