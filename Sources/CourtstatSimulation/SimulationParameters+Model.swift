import CourtstatData
import Foundation

extension SimulationParameters {
    /// Checks every value and prepares the drawing model; a bad value is `.badParameters` with
    /// its JSON path.
    func model(file: String) throws(DataError) -> SimulationModel {
        func bad(_ path: String, _ expected: String, _ found: String) -> DataError {
            .badParameters(file: file, path: path, expected: expected, found: found)
        }
        func day(_ text: String, _ path: String) throws(DataError) -> Int {
            guard case .success(let d) = CivilDate.parse(text) else { throw bad(path, "a date YYYY-MM-DD that exists", "'\(text)'") }
            return d.dayNumber
        }
        func categorical(_ weights: [String: Double], _ path: String, allowed: [String]? = nil) throws(DataError) -> SimulationModel.Categorical {
            let names = weights.keys.sorted()
            var total = 0.0
            for name in names {
                let w = weights[name]!
                guard w.isFinite, w >= 0 else { throw bad(path + "." + name, "a weight ≥ 0", "\(w)") }
                if let allowed, !allowed.contains(name) { throw bad(path, "keys among " + allowed.joined(separator: ", "), "'\(name)'") }
                total += w
            }
            guard total > 0 else { throw bad(path, "weights with a positive sum", "none") }
            var running = 0.0
            return SimulationModel.Categorical(names: names, cumulative: names.map { running += weights[$0]! / total; return running })
        }
        func probability(_ p: Double, _ path: String) throws(DataError) {
            guard p.isFinite, (0...1).contains(p) else { throw bad(path, "a probability from 0 to 1", "\(p)") }
        }
        let statuses = DefendantStatus.allCases.map(\.rawValue)
        let start = try day(start, "start"), end = try day(end, "end"), asOf = try day(asOf, "as_of")
        guard start <= end else { throw bad("end", "a date on or after start", "'\(self.end)'") }
        guard asOf >= start else { throw bad("as_of", "a date on or after start", "'\(self.asOf)'") }
        let scale = rateScale ?? 1
        guard scale.isFinite, scale > 0 else { throw bad("rate_scale", "a number > 0", "\(scale)") }
        guard !CSVField.needsQuotes(caseIdPrefix) else {
            throw bad("case_id_prefix", "text without commas, quotes or line breaks", "'\(caseIdPrefix)'")
        }
        guard weekdayWeights.count == 7, weekdayWeights.allSatisfy({ $0.isFinite && $0 >= 0 }),
              weekdayWeights.reduce(0, +) > 0 else {
            throw bad("weekday_weights", "7 weights ≥ 0 (Monday to Sunday) with a positive sum", "\(weekdayWeights)")
        }
        let weekTotal = weekdayWeights.reduce(0, +)
        func schedule<T>(_ entries: [(String, T)], _ path: String, covering: Bool = true) throws(DataError) -> SimulationModel.Schedule<T> {
            var s = SimulationModel.Schedule<T>()
            for (i, (from, value)) in entries.enumerated() {
                let d = try day(from, "\(path)[\(i)].from")
                if let last = s.from.last, d <= last { throw bad("\(path)[\(i)].from", "dates in increasing order", "'\(from)'") }
                s.from.append(d); s.values.append(value)
            }
            guard let first = s.from.first else { throw bad(path, "at least one entry", "none") }
            if covering, first > start { throw bad("\(path)[0].from", "a date on or before start (\(self.start))", "'\(entries[0].0)'") }
            return s
        }
        var articles: [SimulationModel.Article] = []
        for (a, article) in self.articles.enumerated() {
            let path = "articles[\(a)]"
            guard article.article.range(of: #"^[0-9]{1,3}(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil else {
                throw bad(path + ".article", "an article number like 337 or 352.1", "'\(article.article)'")
            }
            var rates: [(String, SimulationModel.Rate)] = []
            for (i, r) in article.rate.enumerated() {
                let g = r.growthPerWeek ?? 0
                guard r.perWeek.isFinite, r.perWeek >= 0 else { throw bad("\(path).rate[\(i)].per_week", "a rate ≥ 0", "\(r.perWeek)") }
                guard g.isFinite, g > -1 else { throw bad("\(path).rate[\(i)].growth_per_week", "a number > -1", "\(g)") }
                rates.append((r.from, SimulationModel.Rate(perWeek: r.perWeek * scale, growth: g, from: try day(r.from, "\(path).rate[\(i)].from"))))
            }
            var parts: [(String, SimulationModel.Categorical)] = []
            for (i, p) in article.parts.enumerated() {
                let c = try categorical(p.weights, "\(path).parts[\(i)].weights")
                for name in c.names where name.range(of: #"^[0-9]{1,2}(\.[0-9]{1,2})?$"#, options: .regularExpression) == nil {
                    throw bad("\(path).parts[\(i)].weights", "part numbers like 1 or 2.1 as keys", "'\(name)'")
                }
                parts.append((p.from, c))
            }
            articles.append(SimulationModel.Article(name: article.article, rates: try schedule(rates, path + ".rate", covering: false),
                                                    parts: try schedule(parts, path + ".parts")))
        }
        guard !articles.isEmpty else { throw bad("articles", "at least one article", "none") }
        var mix: [(String, SimulationModel.Categorical)] = []
        for (i, m) in statusMix.enumerated() { mix.append((m.from, try categorical(m.weights, "status_mix[\(i)].weights", allowed: statuses))) }
        // Sentencing, by status with the general schedule as fallback.
        var byStatus: [String: [(String, SimulationModel.Sentencing)]] = [:]
        for (i, s) in sentencing.enumerated() {
            let path = "sentencing[\(i)]"
            if let st = s.status, !statuses.contains(st) { throw bad(path + ".status", "one of " + statuses.joined(separator: ", "), "'\(st)'") }
            try probability(s.dismissed, path + ".dismissed"); try probability(s.acquitted, path + ".acquitted")
            guard s.dismissed + s.acquitted <= 1 else { throw bad(path, "dismissed + acquitted ≤ 1", "\(s.dismissed + s.acquitted)") }
            let c = try categorical(["custodial": s.custodial, "suspended": s.suspended, "fine": s.fine], path)
            byStatus[s.status ?? "", default: []].append((s.from, SimulationModel.Sentencing(dismissed: s.dismissed, acquitted: s.acquitted, convictions: c)))
        }
        var sentencingSchedules: [SimulationModel.Schedule<SimulationModel.Sentencing>] = []
        for status in statuses {
            let own = byStatus[status] ?? [], general = byStatus[""] ?? []
            guard !own.isEmpty || !general.isEmpty else { throw bad("sentencing", "an entry for every status, or one without status", "none for '\(status)'") }
            // In force on a day: the latest-starting entry for the status or for every status;
            // at the same date the status's own entry wins.
            var merged: [(String, SimulationModel.Sentencing)] = []
            for entry in (general.map { ($0, 0) } + own.map { ($0, 1) }).sorted(by: { ($0.0.0, $0.1) < ($1.0.0, $1.1) }) {
                if merged.last?.0 == entry.0.0 { merged.removeLast() }
                merged.append(entry.0)
            }
            sentencingSchedules.append(try schedule(merged, "sentencing"))
        }
        var custodial: [SimulationModel.Categorical] = []
        let types = ["prison", "colony_settlement", "disciplinary_battalion"]
        for status in statuses {
            guard let entry = custodialTypes.first(where: { $0.status == status }) ?? custodialTypes.first(where: { $0.status == nil }) else {
                throw bad("custodial_types", "an entry for every status, or one without status", "none for '\(status)'")
            }
            custodial.append(try categorical(entry.weights, "custodial_types", allowed: types))
        }
        try probability(outcomeUnknown, "outcome_unknown")
        for (i, t) in terms.enumerated() {
            let path = "terms[\(i)]"
            guard let type = SentenceType(rawValue: t.sentenceType), type.mayHaveTerm else {
                throw bad(path + ".sentence_type", "a sentence type with a term (prison, colony_settlement, disciplinary_battalion, suspended)", "'\(t.sentenceType)'")
            }
            guard t.meanMonths > 0, t.sdMonths > 0, t.minMonths > 0, t.minMonths <= t.maxMonths, t.maxMonths <= CaseLimits.maxMonths else {
                throw bad(path, "mean_months > 0, sd_months > 0, 0 < min_months ≤ max_months ≤ 360", "\(t.meanMonths), \(t.sdMonths), \(t.minMonths), \(t.maxMonths)")
            }
        }
        let termTable = SentenceType.allCases.map { type in
            articles.map { article in statuses.map { status in termFor(type.rawValue, article.name, status) } }
        }
        let delay = decisionDelayDays
        guard delay.mean > 0, delay.sd > 0, delay.min >= 0 else { throw bad("decision_delay_days", "mean > 0, sd > 0, min ≥ 0", "\(delay)") }
        guard !courts.isEmpty else { throw bad("courts", "at least one court", "none") }
        var courtWeights: [String: Double] = [:]
        for (i, c) in courts.enumerated() {
            guard !c.court.isEmpty, courtWeights[c.court] == nil else { throw bad("courts[\(i)].court", "a unique court name", "'\(c.court)'") }
            courtWeights[c.court] = c.weight
        }
        let courtMix = try categorical(courtWeights, "courts")
        let regions = courtMix.names.map { name in courts.first { $0.court == name }!.region }
        return SimulationModel(start: start, end: end, asOf: asOf, scale: scale, prefix: caseIdPrefix,
                               weekdayFactor: weekdayWeights.map { $0 * 7 / weekTotal }, articles: articles,
                               statusMix: try schedule(mix, "status_mix"), sentencing: sentencingSchedules,
                               custodialTypes: custodial, outcomeUnknown: outcomeUnknown, terms: termTable,
                               delayShape: (delay.mean / delay.sd) * (delay.mean / delay.sd), delayScale: delay.sd * delay.sd / delay.mean,
                               delayMin: delay.min, courts: courtMix, courtRegions: regions)
    }

    /// The most specific term entry (article and status, then article, then status, then neither).
    private func termFor(_ type: String, _ article: String, _ status: String) -> SimulationModel.Term? {
        let candidates = terms.filter {
            $0.sentenceType == type && ($0.article == nil || $0.article == article) && ($0.status == nil || $0.status == status)
        }
        guard let t = candidates.max(by: { ($0.article == nil ? 0 : 2) + ($0.status == nil ? 0 : 1) < ($1.article == nil ? 0 : 2) + ($1.status == nil ? 0 : 1) }) else { return nil }
        let shape = (t.meanMonths / t.sdMonths) * (t.meanMonths / t.sdMonths)
        return SimulationModel.Term(shape: shape, scale: t.sdMonths * t.sdMonths / t.meanMonths, min: t.minMonths, max: t.maxMonths)
    }

    /// Checks the parameters (used by `load`).
    func check(file: String) throws(DataError) { _ = try model(file: file) }
}
