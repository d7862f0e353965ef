import CourtstatInference

/// The rows `power prop` and `power rate` print: what was asked and what it gives.
public enum PowerGlossary {
    /// Two proportions (`proportionPower`): `n` cases per group (given, or the smallest n, not
    /// rounded, that reaches the power), its `power`, and `p1`, `p2`, `sig_level` as given.
    public static func proportionRow(n: Double, power: Double, p1: Double, p2: Double, sigLevel: Double) -> TidyRow {
        TidyRow([("n", .number(n)), ("power", .number(power)), ("p1", .number(p1)), ("p2", .number(p2)),
                 ("sig_level", .number(sigLevel))])
    }

    /// Two rates (`rateRatioPower`): `n` exposure units of group 1 (given or solved for), its
    /// `power`, and `rate1`, `rate2` as given.
    public static func rateRow(n: Double, power: Double, rate1: Double, rate2: Double) -> TidyRow {
        TidyRow([("n", .number(n)), ("power", .number(power)), ("rate1", .number(rate1)), ("rate2", .number(rate2))])
    }
}
