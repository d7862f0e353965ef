import CourtstatAnalyses
import CourtstatData
import CourtstatInference

/// The newsroom parts of report.md: "In brief" (each finding as a plain sentence with rounded
/// numbers and thousands separators, then its method line), the glossary of the terms the report
/// uses, and the table of the published figures it cites.
enum ReportBrief {
    typealias R = ReadableNumber

    static func inBrief(_ f: ReportFindings) -> [String] {
        var items: [(finding: String, method: String)] = []
        let data = f.synthetic ? "In the synthetic data (not court records), " : "In the case data, "
        if let t = f.trend, let first = t.series.first, let last = t.series.last {
            let total = t.series.reduce(0) { $0 + $1.n }
            let articles = f.trendArticles == ["337"] ? "AWOL cases (Art. 337)" : "cases under Art. " + f.trendArticles.joined(separator: ", ")
            let full = t.series.filter { $0.complete && !$0.isPartial }
            var sentence = data + "military courts received \(R.count(total)) \(articles) between \(ChartWords.date(first.period.start)) and \(ChartWords.date(last.period.end))."
            if full.count >= 26 {
                let head = full.prefix(13), tail = full.suffix(13)
                let before = Double(head.reduce(0) { $0 + $1.n }) / 13, after = Double(tail.reduce(0) { $0 + $1.n }) / 13
                // Below 10 a week a whole number hides the change ("about 0"): one decimal there.
                func perWeek(_ v: Double) -> String { v < 10 ? R.value(v, decimals: 1) : R.count(v) }
                sentence += " In the last 13 full weeks they received about \(perWeek(after)) a week, against about \(perWeek(before)) a week in the first 13."
            }
            items.append((sentence, "Counts of cases by the week they were received; weekly averages are plain arithmetic over full weeks (weeks the data cover only in part are left out)."))
            if let jump = t.derived.first(where: { $0.result.term == "rate_ratio_after_vs_before" }), let k = t.breakIndices.first,
               let estimate = jump.result.estimate {
                let event = ChartWords.breakLabel(t.series[k].period, estimated: false).hasPrefix("mobilisation")
                    ? "the week of the mobilisation decree (21 Sep 2022)" : "the week of \(ChartWords.date(t.series[k].period.start))"
                let change = estimate >= 1 ? "rose by a factor of \(R.value(estimate))" : "fell to \(R.percent(estimate)) of its level"
                items.append(("In \(event) the weekly number of cases \(change) (95% CI \(R.value(jump.result.confLow)) to \(R.value(jump.result.confHigh)))"
                              + (estimate >= 1 ? ", in the fitted trend." : "."),
                              "Rate ratio after against before the break in the fitted \(ChartWords.model(t.chosen)) (\(jump.result.method)); see the trend section for the model's choice and fit."))
            }
        }
        if let c = f.compare, c.groups.count == 2 {
            let (a, b) = (c.groups[0], c.groups[1])
            let share = { (g: CompareGroup) in g.convicted > 0 ? Double(g.withOutcome) / Double(g.convicted) : nil }
            var sentence = data + "\(R.percent(share(a))) of convicted \(ChartWords.group(a.name)) soldiers (\(R.count(a.withOutcome)) of \(R.count(a.convicted))) received a custodial sentence, "
                + "against \(R.percent(share(b))) of \(ChartWords.group(b.name)) (\(R.count(b.withOutcome)) of \(R.count(b.convicted)))."
            var method = "Sentences dated by decision; shares among defendants convicted (custodial, suspended or fine) with 95% Wilson score intervals"
            if let d = c.results.first(where: { $0.term == "risk_difference" }), let e = d.estimate {
                sentence += " The gap is \(R.value(e * 100)) percentage points (95% CI \(R.value(d.confLow.map { $0 * 100 })) to \(R.value(d.confHigh.map { $0 * 100 })))."
                method += "; the gap's interval: \(d.method)"
            }
            items.append((sentence, method + "."))
            if let t = c.results.first(where: { $0.term == "months_difference" }), t.estimate != nil {
                items.append(("Custodial terms averaged \(R.value(t.estimate1)) months for \(ChartWords.group(a.name)) soldiers and \(R.value(t.estimate2)) for \(ChartWords.group(b.name)), "
                              + "a difference of \(R.value(t.estimate)) months (95% CI \(R.value(t.confLow)) to \(R.value(t.confHigh))).",
                              "\(t.method)."))
            }
        }
        if !f.figureClaims.isEmpty {
            let c = f.figureClaims
            let checked = c.filter { $0.estimate != nil }
            func count(_ v: Verdict) -> Int { checked.filter { $0.verdict == v }.count }
            var sentence = "Of \(c.count) published claims checked against the published figures, \(count(.supported)) hold up, "
                + "\(count(.contradicted)) \(count(.contradicted) == 1 ? "is" : "are") contradicted and \(count(.inconclusive)) \(count(.inconclusive) == 1 ? "remains" : "remain") inconclusive"
            sentence += c.count > checked.count ? "; \(c.count - checked.count) could not be checked without case-level data." : "."
            items.append((sentence, "A claim is supported when the whole 95% interval of its quantity lies in the region the claim asserts, contradicted when none of it does, inconclusive otherwise (chart: claims.png)."))
        }
        guard !items.isEmpty else { return [] }
        var lines = ["## In brief", ""]
        for item in items { lines += ["- \(item.finding)", "  *Method:* \(item.method)"] }
        return lines + [""]
    }

