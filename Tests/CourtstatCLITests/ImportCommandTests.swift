import CourtstatTestSupport
import Foundation
import Testing

/// `courtstat import` on the committed scrape fixtures (Tests/Fixtures/scrape, made by
/// scripts/make-scrape-fixtures.py from ground truth, not by parsing): the same records in four
/// encodings and separators give the same cases; every row is written or rejected.
@Suite struct ImportCommandTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/scrape")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// The rejects file's rows (line, column, value), and how many there are.
    static func rejectRows(_ csv: String) -> [[String]] {
        Fixture.records(csv).dropFirst().map { Array($0.prefix(3)) }
    }

    @Test(arguments: ["scrape_utf8_semicolon.csv", "scrape_cp1251_semicolon.csv", "scrape_utf8bom_comma.csv", "scrape_tab.tsv"])
    func everyFormGivesTheExpectedCasesAndRejects(_ name: String) throws {
        let out = ScratchFolder.make("import").appendingPathComponent("cases.csv").path
        let rejects = ScratchFolder.make("import").appendingPathComponent("rejects.csv").path
        let run = try courtstat(["import", Self.path(name), "--profile", "sudrf", "--out", out, "--rejects", rejects])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.text("expected_cases.csv"))
        let expected = Self.rejectRows(try Self.text("expected_rejects.csv"))
        let got = Self.rejectRows(try String(contentsOfFile: rejects, encoding: .utf8))
        #expect(expected.count == 24)
        #expect(got == expected)
        // The summary adds up: read = written + rejected, and the unknown words are counted.
        #expect(run.stderr.contains("read 344 rows of \(Self.path(name))"))
        #expect(run.stderr.contains("320 written, 24 rejected"))
        #expect(run.stderr.contains("mapped to unknown: defendant_status 8"))
        #expect(run.stderr.contains("sentence_type 8"))
    }

    @Test func rejectReasonsSayWhatWasExpected() throws {
        let rejects = ScratchFolder.make("import").appendingPathComponent("rejects.csv").path
        _ = try courtstat(["import", Self.path("scrape_utf8_semicolon.csv"), "--profile", "sudrf", "--out", "/dev/null", "--rejects", rejects])
        let got = Fixture.records(try String(contentsOfFile: rejects, encoding: .utf8)).dropFirst()
        let keywords = Fixture.records(try Self.text("expected_rejects.csv")).dropFirst().map { $0[3] }
        let words: [String: String] = [
            "received_missing": "a date is required", "field_count": "fields, the header", "article_only_qualifier": "Arts. 30 and 33",
            "date_invalid": "expected a", "date_out_of_range": "a year from 1900 to 2100", "decision_before_received": "on or after the received date",
            "term_not_allowed": "no term for sentence_type", "article_unparseable": "expected articles like", "term_too_long": "at most 360 months",
            "article_missing": "at least one article", "term_unparseable": "expected a term like", "case_id_missing": "neither a УИД nor a case number",
        ]
        #expect(got.count == keywords.count)
        for (row, keyword) in paired(got, keywords) {
            let phrase = try #require(words[keyword], "no phrase for \(keyword)")
            #expect(row[3].contains(phrase), "line \(row[0]): \(row[3]) should say \(phrase)")
        }
    }

    @Test func cardLabelHeadersAndStandardInput() throws {
        let input = try Self.text("scrape_card_labels.csv")
        let run = try courtstat(["import", "-", "--profile", "sudrf"], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Self.text("expected_cases_card_labels.csv")))
        #expect(run.stderr.contains("read 344 rows of <stdin>"))
    }

    @Test func strictStopsAtTheFirstProblemWithItsPlace() throws {
        let out = ScratchFolder.make("import").appendingPathComponent("cases.csv").path
        let run = try courtstat(["import", Self.path("scrape_utf8_semicolon.csv"), "--profile", "sudrf", "--strict", "--out", out])
        #expect(run.status == 65)
        #expect(run.stderr.contains("scrape_utf8_semicolon.csv:11:"))
        #expect(run.stderr.contains("received_date: a date is required"))
        #expect(!FileManager.default.fileExists(atPath: out))       // nothing half-written
    }

    @Test func aUsersOwnProfileAndMap() throws {
        let profile = ScratchFolder.file("""
            name = "newsroom"
            missing = ["", "?"]
            date_formats = ["dd/mm/yyyy"]
            [columns]
            case_number = ["Case"]
            article = ["Charge"]
            received_date = ["Filed"]
            defendant_status = ["Who"]
            [status]
            "mobilised" = "mobilized"
            [sentence_type]
            """, name: "newsroom.toml", label: "profile")
        let data = ScratchFolder.file("Case,Charge,Filed,Other date,Who\nA1,337 ч.5,01/02/2023,05/02/2023,Mobilised\nA2,ст.338,?,06/02/2023,?\n",
                                      name: "mine.csv", label: "profile")
        let run = try courtstat(["import", data, "--profile", profile])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = Fixture.records(run.stdout)
        #expect(rows.count == 2)
        #expect(rows[1][0] == "A1" && rows[1][3] == "337" && rows[1][4] == "5" && rows[1][5] == "2023-02-01" && rows[1][7] == "mobilized")
        #expect(run.stderr.contains("1 no received date"))
        // --map picks another column for the received date.
        let mapped = try courtstat(["import", data, "--profile", profile, "--map", "received_date=Other date"])
        let m = Fixture.records(mapped.stdout)
        #expect(m.count == 3 && m[1][5] == "2023-02-05" && m[2][5] == "2023-02-06")
        #expect(m[0].last == "Filed")                               // the unused column is kept
    }

    @Test func badInputGetsItsStatus() throws {
        let noArticle = ScratchFolder.file("Номер дела;Дата поступления\n1-1/2023;01.02.2023\n", name: "a.csv", label: "import-bad")
        let run = try courtstat(["import", noArticle, "--profile", "sudrf"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("a column for article"))
        #expect(try courtstat(["import", "/nonexistent/x.csv", "--profile", "sudrf"]).status == 66)
        #expect(try courtstat(["import", noArticle, "--profile", "/nonexistent/p.toml"]).status == 66)
        #expect(try courtstat(["import", noArticle]).status == 64)
        #expect(try courtstat(["import", noArticle, "--profile", "sudrf", "--encoding", "koi8"]).status == 64)
        #expect(try courtstat(["import", noArticle, "--profile", "sudrf", "--map", "nonsense=x"]).status == 64)
        let ok = Self.path("scrape_utf8_semicolon.csv")
        #expect(try courtstat(["import", ok, "--profile", "sudrf", "--out", "/nonexistent/dir/out.csv"]).status == 73)
        let empty = ScratchFolder.file("", name: "empty.csv", label: "import-bad")
        #expect(try courtstat(["import", empty, "--profile", "sudrf"]).status == 65)
        let allBad = ScratchFolder.file("Номер дела;Дата поступления;Статьи\n1;31.02.2023;ст.337\n", name: "bad.csv", label: "import-bad")
        let none = try courtstat(["import", allBad, "--profile", "sudrf"])
        #expect(none.status == 65 && none.stdout.isEmpty)
        let badProfile = ScratchFolder.file("[status]\n\"x\" = \"sailor\"\n", name: "bad.toml", label: "import-bad")
        let p = try courtstat(["import", ok, "--profile", badProfile])
        #expect(p.status == 65 && p.stderr.contains("bad.toml:2:1"))
    }

    @Test func analysesOnTheScrapeEqualImportingFirst() throws {
        let scrape = Self.path("scrape_cp1251_semicolon.csv")
        let imported = ScratchFolder.make("import").appendingPathComponent("cases.csv").path
        _ = try courtstat(["import", scrape, "--profile", "sudrf", "--out", imported])
        for args in [["count", "--by", "quarter", "--split", "status"], ["count", "--by", "month", "--article", "337"],
                     ["compare", "--a", "mobilized", "--b", "contract", "--outcome", "custodial"],
                     ["trend", "--by", "month", "--article", "337"]] {
            let direct = try courtstat([args[0], scrape, "--profile", "sudrf"] + args.dropFirst() + ["--format", "csv"])
            let viaFile = try courtstat([args[0], imported] + args.dropFirst() + ["--format", "csv"])
            #expect(direct.status == viaFile.status, "\(args): \(direct.stderr)")
            #expect(direct.stdout == viaFile.stdout, "\(args)")
            #expect(!direct.stdout.isEmpty)
            #expect(direct.stderr.contains("import: read 344 rows"))
        }
        let claims = repositoryRoot.appendingPathComponent("datasets/claims/mediazona-2023-07.toml").path
        let direct = try courtstat(["check", claims, "--data", scrape, "--profile", "sudrf", "--format", "csv"])
        let viaFile = try courtstat(["check", claims, "--data", imported, "--format", "csv"])
        #expect(direct.status == viaFile.status)
        // The same verdicts and numbers; the notes name the file the cases came from.
        #expect(direct.stdout.replacingOccurrences(of: scrape, with: "DATA") == viaFile.stdout.replacingOccurrences(of: imported, with: "DATA"))
    }
}
