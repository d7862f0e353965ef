import CourtstatTestSupport
import Foundation
import Testing

/// `courtstat fit`: output shape and numbers (against the R fixtures of CourtstatModels), and
/// every kind of bad input: its exit status, its located message, and an empty stdout.
@Suite struct FitCommandTests {
    static let models = repositoryRoot.appendingPathComponent("Tests/Fixtures/models")
    static func dataPath(_ name: String) -> String { models.appendingPathComponent("data_\(name).csv").path }

    /// A temporary CSV file holding `text`.
    static func file(_ text: String, name: String = "data.csv") throws -> String { ScratchFolder.file(text, name: name, label: "fit") }

    @Test func jsonHasTermsInOrderAndGlanceAgreeingWithR() throws {
        let run = try courtstat(["fit", "poisson", "--data", Self.dataPath("weekly_break"), "--y", "n",
                                 "--x", "time,level_change,slope_change", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let terms = run.json["terms"] as? [[String: Any]] ?? []
        #expect(terms.map { $0["term"] as? String } == ["intercept", "time", "level_change", "slope_change"])
        let r = Fixture.rows("terms.csv", folder: "Tests/Fixtures/models", count: 75).filter { $0["fit_id"] == "break_poisson" }
        for (ours, ref) in paired(terms, r) {
            #expect(agree(ours["estimate"] as? Double, ref.number("estimate")))
            #expect(agree(ours["std_error"] as? Double, ref.number("std_error")))
            #expect(agree(ours["p_value"] as? Double, ref.number("p_value")))
        }
        let glance = run.json["glance"] as? [String: Any] ?? [:]
        let fit = Fixture.rows("fits.csv", folder: "Tests/Fixtures/models", count: 26).first { $0["fit_id"] == "break_poisson" }!
        #expect(agree(glance["deviance"] as? Double, fit.number("deviance")))
        #expect(agree(glance["aic"] as? Double, fit.number("aic")))
        #expect(glance["theta"] is NSNull)
        #expect(glance["iterations"] as? Int == 6)
    }

    /// Grouped binomial data (--trials): R's glm(cbind(custodial, trials - custodial) ~ …).
    @Test func logisticWithTrialsAgreesWithRGroupedFit() throws {
        let run = try courtstat(["fit", "logistic", "--data", Self.dataPath("cases_custodial_grouped"), "--y", "custodial",
                                 "--trials", "trials", "--x", "mobilized,prior,quarter", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let terms = run.json["terms"] as? [[String: Any]] ?? []
        let r = Fixture.rows("terms.csv", folder: "Tests/Fixtures/models", count: 75).filter { $0["fit_id"] == "custodial_binomial_grouped" }
        #expect(terms.count == 4 && r.count == 4)
        for (ours, ref) in paired(terms, r) {
            #expect(ours["term"] as? String == ref["term"])
            for key in ["estimate", "std_error", "p_value", "conf_low", "conf_high"] {
                #expect(agree(ours[key] as? Double, ref.number(key)), "\(key)")
            }
        }
        let glance = run.json["glance"] as? [String: Any] ?? [:]
        let fit = Fixture.rows("fits.csv", folder: "Tests/Fixtures/models", count: 26).first { $0["fit_id"] == "custodial_binomial_grouped" }!
        for key in ["deviance", "null_deviance", "log_lik", "aic"] { #expect(agree(glance[key] as? Double, fit.number(key)), "\(key)") }
        #expect(glance["n"] as? Int == 24)
    }

    @Test func csvPrintsTermsOrTheGlanceRow() throws {
        let args = ["fit", "ols", "--data", Self.dataPath("weekly_sentence"), "--y", "months", "--x", "time,share_mobilized",
                    "--robust", "--format", "csv"]
        let terms = try courtstat(args)
        #expect(terms.status == 0)
        let lines = terms.stdout.split(separator: "\r\n")
        #expect(lines.first == "term,estimate,std_error,statistic,df,p_value,conf_low,conf_high,conf_level,method")
        #expect(lines.count == 4 && lines[1].hasPrefix("intercept,") && lines[3].hasPrefix("share_mobilized,"))
        let glance = try courtstat(args + ["--glance"])
        #expect(glance.stdout.hasPrefix("model,n,df_residual,df_null,deviance,"))
        #expect(glance.stdout.contains("\r\nols,80,77,"))
    }

    @Test func exposureIsTheLogOffset() throws {
        let path = Self.dataPath("monthly_exposure")
        let a = try courtstat(["fit", "quasipoisson", "--data", path, "--y", "n", "--x", "time", "--offset", "log_days", "--format", "json"])
        let b = try courtstat(["fit", "quasipoisson", "--data", path, "--y", "n", "--x", "time", "--exposure", "days", "--format", "json"])
        #expect(a.status == 0 && b.status == 0)
        let ta = a.json["terms"] as? [[String: Any]] ?? [], tb = b.json["terms"] as? [[String: Any]] ?? []
        #expect(ta.count == 2 && tb.count == 2)
        for (x, y) in paired(ta, tb) { #expect(agree(x["estimate"] as? Double, y["estimate"] as? Double, tolerance: 1e-12)) }
    }

    /// A byte-order mark, CRLF line ends, quoted fields and a non-numeric column that is not
    /// used: read as R's read.csv would. R: glm(n ~ time, poisson) on (3, 5, 4, 9) gives
    /// time = 0.3339291 (se 0.2044296).
    @Test func readsCRLFQuotesAndIgnoresUnusedColumns() throws {
        let path = try Self.file("\u{FEFF}\"n\",\"time\",date\r\n3,0,2022-01-03\r\n5,1,2022-01-10\r\n4,2,\"2022-01-17\"\r\n9,3,x\r\n\r\n")
        let run = try courtstat(["fit", "poisson", "--data", path, "--y", "n", "--x", "time", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let time = (run.json["terms"] as? [[String: Any]])?.last ?? [:]
        #expect(abs((time["estimate"] as? Double ?? 0) - 0.3339291) < 1e-7)
        #expect(abs((time["std_error"] as? Double ?? 0) - 0.2044296) < 1e-7)
    }

    /// (arguments, file contents or nil for the fixture, status, start of the message)
    static let badInputs: [(String, String?, Int32, String)] = [
        ("poisson --y n --x week", "n,time\n1,0\n2,1\n3,2\n", 65, "DATA:1:1: no column 'week'"),
        ("poisson --y n --x time", "n,time\n1,0\n2,x1\n3,2\n", 65, "DATA:3:3: time: expected a number, found 'x1'"),
        ("poisson --y n --x time", "n,time\n1,0\nNaN,1\n3,2\n", 65, "DATA:3:1: n: expected a number, found 'NaN'"),
        ("poisson --y n --x time", "n,time\n1,0\n2,1e999\n3,2\n", 65, "DATA:3:3: time: expected a finite number"),
        ("poisson --y n --x time", "n,time\n1,0\n2\n3,2\n", 65, "DATA:3:1: expected 2 fields"),
        ("poisson --y n --x time", "n,time\n1,0\n2,1\n", 65, "DATA: 2 observations for 2 coefficients"),
        ("poisson --y n --x time", "n,time\n1,0\n-2,1\n3,2\n", 65, "DATA:3:1: n: observation 2 is -2"),
        ("negbin --y n --x time", "n,time\n1,0\n2.5,1\n3,2\n4,3\n", 65, "DATA:3:1: n: observation 2 is 2.5; expected a whole count"),
        ("logistic --y y --x x", "y,x\n0,1\n0,2\n0,3\n1,4\n1,5\n1,6\n", 65, "DATA:2:1: logistic: fitted values numerically at the boundary"),
        ("ols --y y --x a,b", "y,a,b\n1,1,2\n2,2,4\n4,3,6\n3,4,8\n", 65, "DATA: the design is rank-deficient: a, b"),
        ("ols --y y --x a", "y,a\n1,5\n2,5\n4,5\n", 65, "DATA: a takes a single value"),
        ("poisson --y n --x time --robust", "n,time\n1,0\n2,1\n3,2\n", 64, "--robust"),
        ("ols --y y --x a --offset a", "y,a\n1,5\n2,6\n4,7\n", 64, "--offset"),
        ("tobit --y y", "y\n1\n", 64, "MODEL"),
        ("logistic --y s --trials n --x x", "s,n,x\n1,3,1\n4,3,2\n2,5,3\n1,4,4\n", 65, "DATA:3:1: s: observation 2 is 4; expected at most the 3 trials in n"),
        ("logistic --y s --trials n --x x", "s,n,x\n1,3,1\n0,0,2\n2,5,3\n1,4,4\n", 65, "DATA:3:3: n: observation 2 is 0; expected a whole number of trials ≥ 1"),
        ("logistic --y s --trials n --x x", "s,n,x\n1,3,1\n1.5,3,2\n2,5,3\n1,4,4\n", 65, "DATA:3:1: s: observation 2 is 1.5; expected a whole count"),
        ("poisson --y s --trials n --x x", "s,n,x\n1,3,1\n", 64, "--trials"),
    ]

    @Test(arguments: badInputs)
    func badInputExitsWithItsStatusAndALocatedMessage(_ input: (String, String?, Int32, String)) throws {
        let (line, contents, status, message) = input
        let path = try contents.map { try Self.file($0) } ?? "unused"
        let args = ["fit"] + line.split(separator: " ").map(String.init) + ["--data", path, "--format", "json"]
        let run = try courtstat(args)
        #expect(run.status == status, "\(line): \(run.stderr)")
        #expect(run.stderr.contains(message.replacingOccurrences(of: "DATA", with: path)), "\(line): \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(line) printed: \(run.stdout)")
    }

    @Test func missingFileIs66() throws {
        let run = try courtstat(["fit", "poisson", "--data", "/nonexistent/counts.csv", "--y", "n", "--format", "json"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("/nonexistent/counts.csv: no such file"))
        #expect(run.stdout.isEmpty)
    }
}
