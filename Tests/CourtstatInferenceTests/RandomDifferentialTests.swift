import CourtstatInference
import CourtstatTestSupport
import Testing

/// The randomized differential suite (issue 19): for every `courtstat test` subcommand with an
/// R reference, at least 300 seeded random inputs with edge regimes (scripts/make-random-fixtures.R),
/// each either agreeing with R in every field R reports at 1e-8 relative (the tight solution of
/// R's equations where R's own root finding is approximate), or refused (an InferenceError other
/// than a numerical failure: exit status 64) exactly where R errs or returns NaN.
/// `bootstrap` is not R's and is not here.
@Suite struct RandomDifferentialTests {
    /// The fields compared, by fixture column.
    static func fields(_ r: TestResult) -> [(String, Double?)] {
        [("estimate", r.estimate), ("estimate1", r.estimate1), ("estimate2", r.estimate2), ("std_error", r.stdError),
         ("statistic", r.statistic), ("df", r.df), ("parameter", r.parameter), ("p_value", r.pValue),
         ("conf_low", r.confLow), ("conf_high", r.confHigh)]
    }

    static let functions = ["binom", "wilson", "prop", "fisher", "chisq", "poisson", "t", "wilcox", "mh",
                            "prop_trend", "tost_prop", "tost_rate", "p_adjust"]

    @Test(arguments: functions)
    func agreesWithROrRefuses(_ function: String) throws {
        let rows = RandomFixtures.rows(function)
        #expect(rows.count >= RandomFixtures.minimumCases, "\(function): \(rows.count) cases in \(RandomFixtures.folder)")
        var disagreements: [String] = []
        for row in rows {
            if let problem = Self.check(function, row) { disagreements.append(problem) }
        }
        let report = "\(function): \(disagreements.count) of \(rows.count) disagree:\n" + disagreements.prefix(15).joined(separator: "\n")
        #expect(disagreements.isEmpty, "\(report)")
    }

    /// nil when courtstat agrees with the row; otherwise what differs.
    static func check(_ function: String, _ row: Fixture.Row) -> String? {
        if function == "p_adjust" {
            let method = PAdjustMethod(rawValue: row["method"])!
            do {
                let ours = try adjustPValues(row.vector("p"), method: method)
                let r = row.vector("adjusted")
                guard ours.count == r.count else { return "\(row): \(ours.count) values, R \(r.count)" }
                for (o, x) in paired(ours, r) where !agree(o, x) { return "\(row) adjusted: ours \(ours), R \(r)" }
                return nil
            } catch { return "\(row): refused (\(error)), R answered" }
        }
        let result: TestResult
        do {
            result = try run(function, row)
        } catch let error as InferenceError {
            if case .numerics = error { return "\(row): internal numerical error \(error)" }
            return row.refusedByR ? nil : "\(row): refused (\(error)), R answered"
        } catch {
            return "\(row): unexpected error \(error)"
        }
        if row.refusedByR { return "\(row): answered, R refused (\(row["r_note"]))" }
        var problems: [String] = []
        // An interval R cannot give (a NaN limit): courtstat gives none, neither limit.
        let intervalUndefined = [row.optionalNumber("conf_low"), row.optionalNumber("conf_high")].contains { $0?.isNaN == true }
        for (column, ours) in fields(result) {
            guard var r = row.optionalNumber(column) else { continue }
            if intervalUndefined, column == "conf_low" || column == "conf_high" { r = .nan }
            if !agreesWithR(ours, r, column: column) {
                let relative = ours.map { abs($0 - r) / abs(r) } ?? .nan
                problems.append("\(column) ours \(ours.map { "\($0)" } ?? "nil") R \(r) (rel \(relative))")
            }
        }
        return problems.isEmpty ? nil : "\(row): " + problems.joined(separator: "; ")
    }

