import CourtstatAnalyses
import CourtstatInference

/// The comparison's tables under DESIGN.md's names.
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

    /// Result rows; with several outcomes each row gets its `outcome` and a Holm-adjusted
    /// p-value (`p_adjusted`, R's p.adjust(method = "holm")) within its term across outcomes.
    public static func resultRows(_ results: [CompareResult]) throws(InferenceError) -> [TidyRow] {
        var adjusted: [String: [Double?]] = [:]
        if results.count > 1 {
            let terms = Set(results.flatMap { $0.results.compactMap(\.term) })
            for term in terms {
                let ps = results.map { r in r.results.first { $0.term == term }?.pValue }
                let present = ps.compactMap { $0 }
                guard !present.isEmpty else { continue }
                var adj = try adjustPValues(present, method: .holm).makeIterator()
                adjusted[term] = ps.map { $0 == nil ? nil : adj.next() }
            }
        }
        return results.enumerated().flatMap { i, r in
            r.results.map { t in
                var row = ColumnGlossary.row(t)
                if results.count > 1 {
                    row.columns.insert((name: "outcome", cell: .text(r.outcome.description)), at: 0)
                    row.columns.append((name: "p_adjusted", cell: .number(t.term.flatMap { adjusted[$0]?[i] } ?? nil)))
                }
                return row
            }
        }
    }
}
