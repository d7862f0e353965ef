import CourtstatInference

/// The rows `test p-adjust` prints for p-values adjusted by `adjustPValues`.
public enum PValueGlossary {
    /// One row per p-value in the given order: `term` p1, p2, …, the `p_value` as given, its
    /// `p_adjusted` and the `method`; with `summary` (JSON), a main row of `method` and `n`.
    /// `adjusted` holds one value per p-value (as `adjustPValues` returns them).
    public static func resultSet(pValues: [Double], adjusted: [Double], method: PAdjustMethod, summary: Bool) -> ResultSet {
        precondition(pValues.count == adjusted.count, "one adjusted p-value per p-value")
        let rows = pValues.indices.map { i in
            TidyRow([("term", .text("p\(i + 1)")), ("p_value", .number(pValues[i])), ("p_adjusted", .number(adjusted[i])),
                     ("method", .text(method.rawValue))])
        }
        let main = summary ? TidyRow([("method", .text(method.rawValue)), ("n", .integer(pValues.count))]) : nil
        return ResultSet(main: main, rows: rows)
    }
}
