import CourtstatAnalyses
import CourtstatData
import CourtstatInference

/// The report's charts other than the trend: custodial share by group per quarter
/// (`QuarterlyShares`), sentence lengths by group (`SentenceLengthBins`), and the published
/// figures over time. Shares are drawn in percent. The first two draw values computed in
/// Analyses; the published figures chart divides each tally by the weeks of its period.
public enum ReportCharts {
    /// The chart and tidy rows of `QuarterlyShares` (share with the outcome among the convicted,
    /// per quarter of the decision date, with Wilson intervals): one dataset per group. The chart
    /// puts each quarter at its own tick (2023-Q1), the two groups' points a little to either side
    /// so that their intervals do not overlap, and n (convicted) in the legend. Draws only: the
    /// shares and intervals are computed by `QuarterlyShares`.
    public static func shareByQuarter(_ shares: QuarterlyShares, frame: ChartFrame = ChartFrame())
        -> (rows: [TidyRow], data: GnuplotData, script: GnuplotScript) {
        let outcome = shares.outcome
        let quarters = shares.quarters
        let position = Dictionary(uniqueKeysWithValues: quarters.enumerated().map { ($1, $0) })
        var rows: [TidyRow] = []
        var datasets: [(label: String, rows: [[Cell]])] = []
        var titles: [String] = []
        for (g, group) in shares.groups.enumerated() {
            var lines: [[Cell]] = []
            for s in group.shares {
                let (q, n, w) = (s.quarter, s.convicted, s.interval)
                rows.append(TidyRow([("group", .text(group.name)), ("period", .text(q.description)), ("period_start", .text(q.start.description)),
                                     ("convicted", .integer(n)), (outcome.description, .integer(s.withOutcome)), ("share", .number(w.estimate)),
                                     ("conf_low", .number(w.confLow)), ("conf_high", .number(w.confHigh)),
                                     ("method", .text("Wilson score interval"))]))
                let offset: Double = g == 0 ? -0.12 : 0.12
                let at: Double = Double(position[q]!) + offset
                let estimate: Double? = w.estimate.map { $0 * 100 }, low: Double? = w.confLow.map { $0 * 100 }, high: Double? = w.confHigh.map { $0 * 100 }
                let line: [Cell] = [.number(at), .text(q.description), .number(estimate), .number(low), .number(high), .integer(n)]
                lines.append(line)
            }
            datasets.append((label: group.name, rows: lines))
            titles.append(ChartWords.group(group.name, n: group.convicted))
        }
        let data = GnuplotData(columns: ["quarter_x", "quarter", "share_percent", "conf_low_percent", "conf_high_percent", "convicted"],
                               datasets: datasets, comment: "shares in percent; quarter_x: the quarter's position on the axis, offset by group")
        var script = GnuplotScript(name: "custodial_share",
                                   title: "Convicted defendants given a \(outcome) sentence, by quarter of the decision",
                                   xLabel: "quarter of the decision",
                                   yLabel: "share of convicted defendants with a \(outcome) sentence (%)", timeAxis: false,
                                   layers: [.intervals(index: 0, x: "quarter_x", y: "share_percent", low: "conf_low_percent", high: "conf_high_percent", title: titles[0]),
                                            .intervals(index: 1, x: "quarter_x", y: "share_percent", low: "conf_low_percent", high: "conf_high_percent", title: titles[1])])
        script.yPercent = true
        script.xTics = quarters.enumerated().map { (label: $1.description, x: Double($0)) }
        script.xRange = (-0.5, Double(max(quarters.count, 1)) - 0.5)
        script.keyPosition = "tmargin left horizontal"     // above the plot (shares may reach 100%), clear of the marker
        script.notes = ["Points: share in each quarter; bars: 95% Wilson intervals. n: convicted defendants in the group over all quarters."]
        if let first = quarters.first, let last = quarters.last {
            frame.apply(to: &script, period: "decisions \(first) to \(last)")
        }
        return (rows, data, script)
    }

    /// The chart of `SentenceLengthBins` (the distribution of sentence_months by group, as the
    /// percentage of each group's sentences in each bin): bars side by side within each bin,
    /// ticks at the bins' edges, the axis ending where the last bin ends. Draws only.
    public static func sentenceLengths(_ bins: SentenceLengthBins, frame: ChartFrame = ChartFrame(),
                                       period: String = "") -> (data: GnuplotData, script: GnuplotScript) {
        let width = bins.width, custodialOnly = bins.custodialOnly
        var datasets: [(label: String, rows: [[Cell]])] = []
        var titles: [String] = []
        let top = (bins.groups.first?.counts.count ?? 1) - 1
        let kind = custodialOnly ? "custodial" : ""
        for (g, group) in bins.groups.enumerated() {
            let lines: [[Cell]] = (0...top).map { b in
                [.number(Double(b) * width), .number(Double(b) * width + (g == 0 ? 1.5 : 4.5)), .number(group.percents[b]), .integer(group.counts[b])]
            }
            datasets.append((label: "\(group.name) (\(group.sentences) sentences)", rows: lines))
            titles.append("\(ChartWords.group(group.name)) (n = \(ReadableNumber.count(group.sentences)) \(kind.isEmpty ? "" : kind + " ")sentences)")
        }
        let data = GnuplotData(columns: ["months_from", "bar_x", "share_percent", "sentences"], datasets: datasets,
                               comment: "bins of \(Int(width)) months from months_from; share_percent: the bin's share of the group's sentences")
        var script = GnuplotScript(name: "sentence_months", title: "Length of \(custodialOnly ? "custodial" : "all") sentences by group, in 6-month bins",
                                   xLabel: "sentence length (months)",
                                   yLabel: "share of the group's \(custodialOnly ? "custodial " : "")sentences (%)", timeAxis: false,
                                   layers: [.boxes(index: 0, x: "bar_x", y: "share_percent", width: 3, title: titles[0]),
                                            .boxes(index: 1, x: "bar_x", y: "share_percent", width: 3, title: titles[1])])
        script.yPercent = true
        script.xTicStep = width
        script.xRange = (0, Double(top + 1) * width)
        script.keyPosition = "top right"        // the distributions peak on the left
        script.notes = ["Each bar: the share of the group's sentences in a 6-month bin; the axis ends with the bin of the longest sentence."]
        frame.apply(to: &script, period: period)
        return (data, script)
    }

