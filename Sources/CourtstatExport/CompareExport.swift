import CourtstatAnalyses
import CourtstatInference

/// The comparison's tables under DESIGN.md's names. Formatting only: the numbers come from
/// `CompareAnalysis` (the Holm adjustment from `CompareAnalysis.holmAdjustedPValues`).
public enum CompareExport {
    /// {group, convicted, <outcome>, excluded} per group (the outcome column is named after it:
    /// `custodial` by default), with an `outcome` column first when several outcomes are compared.
    public static func groupRows(_ results: [CompareResult]) -> [TidyRow] {
        results.flatMap { r in
            r.groups.map { g in
                var columns: [(String, Cell)] = [("group", .text(g.name)), ("convicted", .integer(g.convicted)),
                                                 (r.outcome.description, .integer(g.withOutcome)), ("excluded", .integer(g.excluded))]
                if results.count > 1 { columns.insert(("outcome", .text(r.outcome.description)), at: 0) }
                return TidyRow(columns)
            }
        }
    }

    /// Result rows; with several outcomes each row gets its `outcome` first and, last, its
    /// Holm-adjusted p-value (`p_adjusted`, R's p.adjust(method = "holm") within its term across
    /// outcomes) taken from `pAdjusted`, as `CompareAnalysis.holmAdjustedPValues(results)` gives
    /// it: one array per result, one entry per row (a row without an entry is left empty; with one
    /// outcome there is no such column and `pAdjusted` may be empty).
    public static func resultRows(_ results: [CompareResult], pAdjusted: [[Double?]]) -> [TidyRow] {
        results.enumerated().flatMap { i, r in
            r.results.enumerated().map { j, t in
                var row = ColumnGlossary.row(t)
                if results.count > 1 {
                    row.columns.insert((name: "outcome", cell: .text(r.outcome.description)), at: 0)
                    let p = pAdjusted.indices.contains(i) && pAdjusted[i].indices.contains(j) ? pAdjusted[i][j] : nil
                    row.columns.append((name: "p_adjusted", cell: .number(p)))
                }
                return row
            }
        }
    }

    /// `resultRows(_:pAdjusted:)` with the Holm adjustment of `CompareAnalysis.holmAdjustedPValues`,
    /// for callers that hold only the results (`courtstat compare`). Throws when a p-value lies
    /// outside [0, 1].
    public static func resultRows(_ results: [CompareResult]) throws(InferenceError) -> [TidyRow] {
        resultRows(results, pAdjusted: try CompareAnalysis.holmAdjustedPValues(results))
    }
}
