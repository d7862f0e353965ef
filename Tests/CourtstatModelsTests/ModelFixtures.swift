import CourtstatModels
import CourtstatTestSupport
import Testing
import Foundation

/// The fixtures written by scripts/make-model-fixtures.R: datasets, fits, terms, break profiles.
enum ModelFixtures {
    static let folder = "Tests/Fixtures/models"
    static let fits = Fixture.rows("fits.csv", folder: folder, count: 26)
    static let terms = Fixture.rows("terms.csv", folder: folder, count: 75)
    static let profile = Fixture.rows("break_profile.csv", folder: folder, count: 202)

    /// A dataset's columns by name.
    static func data(_ name: String) -> [String: [Double]] {
        var columns: [String: [Double]] = [:]
        for row in Fixture.rows("data_\(name).csv", folder: folder, atLeast: 2) {
            for (key, value) in row.values { columns[key, default: []].append(Double(value)!) }
        }
        return columns
    }

    static func fitRows(reference: String) -> [Fixture.Row] { fits.filter { $0["reference"] == reference } }
    static func fitRow(_ id: String) -> Fixture.Row { fits.first { $0["fit_id"] == id }! }
    static func termRows(_ id: String) -> [Fixture.Row] { terms.filter { $0["fit_id"] == id } }

    /// Fits the model a fixture row describes.
    static func fit(_ row: Fixture.Row) throws -> ModelFit {
        let data = data(row["dataset"])
        let names = row["x"].split(separator: " ").map(String.init)
        let design = try Design(names.map { ($0, data[$0]!) }, intercept: row.bool("intercept")!)
        let offset = row["offset"].isEmpty ? nil : data[row["offset"]]!
        let trials = row["trials"].isEmpty ? nil : data[row["trials"]]!
        let kind = ModelKind(rawValue: row["model"])!
        return try GeneralizedLinearModel.fit(kind, y: data[row["y"]]!, design: design, offset: offset,
                                              trials: trials, robust: row.bool("robust")!)
    }
}

/// The values of a fit beside R's, named as in the fixtures, for messages.
struct Comparison: CustomStringConvertible {
    var failures: [String] = []
    mutating func check(_ name: String, _ ours: Double?, _ r: Double?, tolerance: Double) {
        if !agree(ours, r, tolerance: tolerance) {
            let relative = (ours != nil && r != nil) ? abs(ours! - r!) / abs(r!) : .nan
            failures.append("\(name): ours \(ours.map { "\($0)" } ?? "nil"), R \(r.map { "\($0)" } ?? "nil") (relative \(relative))")
        }
    }
    var description: String { failures.joined(separator: "\n") }

    /// Terms and glance of `fit` against the fixture row of `id`.
    /// `conditionedPValues`: a p-value's relative error is its statistic's times
    /// |d log p / d log t| ≈ max(1, t²) (tails of the normal and t); used where the reference
    /// is exact mathematics rather than R's arithmetic on the same statistic.
    static func compare(_ fit: ModelFit, with id: String, tolerance: Double,
                        glanceTolerance: [String: Double] = [:], conditionedPValues: Bool = false) -> Comparison {
        var c = Comparison()
        let rows = ModelFixtures.termRows(id)
        if rows.map({ $0["term"] }) != fit.terms.map(\.term) {
            c.failures.append("terms \(fit.terms.map(\.term)) vs R \(rows.map { $0["term"] })")
            return c
        }
        for (term, row) in paired(fit.terms, rows) {
            c.check("\(term.term).estimate", term.estimate, row.number("estimate"), tolerance: tolerance)
            c.check("\(term.term).std_error", term.stdError, row.number("std_error"), tolerance: tolerance)
            c.check("\(term.term).statistic", term.statistic, row.number("statistic"), tolerance: tolerance)
            let pTolerance = conditionedPValues ? tolerance * max(1, term.statistic * term.statistic) : tolerance
            c.check("\(term.term).p_value", term.pValue, row.number("p_value"), tolerance: pTolerance)
            c.check("\(term.term).conf_low", term.confLow, row.number("conf_low"), tolerance: tolerance)
            c.check("\(term.term).conf_high", term.confHigh, row.number("conf_high"), tolerance: tolerance)
        }
        let g = fit.glance, r = ModelFixtures.fitRow(id)
        func tol(_ name: String) -> Double { glanceTolerance[name] ?? tolerance }
        c.check("n", Double(g.n), r.number("n"), tolerance: 0)
        c.check("df_residual", Double(g.dfResidual), r.number("df_residual"), tolerance: 0)
        let values: [(String, Double?)] = [
            ("deviance", g.deviance), ("null_deviance", g.nullDeviance), ("log_lik", g.logLik), ("aic", g.aic),
            ("theta", g.theta), ("theta_std_error", g.thetaStdError), ("r_squared", g.rSquared),
            ("adj_r_squared", g.adjRSquared), ("sigma", g.sigma), ("f_statistic", g.fStatistic),
            ("f_p_value", g.fPValue),
        ]
        for (name, value) in values {
            var t = tol(name)
            if conditionedPValues, name == "f_p_value", let f = g.fStatistic { t *= max(1, f) }   // F = t² for one term
            c.check(name, value, r.number(name), tolerance: t)
        }
        if g.model != .ols { c.check("dispersion", g.dispersion, r.number("dispersion"), tolerance: tol("dispersion")) }
        return c
    }
}
