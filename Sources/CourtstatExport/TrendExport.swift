import CourtstatAnalyses
import CourtstatData
import CourtstatModels

/// The trend's tables under DESIGN.md's names, its JSON document, and its chart.
public enum TrendExport {
    /// One row per period; with `--complete-through` a last column `status` says `complete` or
    /// `incomplete` (left out of the fit; `fitted` is then a projection).
    public static func seriesRows(_ r: TrendResult) -> [TidyRow] {
        r.series.map { p in
            var row = TidyRow([("period", .text(p.period.description)), ("period_start", .text(p.period.start.description)),
                               ("period_end", .text(p.period.end.description)), ("days", .integer(p.period.days)), ("n", .integer(p.n)),
                               ("fitted", .number(p.fitted)), ("fit_low", .number(p.fitLow)), ("fit_high", .number(p.fitHigh))])
            if r.completeThrough != nil { row.columns.append((name: "status", cell: .text(p.complete ? "complete" : "incomplete"))) }
            return row
        }
    }

    /// Diagnostics of every model, each row with a leading `model` column.
    public static func diagnosticRows(_ r: TrendResult) -> [TidyRow] {
        zip(r.models, r.diagnostics).flatMap { m, tests in
            tests.map { d in
                var row = ModelGlossary.diagnosticRow(d)
                row.columns.insert((name: "model", cell: .text(m.kind.rawValue)), at: 0)
                return row
            }
        }
    }

    /// The trend's derived quantities (growth per period, doubling time, the rate ratio at the
    /// break), one row per quantity and segment, with their intervals.
    public static func derivedRows(_ r: TrendResult) -> [TidyRow] {
        r.derived.map { d in
            var row = ColumnGlossary.row(d.result)
            row.columns.insert((name: "segment", cell: .text(d.segment)), at: 1)
            return row
        }
    }

    /// Term rows of every model, each with a leading `model` column.
    public static func modelRows(_ r: TrendResult) -> [TidyRow] {
        r.models.flatMap { m in
            m.fit.terms.map { t in
                var row = ModelGlossary.termRow(t)
                row.columns.insert((name: "model", cell: .text(m.kind.rawValue)), at: 0)
                return row
            }
        }
    }

