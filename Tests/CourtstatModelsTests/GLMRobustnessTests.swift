import CourtstatModels
import CourtstatTestSupport
import Testing

/// Issue 19's GLM defects, against scripts/make-glm-robustness-fixtures.R: Poisson fits on
/// large counts converge to R's optimum (a 1e-14 rule on the deviance alone never held there),
/// and Poisson fits whose estimates do not exist (an all-zero group, zeros at the end of a
/// trend) are refused as separation, where R iterated on warns that fitted rates are
/// numerically 0.
@Suite struct GLMRobustnessTests {
    static let rows = Fixture.rows("robustness.csv", folder: ModelFixtures.folder)
    static let cases = Array(Set(rows.map { $0["case"] })).sorted()

    @Test func fixtureHasEveryCase() {
        #expect(Self.rows.count == 15)
        #expect(Self.cases.count == 9)
    }

    @Test(arguments: cases)
    func agreesWithROrRefuses(_ id: String) throws {
        let rows = Self.rows.filter { $0["case"] == id }
        let data = ModelFixtures.data("robust_\(id)")
        let design = try Design(rows[0]["x"].split(separator: " ").map { (String($0), data[String($0)]!) })
        let kind = ModelKind(rawValue: rows[0]["model"])!
        if rows[0]["status"] == "refused" {
            let error = #expect(throws: ModelError.self) { try GeneralizedLinearModel.fit(kind, y: data["y"]!, design: design) }
            guard case .separation(_, let observations)? = error else {
                Issue.record("\(id): expected separation, got \(String(describing: error))"); return
            }
            // The rows named are the all-zero ones.
            #expect(!observations.isEmpty && observations.allSatisfy { data["y"]![$0] == 0 })
            return
        }
        let fit = try GeneralizedLinearModel.fit(kind, y: data["y"]!, design: design)
        #expect(fit.terms.map(\.term) == rows.map { $0["term"] })
        for (term, row) in zip(fit.terms, rows) {
            for (name, ours) in [("estimate", term.estimate), ("std_error", term.stdError), ("p_value", term.pValue)] {
                let r = row.number(name)!
                #expect(ours.agrees(withR: r), "\(id) \(term.term) \(name): \(ours) vs R \(r)")
            }
        }
        let deviance = rows[0].number("deviance")!
        #expect(fit.glance.deviance.agrees(withR: deviance), "\(id) deviance: \(fit.glance.deviance) vs R \(deviance)")
    }
}
