import CourtstatTestSupport
import Foundation
import Testing

/// `trend` with several breaks, seasonal terms, Newey–West errors, diagnostics, tallies and
/// --complete-through, run as a user runs it. The tallies are the series of
/// scripts/make-trend-fixtures.R, so the JSON is checked against R's numbers.
@Suite struct TrendCommandTests {
    static let folder = "Tests/Fixtures/trends"
    static let synthetic = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path

    /// The fixture's weekly series as a tally 2021-W01 … 2023-W52 (156 ISO weeks: 52 a year).
    static func weeklyTally() -> String {
        let rows = Fixture.rows("data_weekly_two_breaks.csv", folder: folder, count: 156)
        #expect(rows.count == 156)
        var text = "period,n\n"
        for (k, row) in rows.enumerated() { text += String(format: "%d-W%02d,", 2021 + k / 52, k % 52 + 1) + row["n"] + "\n" }
        return ScratchFolder.file(text, name: "weekly.csv", label: "trend-cli")
    }

    /// The monthly series as a tally by period_start, 2021-01 … 2024-12.
    static func monthlyTally() -> String {
        let rows = Fixture.rows("data_monthly_months.csv", folder: folder, count: 48)
        #expect(rows.count == 48)
        var text = "period_start,n\n"
        for (k, row) in rows.enumerated() { text += String(format: "%d-%02d-01,", 2021 + k / 12, k % 12 + 1) + row["n"] + "\n" }
        return ScratchFolder.file(text, name: "monthly.csv", label: "trend-cli")
    }

    static func model(_ json: [String: Any], _ name: String) -> [String: Any] {
        ((json["models"] as? [[String: Any]]) ?? []).first { $0["model"] as? String == name } ?? [:]
    }

    static func compareTerms(_ model: [String: Any], fitID: String) -> [String] {
        let r = Fixture.rows("terms.csv", folder: folder, count: 300).filter { $0["fit_id"] == fitID }
        let ours = (model["terms"] as? [[String: Any]]) ?? []
        var failures: [String] = []
        if ours.map({ $0["term"] as? String ?? "" }) != r.map({ $0["term"] }) { return ["terms differ: \(ours.map { $0["term"] ?? "" })"] }
        for (t, row) in paired(ours, r) {
            for column in ["estimate", "std_error", "std_error_model", "p_value", "conf_low", "conf_high"] {
                let expected = row.number(column)
                let value = t[column] as? Double
                if expected == nil && value == nil { continue }
                guard let expected, let value, value.agrees(withR: expected) else {
                    failures.append("\(fitID) \(t["term"] ?? "") \(column): \(String(describing: value)) vs R \(String(describing: expected))"); continue
                }
            }
        }
        return failures
    }

