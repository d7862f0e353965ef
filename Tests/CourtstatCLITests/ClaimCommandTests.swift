import CourtstatTestSupport
import Foundation
import Testing

/// `courtstat claim` and `courtstat check`: verdicts as exit statuses, errors with file:line.
@Suite struct ClaimCommandTests {
    @Test func exitStatusFollowsTheVerdict() throws {
        let supported = try courtstat("claim ratio --a 2076 --a-period 2023-H1 --b 615 --b-period 2021 --at-least 3 --format json")
        #expect(supported.status == 0)
        #expect(supported.json["verdict"] as? String == "supported")
        let inconclusive = try courtstat("claim ratio --a 2076 --a-period 2023-H1 --b 1001 --b-period 2022 --at-least 2 --format json")
        #expect(inconclusive.status == 2)
        // R: poisson.test(c(2076, 1001))$conf.int
        #expect((inconclusive.json["conf_low"] as? Double)!.agrees(withR: 1.9223277859792141))
        #expect((inconclusive.json["notes"] as? [String])!.contains { $0.contains("per day the ratio is 4.182") })
        let contradicted = try courtstat("claim rate --count 1053 --period 2023-01-01..2023-05-07 --per week --at-least 100 --format json")
        #expect(contradicted.status == 1)
        #expect(contradicted.json["tipping_point"] as? Double == 1899)
    }

    @Test func shareAndSame() throws {
        let share = try courtstat("claim share --x 198 --n 330 --more-than 0.5 --format json")
        #expect(share.status == 0)
        let same = try courtstat("claim same --a 444 --a-period 2022 --b 442 --b-period 2021 --margin 0.15 --format json")
        #expect(same.status == 0)
        #expect(same.json["conf_level"] as? Double == 0.9)
    }

