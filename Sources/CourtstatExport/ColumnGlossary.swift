import CourtstatInference

/// The single place where result fields get their output names (DESIGN.md's vocabulary, after
/// broom's tidy names in snake_case). Every writer takes the names from here.
public enum ColumnGlossary {
    /// The columns of a test row, in output order.
    public static let testColumns = ["term", "estimate", "estimate1", "estimate2", "std_error", "statistic", "df",
                                     "parameter", "p_value", "conf_low", "conf_high", "conf_level", "method",
                                     "alternative", "n", "null_value", "notes"]

    /// A test result as a row with `testColumns`, in that order (missing values as empty cells).
    public static func row(_ r: TestResult) -> TidyRow {
        TidyRow([
            ("term", .text(r.term)), ("estimate", .number(r.estimate)), ("estimate1", .number(r.estimate1)),
            ("estimate2", .number(r.estimate2)), ("std_error", .number(r.stdError)), ("statistic", .number(r.statistic)),
            ("df", .number(r.df)), ("parameter", .number(r.parameter)), ("p_value", .number(r.pValue)),
            ("conf_low", .number(r.confLow)), ("conf_high", .number(r.confHigh)), ("conf_level", .number(r.confLevel)),
            ("method", .text(r.method)), ("alternative", .text(r.alternative?.rawValue)), ("n", .integer(r.n)),
            ("null_value", .number(r.nullValue)), ("notes", .list(r.notes)),
        ])
    }

    /// A result set of one main test row and its related rows.
    public static func resultSet(_ main: TestResult, related: [TestResult] = []) -> ResultSet {
        ResultSet(main: row(main), rows: related.map(row))
    }
}
