import CourtstatModels
import CourtstatTestSupport
import Testing

/// The randomized differential suite for `fit` (issue 19): for every family, at least 300
/// seeded random data sets (scripts/make-random-fixtures.R) with edge regimes (counts near 8,000,
/// 1e5, 1e6 and 1e9, all-zero groups, zeros at the end of a trend, separated and nearly separated
/// logistic data, grouped binomial data with up to 1e6 trials). Each fit agrees with R's (glm
/// iterated to its optimum; lm; the tight negative binomial solution) in every term's estimate,
/// standard error, statistic and p-value and in the deviance, AIC and theta at 1e-8 relative, or
/// is refused with a data error (exit status 65; not a numerical failure) exactly where R's
/// fit errs, does not converge, or has no maximum likelihood estimate (R iterated on warns that
/// fitted values are numerically 0 or 1).
@Suite struct RandomFitDifferentialTests {
    @Test(arguments: ["ols", "poisson", "quasipoisson", "negbin", "logistic"])
    func agreesWithROrRefuses(_ model: String) throws {
        let rows = RandomFixtures.rows("fit_\(model)")
        #expect(rows.count >= RandomFixtures.minimumCases, "\(model): \(rows.count) cases in \(RandomFixtures.folder)")
        var disagreements: [String] = []
        for row in rows {
            if let problem = Self.check(ModelKind(rawValue: model)!, row) { disagreements.append(problem) }
        }
        let report = "\(model): \(disagreements.count) of \(rows.count) disagree:\n" + disagreements.prefix(15).joined(separator: "\n")
        #expect(disagreements.isEmpty, "\(report)")
    }

    static func check(_ kind: ModelKind, _ row: Fixture.Row) -> String? {
        let fit: ModelFit
        do {
            let names = row["x"].split(separator: " ").map(String.init)
            let design = try Design(names.map { ($0, row.vector($0)) })
            let trials = row["trials"].isEmpty ? nil : row.vector("trials")
            fit = try GeneralizedLinearModel.fit(kind, y: row.vector("y"), design: design, trials: trials)
        } catch {
            // Design and the fit throw ModelError only (typed throws).
            if case .numerics = error { return "\(row): internal numerical error \(error)" }
            return row.refusedByR ? nil : "\(row) [\(row["regime"])]: refused (\(error)), R answered"
        }
        if row.refusedByR { return "\(row) [\(row["regime"])]: answered, R refused (\(row["r_note"]))" }
        let terms = row["terms"].split(separator: " ").map(String.init)
        guard fit.terms.map(\.term) == terms else { return "\(row): terms \(fit.terms.map(\.term)), R \(terms)" }
        var problems: [String] = []
        func compare(_ name: String, _ ours: Double?, _ r: Double?) {
            guard let r else { return }
            if !agree(ours, r) {
                problems.append("\(name) ours \(ours.map { "\($0)" } ?? "nil") R \(r) (rel \(ours.map { abs($0 - r) / abs(r) } ?? .nan))")
            }
        }
        for (j, term) in fit.terms.enumerated() {
            compare("\(term.term) std_error", term.stdError, row.vector("std_error")[j])
            // A coefficient that is 0 in exact arithmetic (symmetric data) comes out as rounding
            // noise, ~1e-16, in both programs, with no significant digit to compare: where R's
            // is below 1e-12 of its standard error, courtstat's must be too (and so the z).
            let rEstimate = row.vector("estimate")[j], se = row.vector("std_error")[j]
            if abs(rEstimate) <= 1e-12 * se {
                if !(abs(term.estimate) <= 1e-12 * se) { problems.append("\(term.term) estimate ours \(term.estimate), R \(rEstimate) (0 up to rounding)") }
                continue
            }
            compare("\(term.term) estimate", term.estimate, rEstimate)
            compare("\(term.term) statistic", term.statistic, row.vector("statistic")[j])
            let p = row.vector("p_value")[j]
            if !(p < Double.leastNormalMagnitude && term.pValue < Double.leastNormalMagnitude) || agree(term.pValue, p) {
                compare("\(term.term) p_value", term.pValue, p)
            }
        }
        compare("deviance", fit.glance.deviance, row.optionalNumber("deviance"))
        compare("aic", fit.glance.aic, row.optionalNumber("aic"))
        compare("theta", fit.glance.theta, row.optionalNumber("theta"))
        return problems.isEmpty ? nil : "\(row) [\(row["regime"])]: " + problems.joined(separator: "; ")
    }
}