    /// Two breaks given as dates, Fourier terms, Newey–West at lag 4: every model's terms, HAC
    /// and model-based errors, and diagnostics agree with R.
    @Test func twoBreaksFourierAndHACAgreeWithR() throws {
        let run = try courtstat(["trend", "--counts", Self.weeklyTally(), "--by", "week", "--break", "2021-10-13,2023-02-15",
                                 "--season", "fourier:2", "--se", "hac", "--hac-lag", "4", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = run.json
        #expect(json["se"] as? String == "hac" && json["hac_lag"] as? Int == 4 && json["season"] as? String == "fourier:2")
        #expect(((json["breaks"] as? [[String: Any]]) ?? []).map { $0["period"] as? String } == ["2021-W41", "2023-W07"])
        for name in ["poisson", "quasipoisson", "negbin"] {
            let failures = Self.compareTerms(Self.model(json, name), fitID: "weekly_two_breaks_\(name)_hac4")
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            let diagnostics = (Self.model(json, name)["diagnostics"] as? [[String: Any]]) ?? []
            let r = Fixture.rows("diagnostics.csv", folder: Self.folder, count: 20).filter { $0["fit_id"] == "weekly_two_breaks_\(name)" }
            #expect(diagnostics.map { $0["test"] as? String ?? "" } == r.map { $0["test"] })
            for (d, row) in paired(diagnostics, r) {
                #expect((d["statistic"] as? Double)?.agrees(withR: row.number("statistic")!) == true, "\(name) \(row["test"])")
                #expect((d["p_value"] as? Double).map { abs($0 - row.number("p_value")!) <= 1e-7 * row.number("p_value")! } == true)
            }
        }
        // Three segments, two breaks in the derived rows.
        let segments = ((json["derived"] as? [[String: Any]]) ?? []).map { $0["segment"] as? String ?? "" }
        #expect(segments == ["segment_1", "segment_2", "segment_3", "segment_1", "segment_2", "segment_3", "break_1", "break_2"])
    }

    /// A monthly tally by period_start with month indicators agrees with R's glm.
    @Test func monthlyTallyWithMonthTermsAgreesWithR() throws {
        let run = try courtstat(["trend", "--counts", Self.monthlyTally(), "--by", "month", "--season", "month", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["poisson", "quasipoisson", "negbin"] {
            let failures = Self.compareTerms(Self.model(run.json, name), fitID: "monthly_months_\(name)")
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }

    @Test func diagnosticsTableAndCompleteThrough() throws {
        let csv = try courtstat(["trend", Self.synthetic, "--article", "337", "--table", "diagnostics", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "model,test,statistic,df,p_value,lag,method")
        #expect(lines.count == 1 + 3 + 3 + 2)
        let series = try courtstat(["trend", Self.synthetic, "--article", "337", "--complete-through", "2024-12-15", "--format", "csv"])
        #expect(series.status == 0)
        let rows = series.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasSuffix(",status") == true)
        #expect(rows.suffix(3).allSatisfy { $0.hasSuffix(",incomplete") })
        #expect(rows.dropFirst().dropLast(3).allSatisfy { $0.hasSuffix(",complete") })
        #expect(series.stderr.contains("are incomplete"))
    }

    /// The shipped series turns in 2024; a one-break fit says so.
    @Test func lackOfFitIsSaid() throws {
        let run = try courtstat(["trend", Self.synthetic, "--article", "337", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("lack of fit: the fit overstates"))
        let lack = run.json["lack_of_fit"] as? [String: Any]
        #expect(lack?["flagged"] as? String == "yes")
        #expect(((lack?["relative"] as? Double) ?? 0) > 0.1)
    }

    @Test func estimatedBreaksChooseTheirNumberByBIC() throws {
        let run = try courtstat(["trend", Self.synthetic, "--article", "337", "--by", "month", "--break", "estimate", "--breaks", "2", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let search = run.json["break_search"] as? [String: Any]
        #expect(((search?["candidates"] as? [[String: Any]]) ?? []).count == 2)
        let breaks = (run.json["breaks"] as? [[String: Any]]) ?? []
        #expect(!breaks.isEmpty && breaks.allSatisfy { !(($0["likelihood_ratio_set"] as? [String]) ?? []).isEmpty })
    }

    @Test(arguments: [
        (["--season", "fourier:40"], "--season", Int32(64)),
        (["--season", "weekly"], "--season", 64),
        (["--se", "robust"], "--se", 64),
        (["--hac-lag", "3"], "--hac-lag", 64),
        (["--breaks", "2"], "--breaks", 64),
        (["--break", "2022-09-21,2022-09-22"], "--break", 64),
        (["--break", "2022-09-21,2030-01-01"], "--break", 64),
        (["--complete-through", "2024-13-01"], "--complete-through", 64),
    ])
    func badTrendOptions(_ extra: [String], _ option: String, _ status: Int32) throws {
        let run = try courtstat(["trend", Self.synthetic, "--article", "337"] + extra)
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains(option), "\(run.stderr)")
    }

    @Test func tallyWithAGapIsAnError() throws {
        let gap = ScratchFolder.file("period,n\n2023-01,5\n2023-02,6\n2023-04,7\n2023-05,8\n2023-06,9\n", name: "gap.csv", label: "trend-cli")
        let run = try courtstat(["trend", "--counts", gap, "--by", "month"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("gap.csv:4"), "\(run.stderr)")
        #expect(run.stderr.contains("2023-03"))
        let week = ScratchFolder.file("period,n\n2023-W01,5\n", name: "week.csv", label: "trend-cli")
        let wrongUnit = try courtstat(["trend", "--counts", week, "--by", "month"])
        #expect(wrongUnit.status == 65 && wrongUnit.stderr.contains("week.csv:2"))
        let both = try courtstat(["trend", Self.synthetic, "--counts", week])
        #expect(both.status == 64)
        let filtered = try courtstat(["trend", "--counts", week, "--from", "2023-01-01"])
        #expect(filtered.status == 64 && filtered.stderr.contains("--from"))
        let exposure = try courtstat(["trend", "--counts", week, "--exposure", "pop"])
        #expect(exposure.status == 64 && exposure.stderr.contains("--exposure"))
    }

    /// --exposure takes log(COL) as the offset: doubling the exposure column halves exp(intercept).
    @Test func exposureColumnIsTheOffset() throws {
        var a = "period,n,pop\n", b = "period,n,pop\n"
        let n = [12, 15, 11, 18, 20, 17, 25, 24, 30, 28, 33, 35]
        for (k, v) in n.enumerated() {
            a += String(format: "2023-%02d,%d,%d\n", k + 1, v, 1000 + 10 * k)
            b += String(format: "2023-%02d,%d,%d\n", k + 1, v, 2 * (1000 + 10 * k))
        }
        let ra = try courtstat(["trend", "--counts", ScratchFolder.file(a, name: "a.csv", label: "trend-cli"), "--by", "month", "--exposure", "pop", "--no-break", "--format", "json"])
        let rb = try courtstat(["trend", "--counts", ScratchFolder.file(b, name: "b.csv", label: "trend-cli"), "--by", "month", "--exposure", "pop", "--no-break", "--format", "json"])
        #expect(ra.status == 0 && rb.status == 0, "\(ra.stderr)\(rb.stderr)")
        #expect(ra.json["exposure"] as? String == "pop")
        let ia = (Self.model(ra.json, "poisson")["terms"] as? [[String: Any]])?.first?["estimate"] as? Double
        let ib = (Self.model(rb.json, "poisson")["terms"] as? [[String: Any]])?.first?["estimate"] as? Double
        #expect(ia != nil && ib != nil && abs((ia! - ib!) - log(2)) < 1e-10)
    }
}

/// The shipped tally (datasets/tally_337_monthly_synthetic.csv) fits, and gives exactly the
/// fit of the case file by month.
@Suite struct ShippedTallyTests {
    @Test func shippedTallyFitsLikeTheCases() throws {
        let tally = repositoryRoot.appendingPathComponent("datasets/tally_337_monthly_synthetic.csv").path
        let fromTally = try courtstat(["trend", "--counts", tally, "--by", "month", "--format", "json"])
        let fromCases = try courtstat(["trend", TrendCommandTests.synthetic, "--article", "337", "--by", "month", "--format", "json"])
        #expect(fromTally.status == 0 && fromCases.status == 0, "\(fromTally.stderr)\(fromCases.stderr)")
        let series = (fromTally.json["series"] as? [[String: Any]]) ?? []
        #expect(series.count == 48)
        let models = (fromTally.json["models"] as? [[String: Any]]) ?? []
        #expect(models.count == 3)
        #expect(NSDictionary(dictionary: ["m": models]) == NSDictionary(dictionary: ["m": (fromCases.json["models"] as? [[String: Any]]) ?? []]))
        #expect(models.allSatisfy { (($0["diagnostics"] as? [[String: Any]]) ?? []).count >= 2 })
    }
}

/// `fit --se hac`: Newey–West for lm and the count GLMs from the command line, against
/// sandwich::NeweyWest (scripts/make-trend-fixtures.R).
@Suite struct FitNeweyWestTests {
    static let data = repositoryRoot.appendingPathComponent("Tests/Fixtures/trends/data_weekly_two_breaks.csv").path
    static let x = "time,level_change,slope_change,level_change_2,slope_change_2,sin_1,cos_1,sin_2,cos_2"

    @Test(arguments: [("ols", "8"), ("poisson", "8"), ("quasipoisson", "4"), ("negbin", "8")])
    func fitWithHACAgreesWithR(_ model: String, _ lag: String) throws {
        var arguments = ["fit", model, "--data", Self.data, "--y", "n", "--x", Self.x, "--se", "hac", "--hac-lag", lag, "--format", "json"]
        if model != "ols" { arguments += ["--offset", "log_days"] }
        let run = try courtstat(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let failures = TrendCommandTests.compareTerms(run.json, fitID: "weekly_two_breaks_\(model)_hac\(lag)")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func hacNeedsACountModelOrOLS() throws {
        let bad = try courtstat(["fit", "logistic", "--data", Self.data, "--y", "n", "--x", "time", "--se", "hac"])
        #expect(bad.status == 64 && bad.stderr.contains("--se"))
        let lag = try courtstat(["fit", "ols", "--data", Self.data, "--y", "n", "--x", "time", "--hac-lag", "3"])
        #expect(lag.status == 64 && lag.stderr.contains("--hac-lag"))
    }
}
