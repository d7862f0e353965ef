/// The texts of the warnings R gives with the results this layer reproduces. A result carries
/// them in both `notes` (what is printed with the result) and `warnings` (what a command line
/// also shows on standard error), so no caller has to tell a warning from a remark by its words.
public enum RWarning {
    /// chisq.test and prop.test: an expected count below 5 makes the chi-squared approximation
    /// of the statistic's distribution doubtful.
    public static let chiSquaredApproximation = "Chi-squared approximation may be incorrect (an expected count is below 5)"

    /// wilcox.test: exact p-values were asked for (or are the default) but the samples have ties,
    /// so the normal approximation was used.
    public static let noExactPValueWithTies = "cannot compute exact p-value with ties; normal approximation used"

    /// wilcox.test, exact interval: the requested level cannot be reached with the discrete
    /// distribution; `level` is the level of the interval reported instead.
    public static func confLevelNotAchievable(_ level: Double) -> String {
        "requested conf.level not achievable; the interval's level is \(level)"
    }
}
