import CourtstatTestSupport
import Foundation
import Testing

/// `validate`, `count` and `simulate` run as a user runs them: output, messages, exit statuses.
@Suite struct DataCommandTests {
    static let header = "case_id,court,region,article,part,received_date,decision_date,defendant_status,sentence_type,sentence_months,source_url"
    static let synthetic = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path
    static let params = repositoryRoot.appendingPathComponent("datasets/simulation-params.json").path

    static func folder() -> URL {
        ScratchFolder.make("cli-data")
    }

    static func file(_ text: String) -> String { ScratchFolder.file(text, label: "cli-data") }

    static let small = header + "\n" + [
        "A1,C1,R1,337,1,2023-01-02,2023-02-01,mobilized,prison,24,",
        "A2,C1,R1,337,1,2023-01-03,,contract,pending,,",
        "A3,C2,R2,338,1,2023-03-15,2023-04-01,contract,suspended,12,",
    ].joined(separator: "\n") + "\n"

    @Test func validateAValidFile() throws {
        let run = try courtstat(["validate", Self.synthetic, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json["rows"] as? Int == 19_676)
        #expect(run.json["first_received"] as? String == "2021-01-01")
        #expect(run.stderr.isEmpty)
    }

    @Test func validateReportsEveryProblemAndExits65() throws {
        let bad = Self.file(Self.header + "\nA1,C,R,337,1,2023-02-30,,mobilised,,,\nA1,C,R,337,1,2023-03-01,,,,-4,\n")
        let run = try courtstat(["validate", bad])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            courtstat: \(bad):2:14: received_date: expected a date YYYY-MM-DD that exists (2023-02 has 28 days), found '2023-02-30'
            courtstat: \(bad):2:26: defendant_status: expected one of mobilized, contract, conscript, volunteer, unknown, found 'mobilised'
            courtstat: \(bad):3:1: case_id: expected a case_id not used before (it is on line 2), found 'A1'
            courtstat: \(bad):3:28: sentence_months: expected a term in months above 0 and at most 360 (30 years), found '-4'
            courtstat: \(bad): 4 problems found; the file is not valid

            """)
        let limited = try courtstat(["validate", bad, "--max-problems", "1"])
        #expect(limited.status == 65)
        #expect(limited.stderr.hasSuffix("courtstat: \(bad): 4 problems found (the first 1 shown); the file is not valid\n"))
        #expect(limited.stderr.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        ("", "1:1: expected a header row naming the columns, found an empty file"),
        (header + "\n", "2:1: expected at least one case row after the header, found none"),
        ("\u{0}\u{1}PK\u{3}\u{4}", "1:1: expected text, found a NUL byte (is this a binary file?)"),
        (header + "\nA1,\"C,R,337,1,2023-01-01,,,,,\n", "2:4: court: expected a closing quote '\"' for the field that opens here, found the end of the file"),
    ])
    func validateBadFiles(_ text: String, _ message: String) throws {
        let path = Self.file(text)
        let run = try courtstat(["validate", path])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("courtstat: \(path):\(message)\n"), "\(run.stderr)")
    }

    @Test func missingAndUnreadableInputsExit66() throws {
        let run = try courtstat(["validate", "/nonexistent/cases.csv"])
        #expect(run.status == 66)
        #expect(run.stderr == "courtstat: /nonexistent/cases.csv: no such file\n")
        #expect(try courtstat(["count", "/nonexistent/cases.csv", "--by", "week"]).status == 66)
        #expect(try courtstat(["count", Self.folder().path, "--by", "week"]).status == 66)
    }

    @Test func validateReadsStandardInput() throws {
        let run = try courtstat(["validate", "-", "--format", "csv"], stdin: Self.small)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("file,valid,rows,first_received,last_received,with_decision,absent_columns,extra_columns\r\n<stdin>,true,3,2023-01-02,2023-03-15,2,,\r\n"))
    }

    @Test func countByMonthWithEmptyPeriods() throws {
        let run = try courtstat(["count", Self.file(Self.small), "--by", "month", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "period,period_start,period_end,days,n\r\n2023-01,2023-01-01,2023-01-31,31,2\r\n"
                + "2023-02,2023-02-01,2023-02-28,28,0\r\n2023-03,2023-03-01,2023-03-31,31,1\r\n")
        let table = try courtstat(["count", Self.file(Self.small), "--by", "quarter", "--split", "status", "--format", "table"])
        #expect(table.stdout == """
            period   period_start  period_end  days  defendant_status  n
            2023-Q1  2023-01-01    2023-03-31    90  contract          2
            2023-Q1  2023-01-01    2023-03-31    90  mobilized         1

            """)
    }

    @Test func countJSONSplitsAddUp() throws {
        let split = try courtstat(["count", Self.synthetic, "--by", "year", "--split", "article", "--format", "json"])
        let whole = try courtstat(["count", Self.synthetic, "--by", "year", "--format", "json"])
        #expect(split.status == 0 && whole.status == 0)
        let rows = try #require(split.json["rows"] as? [[String: Any]])
        let totals = try #require(whole.json["rows"] as? [[String: Any]])
        #expect(totals.map { $0["period"] as? String } == ["2021", "2022", "2023", "2024"])
        for total in totals {
            let sum = rows.filter { $0["period"] as? String == total["period"] as? String }.compactMap { $0["n"] as? Int }.reduce(0, +)
            #expect(sum == total["n"] as? Int)
        }
        #expect(Set(rows.compactMap { $0["article"] as? String }) == ["332", "334", "335", "337", "338", "352.1"])
    }

    @Test func countWithFiltersAndMapping() throws {
        let mapped = Self.file("id,date_in,art,category\nA1,2023-01-02,337,mobilized\nA2,2023-01-09,337,contract\nA3,2023-01-10,338,contract\n")
        let run = try courtstat(["count", mapped, "--by", "week", "--map", "case_id=id,received_date=date_in,article=art,defendant_status=category",
                                 "--status", "contract", "--article", "337,338", "--from", "2022-12-26", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "period,period_start,period_end,days,n\r\n2022-W52,2022-12-26,2023-01-01,7,0\r\n"
                + "2023-W01,2023-01-02,2023-01-08,7,0\r\n2023-W02,2023-01-09,2023-01-15,7,2\r\n")
    }

    @Test(arguments: [
        (["--by", "fortnight"], "--by"), (["--by", "week", "--split", "colour"], "--split"),
        (["--by", "week", "--from", "2023-02-30"], "--from"), (["--by", "week", "--status", "mobilised"], "--status"),
        (["--by", "week", "--date", "sentenced"], "--date"), (["--by", "week", "--map", "colour=x"], "--map"),
        (["--by", "week", "--from", "2023-03-01", "--to", "2023-01-01"], "--to"),
    ])
    func countBadArgumentsExit64(_ arguments: [String], _ option: String) throws {
        let run = try courtstat(["count", Self.file(Self.small)] + arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(option) && run.stdout.isEmpty, "\(run.stderr)")
    }

    @Test func countStopsAtTheFirstBadRow() throws {
        let bad = Self.file(Self.small + "A4,C,R,337,1,2023-13-01,,,,,\n")
        let run = try courtstat(["count", bad, "--by", "month"])
        #expect(run.status == 65 && run.stdout.isEmpty)
        #expect(run.stderr == "courtstat: \(bad):5:14: received_date: expected a date YYYY-MM-DD with a month from 01 to 12, found '2023-13-01'\n")
    }

    @Test func gnuplotDataFile() throws {
        let folder = Self.folder()
        let dat = folder.appendingPathComponent("counts.dat").path
        let run = try courtstat(["count", Self.file(Self.small), "--by", "month", "--split", "article", "--gnuplot", dat, "--format", "csv"])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: dat, encoding: .utf8)
        #expect(text.contains("# period period_start period_end days article n\n# dataset 0: article = 337\n2023-01 2023-01-01 2023-01-31 31 337 2\n"))
        #expect(text.contains("2023-03 2023-03-01 2023-03-31 31 337 0\n\n\n# dataset 1: article = 338\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["counts.dat"])   // no temporary left
        let unwritable = try courtstat(["count", Self.file(Self.small), "--by", "month", "--gnuplot", "/nonexistent/folder/c.dat"])
        #expect(unwritable.status == 73 && unwritable.stdout.isEmpty)
        #expect(unwritable.stderr.hasPrefix("courtstat: /nonexistent/folder/c.dat: cannot write"))
    }

    @Test func simulateIsDeterministicAndAtomic() throws {
        let folder = Self.folder()
        let a = folder.appendingPathComponent("a.csv").path, b = folder.appendingPathComponent("b.csv").path
        let run = try courtstat(["simulate", "--params", Self.params, "--seed", "20230719", "--out", a, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.json["rows"] as? Int == 19_676)
        #expect(try courtstat(["simulate", "--params", Self.params, "--seed", "20230719", "--out", b]).status == 0)
        let bytes = FileManager.default.contents(atPath: a)
        #expect(bytes != nil && bytes == FileManager.default.contents(atPath: b))
        #expect(bytes == FileManager.default.contents(atPath: Self.synthetic))
        let noFolder = try courtstat(["simulate", "--params", Self.params, "--seed", "1", "--out", "/nonexistent/x.csv"])
        #expect(noFolder.status == 73)
        #expect(try courtstat(["simulate", "--params", "/nonexistent/p.json", "--seed", "1", "--out", a]).status == 66)
        #expect(try courtstat(["simulate", "--params", Self.params, "--seed", "-1", "--out", a]).status == 64)
        let badParams = folder.appendingPathComponent("p.json").path
        _ = FileManager.default.createFile(atPath: badParams, contents: Data("{\"start\": 3}".utf8))
        let bad = try courtstat(["simulate", "--params", badParams, "--seed", "1", "--out", folder.appendingPathComponent("c.csv").path])
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("courtstat: \(badParams): start: expected a value of type String"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.csv").path))
    }
}
