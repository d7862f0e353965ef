import CourtstatNumerics

/// Pearson's chi-square test; agrees with R's `chisq.test`.
/// - A table of r ≥ 2 rows and c ≥ 2 columns: test of independence, expected counts
///   row total × column total / n, df = (r − 1)(c − 1). Yates' continuity correction
///   (min(0.5, |O − E|) subtracted from every |O − E|) only for a 2x2 table and only when
///   `correct`, as R.
/// - One row, or one column, of k ≥ 2 counts: goodness of fit to equal probabilities,
///   df = k − 1 (R turns a matrix with one row or one column into a vector alike).
/// - p_value: the upper chi-square tail. notes carry R's warning when an expected count is < 5.
/// - estimate and interval are nil; `n` is the grand total.
public func chiSquareTest(table given: [[Int]], correct: Bool = true) throws(InferenceError) -> TestResult {
    // R's chisq.test: `if (min(dim(x)) == 1L) x <- as.vector(x)`, so a one-column table is the
    // same goodness-of-fit test as a one-row table. It was refused here for want of 2 columns
    // (issue 19); it is read as the row it transposes to.
    let table = given.count > 1 && given.allSatisfy({ $0.count == 1 }) ? [given.map { $0[0] }] : given
    guard let columns = table.first?.count, !table.isEmpty else {
        throw .invalidArgument(parameter: "table", expected: "at least one row of counts", found: "nothing")
    }
    for (i, row) in table.enumerated() {
        guard row.count == columns else {
            throw .invalidArgument(parameter: "table", expected: "every row with \(columns) cells like row 1", found: "\(row.count) cells in row \(i + 1)")
        }
        if let bad = row.first(where: { $0 < 0 }) {
            throw .invalidArgument(parameter: "table", expected: "counts ≥ 0", found: "\(bad) in row \(i + 1)")
        }
    }
    guard columns >= 2 else {
        throw .invalidArgument(parameter: "table", expected: "at least 2 cells (2 columns, or one column of 2 rows)",
                               found: "\(columns) column(s) in \(table.count) row(s)")
    }
    let total = Double(table.joined().reduce(0, +))
    guard total > 0 else { throw .undefined(parameter: "table", reason: "every count is 0; the test is undefined") }

    var observed: [Double] = [], expected: [Double] = []
    let df: Double
    var method: String
    var yates = 0.0
    if table.count == 1 {
        observed = table[0].map(Double.init)
        expected = Array(repeating: total / Double(columns), count: columns)
        df = Double(columns - 1)
        method = "Chi-squared test for given probabilities"
    } else {
        let rowTotals = table.map { Double($0.reduce(0, +)) }
        let columnTotals = (0..<columns).map { j in Double(table.reduce(0) { $0 + $1[j] }) }
        if let i = rowTotals.firstIndex(of: 0) {
            throw .undefined(parameter: "table", reason: "row \(i + 1) sums to 0; every row and column needs a positive total")
        }
        if let j = columnTotals.firstIndex(of: 0) {
            throw .undefined(parameter: "table", reason: "column \(j + 1) sums to 0; every row and column needs a positive total")
        }
        for (i, row) in table.enumerated() {
            for (j, cell) in row.enumerated() {
                observed.append(Double(cell))
                expected.append(rowTotals[i] * columnTotals[j] / total)
            }
        }
        df = Double((table.count - 1) * (columns - 1))
        method = "Pearson's Chi-squared test"
        if correct && table.count == 2 && columns == 2 {
            yates = min(0.5, zip(observed, expected).map { abs($0 - $1) }.min()!)
            if yates > 0 { method += " with Yates' continuity correction" }
        }
    }
    var statistic = 0.0
    for (o, e) in zip(observed, expected) {
        let dev = abs(o - e) - yates
        statistic += dev * dev / e
    }
    let pValue = try numerics { () throws(NumericsError) in try ChiSquared.cdf(statistic, df: df, lowerTail: false) }
    let small = expected.contains { $0 < 5 }
    let warnings = small ? [RWarning.chiSquaredApproximation] : []
    return TestResult(statistic: statistic, df: df, pValue: pValue, method: method, n: Int(total),
                      notes: warnings, warnings: warnings)
}