    /// {"series": [...], "models": [{"model", "terms", "glance"}], "chosen", "chosen_because",
    /// "overdispersion", "break", "derived": [...], "notes": [...]}.
    public static func json(_ r: TrendResult, periods: [Period], writer: JSONWriter) -> String {
        let models = r.models.indices.map { i in
            let m = r.models[i]
            let diagnostics = i < r.diagnostics.count ? r.diagnostics[i] : []
            return "{\"model\": " + JSONWriter.string(m.kind.rawValue) + ", " + ModelGlossary.jsonMembers(m.fit, writer: writer)
                + ", \"diagnostics\": [" + diagnostics.map { writer.object(ModelGlossary.diagnosticRow($0)) }.joined(separator: ", ") + "]}"
        }
        var breakObject = "null"
        if let k = r.breakIndex {
            var members = ["\"period\": " + JSONWriter.string(periods[k].description),
                           "\"index\": \(k)", "\"estimated\": \(r.breakEstimate != nil || r.breaksEstimate != nil)"]
            if let e = r.breakEstimate {
                members.append("\"conf_low\": " + JSONWriter.string(periods[e.confLow].description))
                members.append("\"conf_high\": " + JSONWriter.string(periods[e.confHigh].description))
                members.append("\"method\": " + JSONWriter.string(e.method))
            }
            breakObject = "{" + members.joined(separator: ", ") + "}"
        }
        // Every break (one object per break; the first is also "break" above).
        let breaks = r.breakIndices.enumerated().map { j, k -> String in
            var members = ["\"period\": " + JSONWriter.string(periods[k].description), "\"index\": \(k)",
                           "\"terms\": " + writer.value(.list([SegmentedRegression.breakTermNames(j + 1).level,
                                                                 SegmentedRegression.breakTermNames(j + 1).slope]))]
            if let e = r.breaksEstimate, j < e.confidenceSets.count {
                members.append("\"likelihood_ratio_set\": " + writer.value(.list(e.confidenceSets[j].map { periods[$0].description })))
            } else if let e = r.breakEstimate {
                members.append("\"likelihood_ratio_set\": " + writer.value(.list(e.confidenceSet.map { periods[$0].description })))
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
        var search = "null"
        if let e = r.breaksEstimate {
            search = "{\"method\": " + JSONWriter.string(e.method) + ", \"candidates\": ["
                + e.candidates.map { c in
                    "{" + (["\"breaks\": " + writer.value(.list(c.breaks.map { periods[$0].description }))]
                        + writer.members(of: TidyRow([("log_lik", .number(c.logLik)), ("bic", .number(c.bic))]))).joined(separator: ", ") + "}"
                }.joined(separator: ", ") + "]}"
        }
        var lackOfFit = "null"
        if let l = r.lackOfFit {
            lackOfFit = writer.object(TidyRow([
                ("first", .text(l.first.description)), ("last", .text(l.last.description)), ("periods", .integer(l.periods)),
                ("observed", .number(l.observed)), ("expected", .number(l.expected)), ("relative", .number(l.relative)),
                ("z", .number(l.z)), ("above", .integer(l.above)), ("below", .integer(l.below)),
                ("sign_p_value", .number(l.signPValue)), ("flagged", .text(l.flagged ? "yes" : "no"))]))
        }
        return "{\"series\": [" + seriesRows(r).map(writer.object).joined(separator: ", ") + "], "
            + "\"models\": [" + models.joined(separator: ", ") + "], "
            + "\"chosen\": " + JSONWriter.string(r.chosen.rawValue) + ", "
            + "\"chosen_because\": " + JSONWriter.string(r.chosenBecause) + ", "
            + "\"overdispersion\": " + writer.object(ColumnGlossary.row(r.overdispersion)) + ", "
            + "\"break\": " + breakObject + ", "
            + "\"breaks\": [" + breaks.joined(separator: ", ") + "], "
            + "\"break_search\": " + search + ", "
            + "\"season\": " + JSONWriter.string(r.season.description) + ", "
            + "\"se\": " + JSONWriter.string(r.hacLag == nil ? "model" : "hac") + ", "
            + "\"hac_lag\": " + (r.hacLag.map(String.init) ?? "null") + ", "
            + "\"complete_through\": " + (r.completeThrough.map { JSONWriter.string($0.description) } ?? "null") + ", "
            + "\"exposure\": " + JSONWriter.string(r.exposureName ?? "days") + ", "
            + "\"lack_of_fit\": " + lackOfFit + ", "
            + "\"derived\": [" + derivedRows(r).map(writer.object).joined(separator: ", ") + "], "
            + "\"notes\": " + writer.value(.list(r.notes)) + "}\n"
    }

    /// Counts per period with the chosen model's fit and band, the breaks marked with their event
    /// and date. A first or last period that the data cover only in part is drawn apart as an open
    /// marker (`n_partial`), and the fit and band leave it out: its expected count is for the days
    /// covered, and drawn on the line it would look like a collapse of the trend at the edges of
    /// the data. Periods after `--complete-through` (left out of the fit) are open markers too
    /// (`n_incomplete`). A note says what the open markers are, and where the fit misses the last
    /// periods (the lack-of-fit check), by how much.
    public static func chart(_ r: TrendResult, name: String, title: String, frame: ChartFrame = ChartFrame(),
                             unit: String = "week") -> (GnuplotData, GnuplotScript) {
        let anyIncomplete = r.series.contains { !$0.complete }
        let rows = r.series.map { p -> [Cell] in
            let incomplete = !p.complete
            let apart = p.isPartial || incomplete
            var row: [Cell] = [.text(p.period.start.description), .integer(apart ? nil : p.n),
                               .number(apart ? nil : p.fitted), .number(apart ? nil : p.fitLow), .number(apart ? nil : p.fitHigh),
                               .integer(p.isPartial && !incomplete ? p.n : nil)]
            if anyIncomplete { row.append(.integer(incomplete ? p.n : nil)) }
            return row
        }
        var columns = ["period_start", "n", "fitted", "fit_low", "fit_high", "n_partial"]
        if anyIncomplete { columns.append("n_incomplete") }
        let data = GnuplotData(
            columns: columns,
            datasets: [(label: "counts per period and the \(r.chosen.rawValue) fit; n_partial: a period the data cover in part"
                        + (anyIncomplete ? "; n_incomplete: after the complete-through date, left out of the fit" : ""), rows: rows)])
        var layers: [GnuplotScript.Layer] = [
            .band(index: 0, x: "period_start", low: "fit_low", high: "fit_high", title: "95% band of the fitted trend"),
            .points(index: 0, x: "period_start", y: "n", title: "cases received in the \(unit)"),
            .line(index: 0, x: "period_start", y: "fitted", title: "fitted \(ChartWords.model(r.chosen))"),
        ]
        var colors = [OkabeIto.skyBlue, OkabeIto.blue, OkabeIto.vermillion]
        var notes: [String] = []
        if r.series.contains(where: { $0.isPartial && $0.complete }) {
            layers.append(.openPoints(index: 0, x: "period_start", y: "n_partial", title: "\(unit) covered only in part (not fitted)"))
            colors.append(OkabeIto.orange)
        }
        if anyIncomplete {
            layers.append(.openPoints(index: 0, x: "period_start", y: "n_incomplete", title: "incomplete \(unit) (not fitted)"))
            colors.append(OkabeIto.reddishPurple)
        }
        if layers.count > 3 {
            notes.append("Open circles: \(unit)s the data cover only in part; their counts are not comparable with full \(unit)s and are left out of the fit.")
        }
        if let lack = r.lackOfFit, lack.flagged {
            let verb = lack.expected > lack.observed ? "above" : "below"
            notes.append("The fitted line runs \(verb) the counts of \(lack.first) to \(lack.last): \(ReadableNumber.count(lack.expected)) expected, "
                         + "\(ReadableNumber.count(lack.observed)) received (\(ReadableNumber.percent(abs(lack.relative))) \(lack.expected > lack.observed ? "too high" : "too low")).")
        }
        var script = GnuplotScript(name: name, title: title, xLabel: "\(unit) the case was received",
                                   yLabel: "cases received per \(unit)", timeAxis: true, layers: layers)
        script.colors = colors
        script.notes = notes
        script.yFrom = 0
        let estimated = r.breakEstimate != nil || r.breaksEstimate != nil
        script.markers = ChartWords.breakMarkers(r.breakIndices, periods: r.series.map(\.period), estimated: estimated)
        if let first = r.series.first, let last = r.series.last {
            frame.apply(to: &script, period: "cases by \(unit) received, \(first.period) to \(last.period)")
        }
        return (data, script)
    }

    /// The residual pattern of the chosen fit: Pearson residuals (y − μ̂)/√V(μ̂) of every fitted
    /// period, a zero line, and their centred moving average over `window` periods (a run of
    /// residuals on one side shows where the fit misses the shape of the series).
    public static func residualChart(_ r: TrendResult, name: String, title: String, window: Int = 13,
                                     frame: ChartFrame = ChartFrame(), unit: String = "week") -> (GnuplotData, GnuplotScript)? {
        guard let fit = r.models.first(where: { $0.kind == r.chosen })?.fit else { return nil }
        let fitted = r.series.filter(\.complete)
        guard let residuals = try? ModelDiagnostics.pearsonResiduals(fit, y: fitted.map { Double($0.n) }) else { return nil }
        let half = window / 2
        let rows = fitted.indices.map { i -> [Cell] in
            let lo = i - half, hi = i + half
            let average: Double? = lo >= 0 && hi < residuals.count ? residuals[lo...hi].reduce(0, +) / Double(window) : nil
            return [.text(fitted[i].period.start.description), .number(residuals[i]), .number(0), .number(average)]
        }
        let data = GnuplotData(columns: ["period_start", "pearson_residual", "zero", "moving_average"],
                               datasets: [(label: "Pearson residuals of the \(r.chosen.rawValue) fit; moving_average over \(window) periods", rows: rows)])
        var script = GnuplotScript(name: name, title: title, xLabel: "\(unit) the case was received",
                                   yLabel: "Pearson residual (standard deviations)", timeAxis: true, layers: [
            .points(index: 0, x: "period_start", y: "pearson_residual", title: "residual of the week"),
            .line(index: 0, x: "period_start", y: "moving_average", title: "\(window)-\(unit) moving average"),
            .line(index: 0, x: "period_start", y: "zero", title: "the fitted trend (zero)"),
        ])
        script.colors = [OkabeIto.blue, OkabeIto.vermillion, OkabeIto.black]
        script.keyPosition = "tmargin left horizontal"    // residuals fill the plot, the break labels its top
        script.notes = ["Residual: (cases received - fitted) / standard deviation; above zero, more cases than the trend expects.",
                        "A run of residuals on one side shows where the trend misses the shape of the series."]
        let estimated = r.breakEstimate != nil || r.breaksEstimate != nil
        script.markers = ChartWords.breakMarkers(r.breakIndices, periods: r.series.map(\.period), estimated: estimated)
        if let first = fitted.first, let last = fitted.last {
            frame.apply(to: &script, period: "fitted \(unit)s \(first.period) to \(last.period)")
        }
        return (data, script)
    }
}
