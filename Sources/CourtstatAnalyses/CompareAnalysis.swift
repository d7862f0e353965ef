import CourtstatData
import CourtstatInference
import CourtstatModels

/// One case as the comparison sees it: which group it belongs to, how it ended, and what the
/// strata and covariates need.
public struct CompareCase: Sendable {
    /// true for group a, false for group b.
    public var inA: Bool
    public var sentence: SentenceType?
    public var months: Double?
    public var date: CivilDate
    public var court: String
    public var part: String
    public init(inA: Bool, sentence: SentenceType?, months: Double?, date: CivilDate, court: String, part: String) {
        self.inA = inA; self.sentence = sentence; self.months = months; self.date = date; self.court = court; self.part = part
    }
}

/// The outcome compared: custodial (prison, colony settlement, disciplinary battalion) or one
/// sentence type, among the convicted (custodial, suspended, fine).
public enum CompareOutcome: Sendable, Equatable, CustomStringConvertible {
    case custodial
    case sentence(SentenceType)

    public init?(argument: String) {
        if argument == "custodial" { self = .custodial; return }
        guard let s = SentenceType(rawValue: argument), s.isConviction else { return nil }
        self = .sentence(s)
    }

    public var description: String {
        switch self { case .custodial: "custodial"; case .sentence(let s): s.rawValue }
    }

    /// Whether a sentence counts as the outcome.
    public func holds(_ s: SentenceType) -> Bool {
        switch self { case .custodial: s.isCustodial; case .sentence(let t): s == t }
    }
}

/// How cases are stratified for the Mantel–Haenszel odds ratio.
public enum CompareStrata: String, Sendable, CaseIterable { case period, court }

/// Which sentence lengths are compared.
public enum CompareMonths: String, Sendable, CaseIterable { case custodial, all }

/// Counts of one group: convicted cases, those with the outcome, and those left out
/// (pending, acquitted, dismissed, unknown).
public struct CompareGroup: Sendable, Equatable {
    public var name: String
    public var convicted: Int
    public var withOutcome: Int
    public var excluded: Int
}

/// The comparison of two groups on one outcome (DESIGN.md, compare).
public struct CompareResult: Sendable {
    public var outcome: CompareOutcome
    public var groups: [CompareGroup]
    /// share_a, share_b, risk_difference, risk_ratio, odds_ratio, chisq, mh_odds_ratio,
    /// months_difference, months_shift, logistic:TERM, in this order; a row that could not be
    /// computed carries a note instead of numbers.
    public var results: [TestResult]
    public var notes: [String]
}