    @Test func checkWritesOneRowPerClaim() throws {
        let run = try courtstat(["check", "datasets/claims/mediazona-2023-07.toml", "--format", "csv"], in: repositoryRoot)
        // The 100-a-week claim is about convictions, its figure counts cases received: inconclusive
        // with that reason (never contradicted), so the table's status is 2.
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines[0] == "claim,kind,verdict,estimate,conf_low,conf_high,conf_level,p_value,method,notes,tipping_point")
        #expect(lines.count == 9)   // header and 8 claims
        #expect(run.stdout.contains("100-a-week-so-far-in-2023,rate,inconclusive"))
        #expect(run.stdout.contains("inconclusive, not contradicted: the claim is about convictions; F040 counts cases_received"))
        #expect(run.stdout.contains("arithmetic: 2,076 / 1,001 = 2.074, which on its face is at least 2"))
        #expect(run.stdout.contains("by the interval, inconclusive; the two readings differ because counts of this size vary by chance"))
        #expect(run.stdout.contains("other-cases-about-the-same,same,supported"))
    }

    @Test func malformedClaimsFilesNameTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtstat-claims-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, String)] = [
            ("[[claim]]\nid = \"x\"\nkind = \"nonsense\"\n", "bad.toml:3: kind: expected one of ratio"),
            ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F003\"\nb = \"F041\"\nat_least = 2\n", "bad.toml:4: a: figure F003 is derived"),
            ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F999\"\nb = \"F041\"\nat_least = 2\n", "bad.toml:4: a: unknown figure 'F999'"),
            ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = 5\na_period = \"2023-13\"\nb = 4\nb_period = \"2022\"\nat_least = 1\n", "bad.toml:5: a_period:"),
        ]
        for (text, expected) in cases {
            try text.write(to: folder.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
            let run = try courtstat(["check", folder.appendingPathComponent("bad.toml").path,
                                     "--figures", repositoryRoot.appendingPathComponent("datasets/published_figures.csv").path])
            #expect(run.status == 65, "\(expected): \(run.stderr)")
            #expect(run.stderr.contains(expected), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    /// The claims file is read and typed before any data: a bad kind in its last claim is
    /// reported (65, with its line) although the figures and case files named do not exist (66
    /// had they been opened first), in `check` and in `report`.
    @Test func theClaimsFileIsParsedBeforeAnyData() throws {
        let claims = ScratchFolder.file("[[claim]]\nid = \"x\"\nkind = \"share\"\nx = 5\nn = 10\nmore_than = 0.2\n\n"
                                        + "[[claim]]\nid = \"y\"\nkind = \"sahre\"\n", name: "typo.toml", label: "claims-first")
        let missing = ScratchFolder.make("claims-first").appendingPathComponent("absent").path
        let check = try courtstat(["check", claims, "--figures", missing + "/figures.csv", "--data", missing + "/cases.csv"])
        #expect(check.status == 65, "\(check.stderr)")
        #expect(check.stderr.contains("typo.toml:10: kind: expected one of ratio, rate, share, same, greater, trend, found 'sahre'"), "\(check.stderr)")
        let report = try courtstat(["report", "--claims", claims, "--figures", missing + "/figures.csv", "--data", missing + "/cases.csv",
                                    "--out", ScratchFolder.make("claims-first").appendingPathComponent("out").path, "--no-render"])
        #expect(report.status == 65, "\(report.stderr)")
        #expect(report.stderr.contains("typo.toml:10: kind: expected one of"), "\(report.stderr)")
    }

    /// The same claims file on the synthetic cases: figures are counted again in the data, and
    /// claims only data can decide get a verdict.
    @Test func checkOnCaseData() throws {
        let run = try courtstat(["check", "datasets/claims/mediazona-2023-07.toml", "--data", "datasets/cases_synthetic_2021_2024.csv",
                                 "--format", "json"], in: repositoryRoot)
        #expect(run.status <= 2, "\(run.stderr)")
        let rows = run.json["rows"] as! [[String: Any]]
        let most = rows.first { $0["claim"] as? String == "most-convicted-since-march-mobilised" }!
        #expect(most["verdict"] as? String != nil && most["estimate"] is Double)
        let double = rows.first { $0["claim"] as? String == "h1-2023-double-2022" }!
        #expect((double["notes"] as! [String]).contains { $0.hasPrefix("on case data (datasets/cases_synthetic_2021_2024.csv): ") })
    }

    @Test func trendClaimOnCaseData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtstat-trend-claim-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("trend.toml")
        try """
        [[claim]]
        id = "awol-growing-2023"
        kind = "trend"
        article = "337"
        from = "2022-10-03"
        to = "2024-06-30"
        by = "week"
        [[claim]]
        id = "art335-shrinking"
        kind = "trend"
        article = "335"
        growing = false
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = try courtstat(["check", file.path, "--data", "datasets/cases_synthetic_2021_2024.csv", "--format", "json"], in: repositoryRoot)
        let rows = run.json["rows"] as! [[String: Any]]
        #expect(rows[0]["verdict"] as? String == "supported")      // the simulated rate grows through 2023
        #expect(rows[1]["verdict"] as? String != "supported")      // Art. 335 is flat in the simulation
        #expect(run.status == 2 || run.status == 1)
    }

    @Test func missingFilesAndBadArguments() throws {
        #expect(try courtstat("check /nonexistent/claims.toml").status == 66)
        #expect(try courtstat(["check", "datasets/claims/mediazona-2023-07.toml", "--figures", "/nonexistent.csv"], in: repositoryRoot).status == 66)
        for line in ["claim ratio --a 10 --a-period 2023-Q5 --b 5 --b-period 2022 --at-least 2",
                     "claim ratio --a 10 --a-period 2023 --b 5 --b-period 2022",
                     "claim ratio --a 10 --a-period 2023 --b 5 --b-period 2022 --at-least 2 --at-most 3",
                     "claim rate --count 10 --period 2023 --per fortnight --at-least 2",
                     "claim share --x 400 --n 330 --more-than 0.5",
                     "claim same --a 0 --a-period 2022 --b 0 --b-period 2021"] {
            let run = try courtstat(line)
            #expect(run.status == 64, "\(line): \(run.status) \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }
}
