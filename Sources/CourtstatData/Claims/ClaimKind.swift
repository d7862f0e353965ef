/// What a claim asserts, as a claims file's `kind` and a claim row's `kind` column name it
/// (DESIGN.md, Claims).
public enum ClaimKind: String, CaseIterable, Sendable {
    /// Count a over its period against count b over its: the ratio of the two rates per day.
    case ratio
    /// A count over a period as a rate per day, week, month or year.
    case rate
    /// x of n: a proportion.
    case share
    /// Two rates per day the same within a relative margin (equivalence of their ratio to 1).
    case same
    /// Share a above share b: the difference of two proportions is above 0.
    case greater
    /// Cases keep growing (or falling): the growth per period of a log-linear trend in case data.
    case trend
}