public enum CompareAnalysis {
    /// Compares groups a and b on an outcome among their convicted cases:
    /// - share_a, share_b: Wilson intervals (prop.test without continuity correction);
    /// - risk_difference: Newcombe's hybrid score interval for a − b; risk_ratio: a / b, log interval;
    /// - odds_ratio: fisher.test (conditional MLE, exact interval, two-sided p); chisq: chisq.test's
    ///   default for the 2x2 table (Yates' correction);
    /// - mh_odds_ratio: mantelhaen.test's defaults over quarters (`period`) or courts;
    /// - months_difference: Welch's t test of sentence_months, a − b; months_shift: wilcox.test
    ///   with the Hodges–Lehmann shift and its interval, a − b;
    /// - logistic:TERM: logistic regression of the outcome on group a (against b), the year of the
    ///   case date and the article part (log odds, Wald intervals).
    public static func compare(cases: [CompareCase], groupA: String, groupB: String, outcome: CompareOutcome = .custodial,
                               strata: CompareStrata = .period, months: CompareMonths = .custodial,
                               confLevel: Double = 0.95) throws(AnalysisError) -> CompareResult {
        var groups = [CompareGroup(name: groupA, convicted: 0, withOutcome: 0, excluded: 0),
                      CompareGroup(name: groupB, convicted: 0, withOutcome: 0, excluded: 0)]
        var convicted: [CompareCase] = []
        for c in cases {
            let g = c.inA ? 0 : 1
            guard let s = c.sentence, s.isConviction else { groups[g].excluded += 1; continue }
            groups[g].convicted += 1
            if outcome.holds(s) { groups[g].withOutcome += 1 }
            convicted.append(c)
        }
        for g in groups where g.convicted == 0 {
            throw .noConvicted(group: g.name)
        }
        let (xa, na, xb, nb) = (groups[0].withOutcome, groups[0].convicted, groups[1].withOutcome, groups[1].convicted)
        var results: [TestResult] = []
        var notes: [String] = []
        func attempt(_ term: String, _ body: () throws -> TestResult) {
            do { results.append(try body().named(term)) } catch {
                results.append(TestResult(term: term, method: "not computed", notes: ["\(error)"]))
            }
        }
        attempt("share_a") { try wilsonInterval(x: xa, n: na, confLevel: confLevel) }
        attempt("share_b") { try wilsonInterval(x: xb, n: nb, confLevel: confLevel) }
        attempt("risk_difference") { try newcombeDifference(x1: xa, n1: na, x2: xb, n2: nb, confLevel: confLevel) }
        attempt("risk_ratio") { try riskRatio(x1: xa, n1: na, x2: xb, n2: nb, confLevel: confLevel) }
        attempt("odds_ratio") { try fisherTest(a: xa, b: na - xa, c: xb, d: nb - xb, confLevel: confLevel) }
        attempt("chisq") { try chiSquareTest(table: [[xa, na - xa], [xb, nb - xb]]) }
        attempt("mh_odds_ratio") {
            let tables = stratifiedTables(convicted, outcome: outcome, by: strata)
            guard tables.count >= 2 else { throw AnalysisError.invalid("fewer than 2 \(strata.rawValue) strata with at least 2 cases") }
            var r = try mantelHaenszelTest(strata: tables, confLevel: confLevel)
            r.notes.append("\(tables.count) strata by \(strata == .period ? "quarter" : "court")")
            return r
        }
        let lengths = { (inA: Bool) -> [Double] in
            convicted.filter { $0.inA == inA && (months == .all || $0.sentence!.isCustodial) }.compactMap(\.months)
        }
        let monthsA = lengths(true), monthsB = lengths(false)
        let which = months == .custodial ? "custodial sentences" : "all sentences with a term"
        attempt("months_difference") {
            var r = try tTest(a: monthsA, b: monthsB, confLevel: confLevel)
            r.notes.append("sentence_months of \(which): \(monthsA.count) in \(groupA), \(monthsB.count) in \(groupB)")
            return r
        }
        attempt("months_shift") { try wilcoxonTest(a: monthsA, b: monthsB, confLevel: confLevel) }
        do {
            results += try logisticRows(convicted, groupA: groupA, outcome: outcome, confLevel: confLevel)
        } catch {
            results.append(TestResult(term: "logistic", method: "logistic regression not computed", notes: ["\(error)"]))
        }
        if groups.contains(where: { $0.excluded > 0 }) {
            notes.append("left out (pending, acquitted, dismissed, unknown): \(groups[0].excluded) in \(groupA), \(groups[1].excluded) in \(groupB)")
        }
        return CompareResult(outcome: outcome, groups: groups, results: results, notes: notes)
    }

    /// 2x2 tables (group a/b × outcome yes/no) per stratum with at least 2 cases.
    static func stratifiedTables(_ cases: [CompareCase], outcome: CompareOutcome, by strata: CompareStrata) -> [Stratum] {
        func add(_ c: CompareCase, to t: inout Stratum) {
            switch (c.inA, outcome.holds(c.sentence!)) {
            case (true, true): t.a += 1
            case (true, false): t.b += 1
            case (false, true): t.c += 1
            case (false, false): t.d += 1
            }
        }
        let tables: [Stratum]
        switch strata {
        case .court:
            var byCourt: [String: Stratum] = [:]
            for c in cases { add(c, to: &byCourt[c.court, default: Stratum(a: 0, b: 0, c: 0, d: 0)]) }
            tables = byCourt.keys.sorted().map { byCourt[$0]! }
        case .period:
            // By CivilDate.quarterIndex: in date order, and no string per case.
            var byQuarter: [Int: Stratum] = [:]
            for c in cases { add(c, to: &byQuarter[c.date.quarterIndex, default: Stratum(a: 0, b: 0, c: 0, d: 0)]) }
            tables = byQuarter.keys.sorted().map { byQuarter[$0]! }
        }
        return tables.filter { $0.a + $0.b + $0.c + $0.d >= 2 }
    }

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
            throw AnalysisError.invalid("logistic: fitted probabilities numerically 0 or 1 in \(observations.count) of \(rows.count) "
                + "covariate patterns (group × year × part): the outcome is separated by the predictors, so the maximum "
                + "likelihood estimates do not exist")
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
