import CourtstatData
import CourtstatInference

extension ClaimChecker {
    /// "Cases keep growing": the growth per period of a log-linear trend (no break) of the cases
    /// of `article` received between `from` and `to`, counted `by` week or month; the claimed
    /// region is growth > 0 (`growing = true`, the default) or < 0 (`growing = false`). The model
    /// is the one the over-dispersion test chooses (see `TrendAnalysis`).
    func checkTrendClaim(id: String, reader: TableReader, tally: CaseTally, confLevel: Double,
                         notes extra: [String]) throws(ClaimError) -> ClaimResult {
        let article = try reader.optionalString("article")
        let by = try reader.optionalString("by") ?? "week"
        guard by == "week" || by == "month" else { throw reader.error("by", "expected week or month, found '\(by)'") }
        let unit: PeriodUnit = by == "week" ? .week : .month
        guard let span = tally.receivedSpan else { throw reader.notEvaluable("kind", "the case data hold no case") }
        let from = try reader.date("from") ?? span.0, to = try reader.date("to") ?? span.1
        guard from <= to else { throw reader.error("to", "expected a date on or after from (\(from)), found \(to)") }
        var growing = true
        if case .bool(let g)? = table(reader)["growing"]?.value { growing = g }
        let periods = Period(containing: from, unit: unit).through(to)
        var counts = [Int](repeating: 0, count: periods.count)
        for c in tally.cases where (article == nil || c.article == article) && c.received >= from && c.received <= to {
            // Periods are consecutive: find by binary search on start days.
            var lo = 0, hi = periods.count - 1
            while lo < hi { let mid = (lo + hi + 1) / 2; if periods[mid].start.dayNumber <= c.received.dayNumber { lo = mid } else { hi = mid - 1 } }
            counts[lo] += 1
        }
        let trend: TrendResult
        do { trend = try TrendAnalysis.analyze(periods: periods, counts: counts, breakChoice: .none, confLevel: confLevel) }
        catch { throw reader.error("kind", "the trend cannot be fitted: \(error)") }
        guard let growth = trend.derived.first(where: { $0.result.term == "growth_per_period" })?.result else {
            throw reader.error("kind", "the trend gave no growth rate")
        }
        let region: ClaimRegion = growing ? .moreThan(0) : .lessThan(0)
        let verdict = region.verdict(low: growth.confLow!, high: growth.confHigh!)
        let slope = trend.models.first { $0.kind == trend.chosen }?.fit.terms.first { $0.term == "time" }
        return ClaimResult(claim: id, kind: .trend, verdict: verdict, estimate: growth.estimate, confLow: growth.confLow,
                           confHigh: growth.confHigh, confLevel: confLevel, pValue: slope?.pValue,
                           method: "growth per \(by) of cases\(article.map { " under article \($0)" } ?? "") received \(from)..\(to) is \(growing ? "above" : "below") 0: \(trend.chosen.rawValue) log-linear trend (\(trend.chosenBecause)); p: Wald test of the time coefficient",
                           notes: extra + ["on case data (\(tally.file)): \(counts.reduce(0, +)) cases in \(periods.count) \(by)s"] + trend.notes)
    }

    private func table(_ reader: TableReader) -> [String: (value: ClaimValue, line: Int)] { reader.table.entries }
}
