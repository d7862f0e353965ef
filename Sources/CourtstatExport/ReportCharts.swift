import CourtstatAnalyses
import CourtstatData
import CourtstatInference

/// The report's charts other than the trend: custodial share by group per quarter, sentence
/// lengths by group, and the published figures over time.
public enum ReportCharts {
    /// Share with the outcome among the convicted, per quarter of the decision date, with Wilson
    /// intervals; one dataset per group. Quarters with no convicted case in a group are left out.
    public static func shareByQuarter(_ cases: [CompareCase], groupA: String, groupB: String, outcome: CompareOutcome,
                                      confLevel: Double = 0.95) throws(InferenceError) -> (rows: [TidyRow], data: GnuplotData, script: GnuplotScript) {
        var rows: [TidyRow] = []
        var datasets: [(label: String, rows: [[Cell]])] = []
        for (inA, name) in [(true, groupA), (false, groupB)] {
            var byQuarter: [Int: (x: Int, n: Int)] = [:]        // by CivilDate.quarterIndex
            for c in cases where c.inA == inA {
                guard let s = c.sentence, s.isConviction else { continue }
                let key = c.date.quarterIndex
                var v = byQuarter[key] ?? (0, 0)
                v.n += 1
                if outcome.holds(s) { v.x += 1 }
                byQuarter[key] = v
            }
            var lines: [[Cell]] = []
            for key in byQuarter.keys.sorted() {
                let (x, n) = byQuarter[key]!
                let q = Period(quarterIndex: key)
                let w = try wilsonInterval(x: x, n: n, confLevel: confLevel)
                let mid = CivilDate(dayNumber: (q.start.dayNumber + q.end.dayNumber) / 2)
                rows.append(TidyRow([("group", .text(name)), ("period", .text(q.description)), ("period_start", .text(q.start.description)),
                                     ("convicted", .integer(n)), (outcome.description, .integer(x)), ("share", .number(w.estimate)),
                                     ("conf_low", .number(w.confLow)), ("conf_high", .number(w.confHigh)),
                                     ("method", .text("Wilson score interval"))]))
                lines.append([.text(mid.description), .number(w.estimate), .number(w.confLow), .number(w.confHigh), .integer(n)])
            }
            datasets.append((label: name, rows: lines))
        }
        let data = GnuplotData(columns: ["period_mid", "share", "conf_low", "conf_high", "convicted"], datasets: datasets)
        var script = GnuplotScript(name: "custodial_share", title: "Share of \(outcome) sentences among the convicted, by quarter of decision",
                                   xLabel: "quarter", yLabel: "share (95% Wilson interval)", timeAxis: true,
                                   layers: [.intervals(index: 0, x: "period_mid", y: "share", low: "conf_low", high: "conf_high", title: groupA),
                                            .intervals(index: 1, x: "period_mid", y: "share", low: "conf_low", high: "conf_high", title: groupB)])
        script.yFrom = 0
        return (rows, data, script)
    }

    /// The distribution of sentence_months by group (custodial sentences by default), as the
    /// share of each group's sentences in 6-month bins.
    public static func sentenceLengths(_ cases: [CompareCase], groupA: String, groupB: String,
                                       custodialOnly: Bool = true) -> (data: GnuplotData, script: GnuplotScript) {
        let width = 6.0
        var datasets: [(label: String, rows: [[Cell]])] = []
        for (inA, name) in [(true, groupA), (false, groupB)] {
            let months = cases.filter { $0.inA == inA && ($0.sentence.map { custodialOnly ? $0.isCustodial : $0.isConviction } ?? false) }
                .compactMap(\.months)
            var bins: [Int: Int] = [:]
            for m in months { bins[Int((m / width).rounded(.down)), default: 0] += 1 }
            let top = max(bins.keys.max() ?? 0, 0)
            let lines: [[Cell]] = (0...top).map { b in
                [.number(Double(b) * width), .number(months.isEmpty ? 0 : Double(bins[b] ?? 0) / Double(months.count)), .integer(bins[b] ?? 0)]
            }
            datasets.append((label: "\(name) (\(months.count) sentences)", rows: lines))
        }
        let data = GnuplotData(columns: ["months_from", "share", "sentences"], datasets: datasets)
        var script = GnuplotScript(name: "sentence_months", title: "Length of \(custodialOnly ? "custodial" : "all") sentences by group (6-month bins)",
                                   xLabel: "sentence (months)", yLabel: "share of the group's sentences", timeAxis: false,
                                   layers: [.steps(index: 0, x: "months_from", y: "share", title: groupA),
                                            .steps(index: 1, x: "months_from", y: "share", title: groupB)])
        script.yFrom = 0
        script.keyPosition = "top right"        // the distributions peak on the left
        return (data, script)
    }

    /// Published counts of cases received (per week over each figure's period), with the span of
    /// the period as a horizontal bar; one dataset per article.
    public static func publishedFigures(_ figures: PublishedFigures, metric: String = "cases_received",
                                        articles: [String] = ["337"]) -> (rows: [TidyRow], data: GnuplotData, script: GnuplotScript) {
        var rows: [TidyRow] = []
        var datasets: [(label: String, rows: [[Cell]])] = []
        for article in articles {
            var lines: [[Cell]] = []
            for f in figures.figures where f.metric == metric && f.article == article && f.group == "all" && f.qualifier != .derived {
                guard let p = f.period, let start = f.periodStart, let end = f.periodEnd else { continue }
                let perWeek = f.value / Double(p.days) * 7
                let mid = CivilDate(dayNumber: (start.dayNumber + end.dayNumber) / 2)
                rows.append(TidyRow([("figure_id", .text(f.id)), ("article", .text(article)), ("period_start", .text(start.description)),
                                     ("period_end", .text(end.description)), ("days", .integer(p.days)), ("value", .number(f.value)),
                                     ("qualifier", .text(f.qualifier.rawValue)), ("per_week", .number(perWeek)),
                                     ("source_url", .text(f.sourceURL))]))
                lines.append([.text(mid.description), .number(perWeek), .text(start.description), .text(end.description), .text(f.id)])
            }
            datasets.append((label: "article \(article)", rows: lines.sorted { "\($0[0])" < "\($1[0])" }))
        }
        let data = GnuplotData(columns: ["period_mid", "per_week", "period_start", "period_end", "figure_id"], datasets: datasets)
        var script = GnuplotScript(name: "published_figures", title: "Published tallies of cases received, as cases per week over each period",
                                   xLabel: "period", yLabel: "cases per week", timeAxis: true,
                                   layers: articles.enumerated().map { i, a in
                                       .spans(index: i, x: "period_mid", y: "per_week", from: "period_start", to: "period_end", title: "article \(a)")
                                   })
        script.yFrom = 0
        return (rows, data, script)
    }
}
