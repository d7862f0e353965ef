import CourtstatInference

extension CompareAnalysis {
    /// Holm-adjusted p-values for several outcomes compared between the same two groups (e.g.
    /// custodial and suspended): each term (`risk_ratio`, `odds_ratio`, `chisq`, …) is one family,
    /// adjusted across the outcomes by Holm's (1979) step-down method, which controls the
    /// family-wise error rate; the values are `adjustPValues(_:method: .holm)`'s, which agree with
    /// R's `p.adjust(p, method = "holm")`.
    ///
    /// Returns one array per result, in the order given, with one entry per row of that result's
    /// `results`: the adjusted p-value of the row's term for that outcome (the p-value of the
    /// outcome's first row with the term), or nil for a row without a term or an outcome whose
    /// row has no p-value. With one outcome there is nothing to adjust across and every entry is nil.
    /// Throws when a p-value lies outside [0, 1].
    public static func holmAdjustedPValues(_ results: [CompareResult]) throws(InferenceError) -> [[Double?]] {
        guard results.count > 1 else { return results.map { r in r.results.map { _ in nil } } }
        var adjusted: [String: [Double?]] = [:]
        let terms = Set(results.flatMap { $0.results.compactMap(\.term) }).sorted()
        for term in terms {
            let ps = results.map { r in r.results.first { $0.term == term }?.pValue }
            let present = ps.compactMap { $0 }
            guard !present.isEmpty else { continue }
            var adj = try adjustPValues(present, method: .holm).makeIterator()
            adjusted[term] = ps.map { $0 == nil ? nil : adj.next() }
        }
        return results.indices.map { i in
            results[i].results.map { t in t.term.flatMap { adjusted[$0]?[i] } ?? nil }
        }
    }
}
