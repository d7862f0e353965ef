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
        #expect(run.status == 1)   // the 100-a-week claim is contradicted by the published tallies
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines[0] == "claim,kind,verdict,estimate,conf_low,conf_high,conf_level,p_value,method,notes,tipping_point")
        #expect(lines.count == 9)   // header and 8 claims
        #expect(run.stdout.contains("100-a-week-so-far-in-2023,rate,contradicted"))
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
