import CourtstatModels
import CourtstatTestSupport
import Foundation
import Testing

/// Several breaks, seasonal terms, diagnostics and Newey–West errors against R
/// (scripts/make-trend-fixtures.R: glm, MASS (tight), lm, Box.test, lmtest::bgtest,
/// sandwich::NeweyWest).
@Suite struct TrendModelsTests {
    @Test func fixturesHaveTheirRows() {
        #expect(TrendFixtures.fits.count == 24)
        #expect(TrendFixtures.terms.count == 300)
        #expect(TrendFixtures.diagnostics.count == 20)
        #expect(TrendFixtures.search.count == 2)
        #expect(TrendFixtures.sets.count == 2)
    }

    /// Our design builder gives R's columns: two breaks and Fourier terms, one break and months.
    @Test func designsMatchR() throws {
        let weekly = TrendFixtures.data("weekly_two_breaks")
        let fourier = try SeasonalTerms.fourier(periods: 156, harmonics: 2, cycle: SeasonalTerms.weeksPerYear)
        let d1 = try SegmentedRegression.design(periods: 156, breakIndices: [40, 110], seasonal: fourier)
        #expect(d1.termNames == ["intercept", "time", "level_change", "slope_change", "level_change_2", "slope_change_2",
                                 "sin_1", "cos_1", "sin_2", "cos_2"])
        for (name, column) in paired(d1.termNames.dropFirst(), d1.columns.dropFirst()) {
            let r = weekly[name]!
            #expect(r.count == 156)
            #expect(paired(column, r).allSatisfy { abs($0 - $1) <= 1e-13 }, "\(name)")
        }
        let monthly = TrendFixtures.data("monthly_months")
        // The fixture's months start in January 2021.
        let months = (0..<48).map { $0 % 12 + 1 }
        let d2 = try SegmentedRegression.design(periods: 48, breakIndices: [20], seasonal: try SeasonalTerms.months(months))
        #expect(d2.termNames.suffix(11) == (2...12).map { String(format: "month_%02d", $0) })
        for (name, column) in paired(d2.termNames.dropFirst(), d2.columns.dropFirst()) {
            #expect(column == monthly[name]!, "\(name)")
        }
    }

    @Test(arguments: TrendFixtures.fits.map { $0["fit_id"] })
    func termsAgreeWithR(_ id: String) throws {
        let row = TrendFixtures.fits.first { $0["fit_id"] == id }!
        let (fit, _) = try TrendFixtures.fit(row)
        let tolerance = relativeToleranceVsR
        let rRows = TrendFixtures.terms.filter { $0["fit_id"] == id }
        #expect(rRows.map { $0["term"] } == fit.terms.map(\.term))
        var failures: [String] = []
        func check(_ name: String, _ ours: Double?, _ r: Double?) {
            guard let ours, let r else { if ours != nil || r != nil { failures.append("\(name): \(String(describing: ours)) vs R \(String(describing: r))") }; return }
            if !ours.agrees(withR: r, tolerance: tolerance) { failures.append("\(name): \(ours) vs R \(r)") }
        }
        for (t, r) in paired(fit.terms, rRows) {
            check("\(t.term).estimate", t.estimate, r.number("estimate"))
            check("\(t.term).std_error", t.stdError, r.number("std_error"))
            check("\(t.term).std_error_model", t.stdErrorModel, r.number("std_error_model"))
            check("\(t.term).statistic", t.statistic, r.number("statistic"))
            check("\(t.term).p_value", t.pValue, r.number("p_value"))
            check("\(t.term).conf_low", t.confLow, r.number("conf_low"))
            check("\(t.term).conf_high", t.confHigh, r.number("conf_high"))
        }
        check("deviance", fit.glance.deviance, row.number("deviance"))
        check("log_lik", fit.glance.logLik, row.number("log_lik"))
        check("theta", fit.glance.theta, row.number("theta"))
        #expect(failures.isEmpty, "\(id):\n\(failures.joined(separator: "\n"))")
    }

    @Test(arguments: Set(TrendFixtures.diagnostics.map { $0["fit_id"] }).sorted())
    func diagnosticsAgreeWithR(_ id: String) throws {
        let row = TrendFixtures.fits.first { $0["fit_id"] == id }!
        let (fit, y) = try TrendFixtures.fit(row)
        let ours = try ModelDiagnostics.tests(fit, y: y)
        let r = TrendFixtures.diagnostics.filter { $0["fit_id"] == id }
        #expect(ours.map(\.test) == r.map { $0["test"] })
        let tolerance = relativeToleranceVsR
        for (d, rr) in paired(ours, r) {
            #expect(d.statistic.agrees(withR: rr.number("statistic")!, tolerance: tolerance), "\(id) \(d.test) statistic \(d.statistic) vs \(rr["statistic"])")
            #expect(d.df == rr.number("df")!)
            #expect(d.pValue.agrees(withR: rr.number("p_value")!, tolerance: tolerance * max(1, d.statistic)), "\(id) \(d.test) p \(d.pValue) vs \(rr["p_value"])")
            #expect(d.lag.map(Double.init) == rr.number("lag"))
        }
    }

    @Test func defaultLags() {
        #expect(NeweyWest.defaultLag(n: 156) == 4)
        #expect(NeweyWest.defaultLag(n: 48) == 3)
        #expect(ModelDiagnostics.defaultLag(n: 156) == 10)
        #expect(ModelDiagnostics.defaultLag(n: 48) == 9)
    }

    /// Two breaks found by the one-at-a-time search with repartition: R's exhaustive search over
    /// every pair agrees on the breaks, the log-likelihoods, BIC and each break's likelihood-ratio set.
    @Test func twoBreakSearchAgreesWithExhaustiveR() throws {
        let data = TrendFixtures.data("weekly_search")
        let estimate = try SegmentedRegression.estimateBreaks(counts: data["n"]!, maxBreaks: 2, model: .poisson,
                                                              offset: data["log_days"]!)
        #expect(estimate.candidates.count == 2)
        for (candidate, r) in paired(estimate.candidates, TrendFixtures.search) {
            #expect(candidate.breaks == r.intVector("breaks"))
            #expect(candidate.logLik.agrees(withR: r.number("log_lik")!))
            #expect(candidate.bic.agrees(withR: r.number("bic")!))
        }
        #expect(estimate.breaks == TrendFixtures.search[1].intVector("breaks"))
        #expect(estimate.confidenceSets == TrendFixtures.sets.map { $0.intVector("set") })
        #expect(estimate.fit.design.termNames == ["intercept", "time", "level_change", "slope_change", "level_change_2", "slope_change_2"])
    }

    @Test func badBreaksAndSeasonsAreRejected() {
        #expect(throws: ModelError.self) { try SegmentedRegression.design(periods: 20, breakIndices: [5, 6]) }
        #expect(throws: ModelError.self) { try SegmentedRegression.design(periods: 20, breakIndices: [10, 5]) }
        #expect(throws: ModelError.self) { try SeasonalTerms.fourier(periods: 20, harmonics: 6, cycle: 12) }
        #expect(throws: ModelError.self) { try SeasonalTerms.months([3, 3, 3]) }
        #expect(throws: ModelError.self) { try SegmentedRegression.estimateBreaks(counts: [1, 2, 3, 4, 5], maxBreaks: 2) }
    }

    /// With month terms the search still finds the break: the chosen period has the largest
    /// log-likelihood of every one-break fit with the same seasonal columns.
    @Test func oneBreakSearchWithMonthTerms() throws {
        let data = TrendFixtures.data("monthly_months")
        let months = try SeasonalTerms.months((0..<48).map { $0 % 12 + 1 })
        let estimate = try SegmentedRegression.estimateBreaks(counts: data["n"]!, maxBreaks: 1, model: .poisson,
                                                              offset: data["log_days"]!, seasonal: months)
        var best = (k: -1, ll: -Double.infinity)
        for k in 2...46 {
            let ll = try SegmentedRegression.fit(counts: data["n"]!, breakIndices: [k], seasonal: months, model: .poisson,
                                                 offset: data["log_days"]!).glance.logLik!
            if ll > best.ll { best = (k, ll) }
        }
        #expect(estimate.breaks == [best.k])
        #expect(estimate.candidates[0].logLik == best.ll)
        #expect(abs(best.k - 20) <= 2)
        #expect(estimate.confidenceSets[0].contains(best.k))
    }
}
