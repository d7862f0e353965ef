import CourtstatTestSupport
import Foundation
import Testing

/// `report` on a user's own scrape, run as a user would: from a folder outside the checkout, with
/// no figures file named.
@Suite struct ReportOnScrapeTests {
    static let scrape = repositoryRoot.appendingPathComponent("Tests/Fixtures/scrape/scrape_cp1251_semicolon.csv").path
    static let claims = repositoryRoot.appendingPathComponent("datasets/claims/mediazona-2023-07.toml").path

    static func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func aScrapeIsNotCalledSyntheticAndNeedsNoFileTheUserDidNotName() throws {
        let home = ScratchFolder.make("report-scrape")
        let run = try courtstat(["report", "--data", Self.scrape, "--profile", "sudrf", "--claims", Self.claims, "--out", "out", "--no-render"],
                                in: home)
        #expect(run.status == 0, "\(run.stderr)")
        let out = home.appendingPathComponent("out")
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(!report.lowercased().contains("synthetic"))
        #expect(report.contains("read 344 rows"))
        #expect(report.contains("## Published figures"))               // the shipped figures were found
        for name in Self.files(out) where name.hasSuffix(".gp") {
            let script = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!script.contains("SYNTHETIC"), "\(name)")
        }
        #expect(Self.files(out).contains("claims_case_data.csv"))
        #expect(!Self.files(out).contains("claims_synthetic_data.csv"))
        #expect(!Self.files(home).contains { $0.hasPrefix(".out.courtstat-") })   // no staging folder left
    }

    @Test func syntheticDataSayItAndOnlyThen() throws {
        let home = ScratchFolder.make("report-synthetic")
        let data = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path
        let run = try courtstat(["report", "--data", data, "--out", "out", "--no-render"], in: home)
        #expect(run.status == 0, "\(run.stderr)")
        let trend = try String(contentsOf: home.appendingPathComponent("out/trend.gp"), encoding: .utf8)
        #expect(trend.contains("SYNTHETIC"))
        // The same rows without the data_source column are not called synthetic.
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let stripped = text.split(separator: "\n").map { line in String(line[..<line.lastIndex(of: ",")!]) }.joined(separator: "\n") + "\n"
        let plain = ScratchFolder.file(stripped, name: "plain.csv", label: "report-synthetic")
        let again = try courtstat(["report", "--data", plain, "--out", "plain", "--no-render"], in: home)
        #expect(again.status == 0, "\(again.stderr)")
        let script = try String(contentsOf: home.appendingPathComponent("plain/trend.gp"), encoding: .utf8)
        #expect(!script.contains("SYNTHETIC"))
    }

    @Test func aFailedReportLeavesTheFolderAsItWas() throws {
        let home = ScratchFolder.make("report-fail")
        let out = home.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let badClaims = ScratchFolder.file("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F001\"\nb = \n", name: "bad.toml", label: "report-fail")
        let run = try courtstat(["report", "--data", Self.scrape, "--profile", "sudrf", "--claims", badClaims, "--out", out.path, "--no-render"])
        #expect(run.status == 65)
        #expect(Self.files(out) == ["notes.txt"])
        // Bad data: the folder is not even created.
        let bad = ScratchFolder.file("case_id,article,received_date\nA,337,2023-02-30\n", name: "bad.csv", label: "report-fail")
        let fresh = home.appendingPathComponent("fresh")
        let second = try courtstat(["report", "--data", bad, "--out", fresh.path, "--no-render"])
        #expect(second.status == 65)
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        #expect(!Self.files(home).contains { $0.contains(".courtstat-") })
    }

    @Test func aMissingColumnIsADataErrorThatNamesIt() throws {
        let data = ScratchFolder.file("case_id,article,received_date,defendant_status,sentence_type\nA,337,2023-02-01,mobilized,prison\n",
                                      name: "nodecision.csv", label: "report-column")
        let home = ScratchFolder.make("report-column")
        let run = try courtstat(["report", "--data", data, "--out", home.appendingPathComponent("out").path, "--no-render"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("decision_date"))
        #expect(!run.stderr.contains("--a"))
    }

    @Test func dataThatCannotFormTheGroupsOrHoldNoAWOLLeaveThoseSectionsOutWithANote() throws {
        // Only desertion cases, no hand-coded status: no trend of Art. 337, no comparison, claims inconclusive.
        let scrape = ScratchFolder.file("""
            Номер дела;Суд;Дата поступления;Дата решения;Перечень статей;Результат рассмотрения
            1-1/2023;Барнаульский ГВС;09.01.2023;01.03.2023;ст.338 ч.1;Вынесен ПРИГОВОР
            1-2/2023;Читинский ГВС;10.02.2023;;ст.338 ч.1;
            """ + "\n", name: "desertion.csv", label: "report-notes")
        let home = ScratchFolder.make("report-notes")
        let run = try courtstat(["report", "--data", scrape, "--profile", "sudrf", "--claims", Self.claims, "--out", "out", "--no-render"], in: home)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(contentsOf: home.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(report.contains("The weekly trend is left out"))
        #expect(report.contains("The comparison of mobilised and contract soldiers (cases placed by their decision date) is left out"))
        #expect(report.contains("h1-2023-double-2022 | **inconclusive**"))
    }
}