    /// Agreement with one field of R's answer: at 1e-8 relative; where R's is NaN (an interval
    /// around an odds ratio of 0 or ∞), courtstat reports none; and where R's is below the
    /// smallest normal double (2.2e-308: a p-value in the subnormal range, which holds fewer than
    /// 53 bits, 1 bit at 5e-324, so no relative tolerance applies), courtstat's is too; and
    /// where R's statistic is below 1e-12 in absolute value (a standardized statistic that is 0
    /// up to rounding, e.g. no trend at all; its p-value is the same to 12 digits), so is ours.
    static func agreesWithR(_ ours: Double?, _ r: Double, column: String) -> Bool {
        if r.isNaN { return ours == nil }
        if column == "statistic", abs(r) < 1e-12, let ours { return abs(ours) < 1e-12 }
        if agree(ours, r) { return true }
        if abs(r) < Double.leastNormalMagnitude, let ours { return abs(ours) < Double.leastNormalMagnitude }
        return false
    }

    static func alternative(_ row: Fixture.Row) -> Alternative { Alternative(rawValue: row["alternative"])! }

    static func run(_ function: String, _ row: Fixture.Row) throws -> TestResult {
        switch function {
        case "binom":
            return try binomialTest(x: row.int("x"), n: row.int("n"), p: row.number("p")!, alternative: alternative(row),
                                    confLevel: row.number("conf_level")!)
        case "wilson":
            return try wilsonInterval(x: row.int("x"), n: row.int("n"), p: row.number("p")!, alternative: alternative(row),
                                      confLevel: row.number("conf_level")!)
        case "prop":
            let p = row["p"].isEmpty ? nil : row.vector("p")
            // For two groups R reports the two proportions (estimate1, estimate2), courtstat
            // also their difference (estimate), which R's fixture leaves NA.
            return try proportionTest(x: row.intVector("x"), n: row.intVector("n"), p: p, alternative: alternative(row),
                                      confLevel: row.number("conf_level")!, correct: row.bool("correct")!)
        case "fisher":
            return try fisherTest(a: row.int("a"), b: row.int("b"), c: row.int("c"), d: row.int("d"),
                                  alternative: alternative(row), confLevel: row.number("conf_level")!)
        case "chisq":
            return try chiSquareTest(table: row.matrix("table"), correct: row.bool("correct")!)
        case "poisson":
            return try poissonTest(x: row.intVector("x"), t: row.vector("t"), r: row.number("r")!,
                                   alternative: alternative(row), confLevel: row.number("conf_level")!)
        case "t":
            let b = row["b"].isEmpty ? nil : row.vector("b")
            return try tTest(a: row.vector("a"), b: b, mu: row.number("mu")!, varEqual: row.bool("var_equal")!,
                             alternative: alternative(row), confLevel: row.number("conf_level")!)
        case "wilcox":
            return try wilcoxonTest(a: row.vector("a"), b: row.vector("b"), alternative: alternative(row),
                                    exact: ExactChoice(rawValue: row["exact"])!, correct: row.bool("correct")!,
                                    confLevel: row.number("conf_level")!)
        case "mh":
            let strata = row.matrix("tables").map { Stratum(a: $0[0], b: $0[1], c: $0[2], d: $0[3]) }
            return try mantelHaenszelTest(strata: strata, alternative: alternative(row), correct: row.bool("correct")!,
                                          confLevel: row.number("conf_level")!)
        case "prop_trend":
            let scores = row["scores"].isEmpty ? nil : row.vector("scores")
            return try proportionTrendTest(x: row.intVector("x"), n: row.intVector("n"), scores: scores)
        case "tost_prop":
            return try equivalenceProportions(x1: row.int("x1"), n1: row.int("n1"), x2: row.int("x2"), n2: row.int("n2"),
                                              margin: row.number("margin")!, confLevel: row.number("conf_level")!)
        case "tost_rate":
            return try equivalenceRates(x1: row.int("x1"), t1: row.number("t1")!, x2: row.int("x2"), t2: row.number("t2")!,
                                        margin: row.number("margin")!, confLevel: row.number("conf_level")!)
        default:
            fatalError("unknown function \(function)")
        }
    }
}
