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
                           "\"index\": \(k)", "\"estimated\": \(r.breakEstimate != nil)"]
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

    /// Counts per period with the chosen model's fit and band, the break marked. A first or last
    /// period that the data cover only in part is drawn apart (`n_partial`), and the fit and band
    /// leave it out: its expected count is for the days covered, and drawn on the line it would
    /// look like a collapse of the trend at the edges of the data.
    public static func chart(_ r: TrendResult, name: String, title: String) -> (GnuplotData, GnuplotScript) {
        let rows = r.series.map { p -> [Cell] in
            let partial = p.isPartial
            return [.text(p.period.start.description), .integer(partial ? nil : p.n),
                    .number(partial ? nil : p.fitted), .number(partial ? nil : p.fitLow), .number(partial ? nil : p.fitHigh),
                    .integer(partial ? p.n : nil)]
        }
        let data = GnuplotData(
            columns: ["period_start", "n", "fitted", "fit_low", "fit_high", "n_partial"],
            datasets: [(label: "counts per period and the \(r.chosen.rawValue) fit; n_partial: a period the data cover in part", rows: rows)])
        var layers: [GnuplotScript.Layer] = [
            .band(index: 0, x: "period_start", low: "fit_low", high: "fit_high", title: "95% band of the fit"),
            .points(index: 0, x: "period_start", y: "n", title: "cases"),
            .line(index: 0, x: "period_start", y: "fitted", title: "\(r.chosen.rawValue) trend"),
        ]
        if r.series.contains(where: \.isPartial) {
            layers.append(.points(index: 0, x: "period_start", y: "n_partial", title: "cases, partial period"))
        }
        var script = GnuplotScript(name: name, title: title, xLabel: "period start", yLabel: "cases per period", timeAxis: true,
                                   layers: layers)
        script.yFrom = 0
        if let k = r.breakIndex {
            script.markers = [(x: r.series[k].period.start.description, label: r.breakEstimate == nil ? "break" : "estimated break")]
        }
        return (data, script)
    }
}
