/// The alternative hypothesis, with R's spelling (`"two.sided"`, `"less"`, `"greater"`).
public enum Alternative: String, Sendable, CaseIterable, Codable {
    case twoSided = "two.sided"
    case less
    case greater
}

/// One tidy row of a hypothesis test or interval, under broom's column names (DESIGN.md).
/// The function that makes it documents what each number means; `nil` means R reports
/// nothing there (an empty CSV cell, JSON `null`).
public struct TestResult: Sendable, Equatable {
    /// Names the row when a command prints several (`share_a`, `risk_ratio`, …).
    public var term: String?
    /// The quantity the interval is about (a proportion, a difference, a ratio, a shift).
    public var estimate: Double?
    /// R's two estimates where it reports two (the groups' proportions or means).
    public var estimate1: Double?
    public var estimate2: Double?
    public var stdError: Double?
    public var statistic: Double?
    /// Degrees of freedom, when the statistic's reference distribution has them.
    public var df: Double?
    /// R's `parameter` when it is not degrees of freedom (trials, time base, expected count).
    public var parameter: Double?
    public var pValue: Double?
    public var confLow: Double?
    public var confHigh: Double?
    /// The level of the reported interval (for an equivalence test, 1 − 2α).
    public var confLevel: Double?
    /// R's method string (trimmed), or the name of the method where R has no function.
    public var method: String
    public var alternative: Alternative?
    /// The number of observations or trials the row rests on.
    public var n: Int?
    /// The value of the estimate under the null hypothesis (R's `null.value`).
    public var nullValue: Double?
    /// Plain-language warnings and remarks (R's warnings, undefined parts).
    public var notes: [String]
    /// Those of `notes` that R gives as warnings: an approximation that may be poor, an exact
    /// method or a confidence level that could not be had. A command line shows them on
    /// standard error as well; the other notes are remarks on the result.
    public var warnings: [String]

    /// A result with the given values; those not given are missing (NA in the output).
    public init(term: String? = nil, estimate: Double? = nil, estimate1: Double? = nil, estimate2: Double? = nil,
                stdError: Double? = nil, statistic: Double? = nil, df: Double? = nil, parameter: Double? = nil,
                pValue: Double? = nil, confLow: Double? = nil, confHigh: Double? = nil, confLevel: Double? = nil,
                method: String, alternative: Alternative? = nil, n: Int? = nil, nullValue: Double? = nil,
                notes: [String] = [], warnings: [String] = []) {
        self.term = term; self.estimate = estimate; self.estimate1 = estimate1; self.estimate2 = estimate2
        self.stdError = stdError; self.statistic = statistic; self.df = df; self.parameter = parameter
        self.pValue = pValue; self.confLow = confLow; self.confHigh = confHigh; self.confLevel = confLevel
        self.method = method; self.alternative = alternative; self.n = n; self.nullValue = nullValue
        self.notes = notes; self.warnings = warnings
    }

    /// The same row with its `term` set.
    public func named(_ term: String) -> TestResult { var r = self; r.term = term; return r }
}
