import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatModels

/// The report's trend section from a chosen model (`TrendChoice`): why that model, its
/// diagnostics in sentences, growth and doubling time per segment, and the lack-of-fit check.
enum ReportTrendSection {
    typealias M = ReportMarkdown

    static func lines(_ c: TrendChoice, articles: [String] = ["337"], label: String = "synthetic data") -> [String] {
        let t = c.result, periods = c.periods
        let what = articles == ["337"] ? "AWOL cases (Art. 337)" : "cases (Art. \(articles.joined(separator: ", ")))"
        var lines = ["## Weekly \(what) — \(label)", "", "![weekly cases with the fitted trend](trend.png)", ""]
        let total = t.series.reduce(0) { $0 + $1.n }
        lines.append("The \(label) hold \(ReadableNumber.count(total)) Art. \(articles.joined(separator: ", ")) cases received over \(t.series.count) ISO weeks, \(periods.first!.description) to \(periods.last!.description).")
        let partial = t.series.filter { $0.isPartial && $0.complete }
        if !partial.isEmpty {
            let which = partial.map { "\($0.period.description) (\($0.exposureDays) of \($0.period.days) days)" }.joined(separator: " and ")
            lines.append("The data cover \(which) only in part: the chart draws \(partial.count == 1 ? "that week" : "those weeks") apart and the fit counts only the days covered there.")
        }
        if let reason = c.completeThroughReason {
            lines.append("Complete through \(c.completeThrough!): \(reason). Incomplete weeks are drawn as open circles.")
        }
        lines += ["", "**How the model was chosen.**"]
        for reason in c.reasons { lines.append("- " + capitalised(reason) + ".") }
        lines.append("")
        lines.append("Family: \(t.chosenBecause). The over-dispersion test: \(t.overdispersion.method), LR = \(M.n(t.overdispersion.statistic)), \(M.p(t.overdispersion.pValue)).")
        let breaks = t.breakIndices.map { periods[$0].description }
        if !breaks.isEmpty {
            lines.append("Breaks: " + breaks.enumerated().map { j, p in
                j == 0 ? "\(p) (the week of the mobilisation decree of 21 September 2022)" : "\(p) (placed by profile likelihood)"
            }.joined(separator: "; ") + ". Each adds a change of level and of slope (terms "
                + t.breakIndices.indices.map { j in let n = SegmentedRegression.breakTermNames(j + 1); return "\(n.level), \(n.slope)" }.joined(separator: "; ") + ").")
        }
        if t.season != .none { lines.append("Seasonal terms: \(t.season) (period 52.18 weeks).") }
        if let lag = t.hacLag { lines.append("Standard errors, intervals and p-values are Newey–West (HAC, lag \(lag)); the model-based standard errors are in the table's last column.") }

        // Growth and doubling per segment.
        let m = t.series.filter(\.complete).count
        let bounds = [0] + t.breakIndices + [m]
        func span(_ segment: String) -> String {
            let b = t.breakIndices.count
            for s in 0...b where TrendAnalysis.segmentName(s, breaks: b) == segment {
                return "\(periods[bounds[s]])–\(periods[bounds[s + 1] - 1])"
            }
            return segment
        }
        lines += ["", "| weeks | growth per week (95% CI) | doubling time, weeks (95% CI) |", "|---|---|---|"]
        let growth = t.derived.filter { $0.result.term == "growth_per_period" }
        for g in growth {
            let d = t.derived.first { $0.result.term == "doubling_periods" && $0.segment == g.segment }?.result
            let doubling: String
            if let d, d.estimate != nil { doubling = "\(M.n(d.estimate)) (\(M.n(d.confLow)) to \(M.n(d.confHigh)))" }
            else if let halving = d?.notes.first(where: { $0.contains("halving time") })?.components(separatedBy: "halving time ").last {
                doubling = "none: falling (halving time \(halving.replacingOccurrences(of: "periods", with: "weeks")))"
            } else { doubling = "none: not growing" }
            lines.append("| \(span(g.segment)) | \(M.pct(g.result.estimate)) (\(M.pct(g.result.confLow)) to \(M.pct(g.result.confHigh))) | \(doubling) |")
        }
        lines.append("")
        for d in t.derived where d.result.term == "rate_ratio_after_vs_before" {
            let j = d.segment == "break" ? 0 : (Int(d.segment.dropFirst("break_".count)) ?? 1) - 1
            let at = j < breaks.count ? breaks[j] : d.segment
            lines.append("- At \(at) the weekly rate changed by a factor of \(M.n(d.result.estimate)) (\(M.interval(d.result)), z = \(M.n(d.result.statistic))).")
        }
        lines.append("- A doubling time describes one segment only: where the series turned, one number for the whole span would mislead.")

        // Diagnostics of the reported model.
        if let index = t.models.firstIndex(where: { $0.kind == t.chosen }), index < t.diagnostics.count {
            let parts = t.diagnostics[index].map { d -> String in
                switch d.test {
                case "pearson_gof": "Pearson χ² = \(M.n(d.statistic, 4)) on \(M.n(d.df, 4)) df (\(M.p(d.pValue)))"
                case "deviance_gof": "deviance = \(M.n(d.statistic, 4)) on \(M.n(d.df, 4)) df (\(M.p(d.pValue)))"
                case "ljung_box": "Ljung–Box Q = \(M.n(d.statistic, 4)) at lag \(d.lag ?? 0) (\(M.p(d.pValue)))"
                default: "\(d.test) = \(M.n(d.statistic, 4)) (\(M.p(d.pValue)))"
                }
            }
            lines.append("- Diagnostics of the \(t.chosen.rawValue) fit: " + parts.joined(separator: "; ") + ". The residual chart below shows what is left.")
        }
        if let lack = t.lackOfFit {
            lines.append(lack.flagged ? "- " + capitalised(lack.note) + "."
                : "- Last weeks: \(lack.first)…\(lack.last) \(lack.totals) (z = \(M.n(lack.z)), sign test \(M.p(lack.signPValue))): no lack of fit.")
        }
        lines += ["", "![Pearson residuals of the weekly trend](trend_residuals.png)", ""]
        if let fit = t.models.first(where: { $0.kind == t.chosen })?.fit {
            let hac = t.hacLag != nil
            lines += ["| term (\(t.chosen.rawValue)) | estimate | std. error | z | p | 95% CI |" + (hac ? " model std. error |" : ""),
                      "|---|---|---|---|---|---|" + (hac ? "---|" : "")]
            for term in fit.terms {
                lines.append("| \(term.term) | \(M.n(term.estimate, 4)) | \(M.n(term.stdError, 3)) | \(M.n(term.statistic, 3)) | \(M.p(term.pValue)) | \(M.n(term.confLow, 4)) to \(M.n(term.confHigh, 4)) |"
                             + (hac ? " \(M.n(term.stdErrorModel, 3)) |" : ""))
            }
            if let theta = fit.glance.theta { lines.append("\ntheta = \(M.n(theta, 4)) (SE \(M.n(fit.glance.thetaStdError, 3))), AIC \(M.n(fit.glance.aic, 6)), residual deviance \(M.n(fit.glance.deviance, 5)) on \(fit.glance.dfResidual) df.") }
        }
        let said = [t.lackOfFit?.note]
        for note in t.notes where !said.contains(note) && !note.hasPrefix("periods covered in part") { lines.append("\nNote: \(note).") }
        return lines + [""]
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
