import CourtstatAnalyses

/// Output names of a claim row (DESIGN.md): claim, kind, verdict, estimate, conf_low, conf_high,
/// conf_level, p_value, method, notes, tipping_point.
public enum ClaimGlossary {
    /// A checked claim as DESIGN.md's claim row (claim, kind, verdict, estimate, interval, p-value,
    /// method, notes, tipping point).
    public static func row(_ r: ClaimResult) -> TidyRow {
        TidyRow([
            ("claim", .text(r.claim)), ("kind", .text(r.kind.rawValue)), ("verdict", .text(r.verdict.rawValue)),
            ("estimate", .number(r.estimate)), ("conf_low", .number(r.confLow)), ("conf_high", .number(r.confHigh)),
            ("conf_level", .number(r.confLevel)), ("p_value", .number(r.pValue)), ("method", .text(r.method)),
            ("notes", .list(r.notes)), ("tipping_point", .number(r.tippingPoint)),
        ])
    }
}
