import CourtstatModels
import CourtstatTestSupport
import Foundation

/// The fixtures written by scripts/make-trend-fixtures.R: several breaks, seasonal terms,
/// diagnostics, Newey–West standard errors, the search for two breaks.
enum TrendFixtures {
    static let folder = "Tests/Fixtures/trends"
    static let fits = Fixture.rows("fits.csv", folder: folder, count: 24)
    static let terms = Fixture.rows("terms.csv", folder: folder, count: 300)
    static let diagnostics = Fixture.rows("diagnostics.csv", folder: folder, count: 20)
    static let search = Fixture.rows("break_search.csv", folder: folder, count: 2)
    static let sets = Fixture.rows("break_sets.csv", folder: folder, count: 2)

    static func data(_ name: String) -> [String: [Double]] {
        var columns: [String: [Double]] = [:]
        for row in Fixture.rows("data_\(name).csv", folder: folder, atLeast: 2) {
            for (key, value) in row.values { columns[key, default: []].append(Double(value)!) }
        }
        return columns
    }

    /// Fits the model of a fixture row (model-based standard errors; HAC when `hac_lag` is set).
    static func fit(_ row: Fixture.Row) throws -> (fit: ModelFit, y: [Double]) {
        let data = data(row["dataset"])
        let names = row["x"].split(separator: " ").map(String.init)
        let design = try Design(names.map { ($0, data[$0]!) })
        let kind = ModelKind(rawValue: row["model"])!
        let y = data["n"]!
        var fit = try GeneralizedLinearModel.fit(kind, y: y, design: design, offset: kind == .ols ? nil : data["log_days"]!)
        if let lag = row.number("hac_lag") { fit = try fit.withNeweyWest(y: y, lag: Int(lag)) }
        return (fit, y)
    }
}
