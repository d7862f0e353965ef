import CourtstatData
import CourtstatInference
import CourtstatModels

extension CompareAnalysis {
    /// Logistic regression of the outcome on group a, the year of the date and the article part
    /// (levels with fewer than 10 convicted cases are pooled with the reference level).
    ///
    /// The cases are fitted as grouped binomial data, one row per covariate pattern (group ×
    /// year × part: a few dozen rows instead of one per case). The likelihood is the same
    /// function of the coefficients, so the estimates, standard errors, tests and intervals are
    /// those of the case-level fit (R: `glm(outcome ~ group + year + part, binomial)` on the
    /// cases); only the fit's cost no longer grows with the number of cases.
    static func logisticRows(_ cases: [CompareCase], groupA: String, outcome: CompareOutcome,
                             confLevel: Double) throws -> [TestResult] {
        // One pass over the cases into raw patterns (group, year, part as written); the levels,
        // their pooling and the final patterns are then worked out on those few rows.
        var raw: [RawPattern: BinomialCount] = [:]
        for c in cases {
            let key = RawPattern(inA: c.inA, year: c.date.year, part: c.part.isEmpty ? "(none)" : c.part)
            var count = raw[key] ?? BinomialCount()
            count.trials += 1
            if outcome.holds(c.sentence!) { count.successes += 1 }
            raw[key] = count
        }
        var yearCounts: [String: Int] = [:], partCounts: [String: Int] = [:]
        for (key, count) in raw {
            yearCounts[String(key.year), default: 0] += Int(count.trials)
            partCounts[key.part, default: 0] += Int(count.trials)
        }
        let years = factorLevels(yearCounts), parts = factorLevels(partCounts)
        var patterns: [CovariatePattern: BinomialCount] = [:]
        for (key, count) in raw {
            let pattern = CovariatePattern(inA: key.inA, year: years.index[String(key.year)] ?? -1, part: parts.index[key.part] ?? -1)
            var total = patterns[pattern] ?? BinomialCount()
            total.trials += count.trials; total.successes += count.successes
            patterns[pattern] = total
        }
        // A fixed row order (the dictionary's is not), so that results are reproducible bit for bit.
        let rows = patterns.keys.sorted()
        var predictors: [(name: String, values: [Double])] = [("group:\(groupA)", rows.map { $0.inA ? 1 : 0 })]
        predictors += years.kept.enumerated().map { j, level in ("year:\(level)", rows.map { $0.year == j ? 1 : 0 }) }
        predictors += parts.kept.enumerated().map { j, level in ("part:\(level)", rows.map { $0.part == j ? 1 : 0 }) }
        let design = try Design(predictors, rowCount: rows.count)
        let successes = rows.map { patterns[$0]!.successes }, trials = rows.map { patterns[$0]!.trials }
        let level = confLevel, response = outcome.description
        let result = Result { () throws(ModelError) -> ModelFit in
            try GeneralizedLinearModel.binomial(successes: successes, trials: trials, design: design,
                                                options: .init(confLevel: level), responseName: response)
        }
        let fit: ModelFit
        switch result {
        case .success(let value): fit = value
        case .failure(.separation(_, let observations)):
            throw AnalysisError.invalid("""
                logistic: fitted probabilities numerically 0 or 1 in \(observations.count) of \(rows.count) \
                covariate patterns (group × year × part): the outcome is separated by the predictors, so the maximum \
                likelihood estimates do not exist
                """)
        case .failure(let error): throw error
        }
        let n = cases.count
        return fit.terms.map { t in
            TestResult(term: "logistic:\(t.term)", estimate: t.estimate, stdError: t.stdError, statistic: t.statistic,
                       pValue: t.pValue, confLow: t.confLow, confHigh: t.confHigh, confLevel: t.confLevel,
                       method: "logistic regression of \(outcome) among the convicted (log odds; R: glm(family = binomial)), "
                           + "fitted on \(rows.count) covariate patterns as binomial counts; " + t.method,
                       n: n)
        }
    }

    /// A factor's levels as indicator columns: every level except the most common (the
    /// reference), levels with fewer than 10 cases pooled into the reference; `index` maps each
    /// kept level to its column, sorted by name. `counts`: cases per level.
    static func factorLevels(_ counts: [String: Int]) -> (kept: [String], index: [String: Int]) {
        guard counts.count > 1 else { return ([], [:]) }
        let reference = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
        let kept = counts.keys.sorted().filter { $0 != reference && counts[$0]! >= 10 }
        return (kept, Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) }))
    }
}

/// One covariate pattern of compare's logistic regression: the group, and the indices of the
/// year and part levels (−1: the reference level). Ordered group a first, then by year, part.
struct CovariatePattern: Hashable, Comparable {
    var inA: Bool
    var year: Int
    var part: Int
    static func < (l: Self, r: Self) -> Bool { (l.inA ? 0 : 1, l.year, l.part) < (r.inA ? 0 : 1, r.year, r.part) }
}

/// A covariate pattern before the levels are pooled.
struct RawPattern: Hashable {
    var inA: Bool
    var year: Int
    var part: String
}

/// Successes among trials.
struct BinomialCount {
    var successes = 0.0
    var trials = 0.0
}