    /// Published counts of cases received (per week over each figure's period), each drawn as a
    /// horizontal span over its period (a period, not an interval: no caps), labelled at its
    /// start with its figure id and outlet; figures with the same period and value share one
    /// span and one label.
    public static func publishedFigures(_ figures: PublishedFigures, metric: String = "cases_received",
                                        articles: [String] = ["337"], frame: ChartFrame = ChartFrame())
        -> (rows: [TidyRow], data: GnuplotData, script: GnuplotScript) {
        var rows: [TidyRow] = []
        var datasets: [(label: String, rows: [[Cell]])] = []
        var labels: [(x: String, y: Double, text: String, color: String)] = []
        var first: CivilDate?, last: CivilDate?
        for (i, article) in articles.enumerated() {
            var lines: [[Cell]] = []
            var spans: [(start: CivilDate, end: CivilDate, perWeek: Double, names: [String])] = []
            for r in PublishedWeeklyRate.rates(figures, metric: metric, article: article) {
                let f = r.figure, start = r.start, end = r.end, perWeek = r.perWeek, mid = r.mid
                rows.append(TidyRow([("figure_id", .text(f.id)), ("article", .text(article)), ("period_start", .text(start.description)),
                                     ("period_end", .text(end.description)), ("days", .integer(r.days)), ("value", .number(f.value)),
                                     ("qualifier", .text(f.qualifier.rawValue)), ("per_week", .number(perWeek)),
                                     ("source_url", .text(f.sourceURL))]))
                lines.append([.text(mid.description), .number(perWeek), .text(start.description), .text(end.description), .text(f.id)])
                let name = "\(f.id) \(shortOutlet(f.sourceOutlet))"
                if let j = spans.firstIndex(where: { $0.start == start && $0.end == end && $0.perWeek == perWeek }) {
                    spans[j].names.append(name)
                } else {
                    spans.append((start, end, perWeek, [name]))
                }
                first = min(first ?? start, start); last = max(last ?? end, end)
            }
            for s in spans {
                labels.append((x: s.start.description, y: s.perWeek, text: s.names.joined(separator: "; "),
                               color: OkabeIto.series[i % OkabeIto.series.count]))
            }
            labels = spread(labels)
            datasets.append((label: "article \(article)", rows: lines.sorted { "\($0[0])" < "\($1[0])" }))
        }
        let data = GnuplotData(columns: ["period_mid", "per_week", "period_start", "period_end", "figure_id"], datasets: datasets)
        var script = GnuplotScript(name: "published_figures",
                                   title: "Published tallies of Art. \(articles.joined(separator: ", ")) cases received, as cases per week over each tally's period",
                                   xLabel: "period the tally covers",
                                   yLabel: "cases received per week (tally / weeks in its period)", timeAxis: true,
                                   layers: articles.enumerated().map { i, a in
                                       .spans(index: i, x: "period_mid", y: "per_week", from: "period_start", to: "period_end", title: "Art. \(a)")
                                   })
        script.yFrom = 0
        script.labels = labels
        script.notes = ["Each line spans the period a published tally covers; its height is the tally divided by the weeks in that period. Labels: figure id and outlet."]
        frame.apply(to: &script, period: first.map { "periods \($0) to \(last!)" } ?? "")
        return (rows, data, script)
    }

    /// An outlet without its parenthetical ("The Moscow Times (citing Mediazona)" → "The Moscow
    /// Times"); the full name is in the CSV and in report.md's table.
    static func shortOutlet(_ outlet: String) -> String {
        guard let open = outlet.firstIndex(of: "("), open > outlet.startIndex else { return outlet }
        return outlet[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// Labels moved up, in order of height, until none overlaps another: each is taken to be as
    /// wide as its text at the chart's 8-point font (about 5.5 px a character on a plot about
    /// 860 px wide) and 13 px high on a plot about 360 px high.
    static func spread(_ labels: [(x: String, y: Double, text: String, color: String)]) -> [(x: String, y: Double, text: String, color: String)] {
        let days = labels.compactMap { try? CivilDate.parse($0.x).get().dayNumber }
        guard days.count == labels.count, let d0 = days.min(), let d1 = days.max(), let top = labels.map(\.y).max(), top > 0 else { return labels }
        let pxPerDay = 860.0 / Double(max(d1 - d0, 1) + 400), height = 13.0 * top * 1.1 / 360
        var placed: [(x0: Double, x1: Double, y: Double)] = []
        var out = labels
        for i in labels.indices.sorted(by: { labels[$0].y < labels[$1].y }) {
            let x0 = Double(days[i] - d0) * pxPerDay, x1 = x0 + 5.5 * Double(labels[i].text.count)
            var y = labels[i].y
            while let clash = placed.first(where: { $0.x0 < x1 && x0 < $0.x1 && abs($0.y - y) < height * 0.999 }) { y = clash.y + height }
            placed.append((x0, x1, y))
            out[i].y = y
        }
        return out
    }
}