    /// Terms the report uses, each defined once, included when the report's text uses it.
    static let terms: [(trigger: String, term: String, meaning: String)] = [
        ("95% CI", "95% CI (confidence interval)", "the range of values compatible with the data; computed the same way on many samples, it would hold the true value 95 times in 100."),
        ("p = ", "p-value", "how often data at least this far from the claim or null value would turn up by chance if that value were true; small values (below 0.05) count as evidence against it."),
        ("Wilson", "Wilson score interval", "a confidence interval for a share that stays inside 0–100% and behaves well for small groups."),
        ("percentage points", "percentage points", "the difference between two percentages (35% against 28% is 7 percentage points, not 7%)."),
        ("rate ratio", "rate ratio", "how many times higher one rate (cases per week) is than another; 1 means no change."),
        ("factor of", "factor", "how many times larger: a factor of 2 is a doubling."),
        ("Odds ratio", "odds ratio", "the odds of an outcome in one group divided by those in the other; close to the risk ratio when the outcome is rare."),
        ("Risk ratio", "risk ratio", "a share in one group divided by the share in the other."),
        ("Poisson", "Poisson regression", "a model for counts per period whose spread equals its mean; used to fit the weekly trend."),
        ("negative binomial", "negative binomial regression", "a model for counts whose spread exceeds their mean (over-dispersion); theta measures how much: the larger theta, the closer to Poisson."),
        ("break", "break", "a date at which the fitted trend may change level and slope, such as the mobilisation decree of 21 September 2022."),
        ("Pearson residual", "Pearson residual", "a week's count minus the fitted count, in standard deviations of the model."),
        ("Newey–West", "Newey–West (HAC) standard errors", "standard errors that allow for neighbouring weeks being alike."),
        ("BIC", "BIC", "the Bayesian information criterion: a score for comparing models that penalises extra terms; lower is better."),
        ("Ljung–Box", "Ljung–Box test", "a test of whether the residuals of neighbouring weeks are correlated (a pattern the model missed)."),
        ("Mantel–Haenszel", "Mantel–Haenszel odds ratio", "an odds ratio combined across quarters, so that a change in the mix of cases over time does not drive it."),
        ("Hodges–Lehmann", "Hodges–Lehmann shift", "the typical difference in sentence length between the groups, robust to a few very long sentences."),
        ("Doubling time", "doubling time", "the number of weeks the fitted weekly count takes to double, within one segment of the trend."),
        ("supported", "supported / contradicted / inconclusive", "a claim's verdict: the whole 95% interval inside the region the claim asserts, none of it inside, or part of it."),
        ("synthetic", "synthetic data", "cases generated by courtstat simulate from stated parameters calibrated to published tallies; they are not court records."),
    ]

    static func glossary(for text: String) -> [String] {
        let used = terms.filter { text.contains($0.trigger) }
        guard !used.isEmpty else { return [] }
        return ["## Glossary", ""] + used.map { "- **\($0.term)**: \($0.meaning)" } + [""]
    }

    /// The published figures the report cites: those drawn in the published figures chart
    /// (`plotted`) and every figure a claim names, in id order.
    static func figuresCited(_ f: ReportFindings, plotted: [String]) -> [String] {
        guard let figures = f.figures else { return [] }
        var ids = Set(plotted)
        for claim in f.claims {
            for (_, entry) in claim.table.entries {
                if case .string(let v) = entry.value, figures.figures.contains(where: { $0.id == v }) { ids.insert(v) }
            }
        }
        let cited = figures.figures.filter { ids.contains($0.id) }.sorted { $0.id < $1.id }
        guard !cited.isEmpty else { return [] }
        var lines = ["## Published figures cited", "",
                     "Every published figure the charts and claims above use, as `\(f.figuresPath ?? "")` records it.", "",
                     "| id | value | period | what it counts | outlet | link |", "|---|---|---|---|---|---|"]
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "/").replacingOccurrences(of: "\n", with: " ") }
        for x in cited {
            let value = (x.value == x.value.rounded() && abs(x.value) >= 1 ? R.count(x.value) : R.value(x.value, decimals: 3)) + " " + x.unit
            let qualifier = x.qualifier == .exact ? "" : " (\(x.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")))"
            let period = [x.periodStart, x.periodEnd].map { $0?.description ?? "…" }.joined(separator: " to ")
            let what = x.metric.replacingOccurrences(of: "_", with: " ") + ", Art. \(x.article)" + (x.group == "all" ? "" : ", \(x.group)") + qualifier
            lines.append("| \(x.id) | \(cell(value)) | \(period) | \(cell(what)) | \(cell(x.sourceOutlet)) | [link](\(x.sourceURL.replacingOccurrences(of: ")", with: "%29"))) |")
        }
        return lines + [""]
    }
}
