import CourtstatTestSupport
import Foundation
import Testing

/// DESIGN.md's "Publication-ready output", checked from the SVGs that the real gnuplot renders:
/// axis titles in words, percent ticks on shares, Okabe–Ito colours only (greys for text, grid
/// and frame), "SYNTHETIC DATA" on every chart of the synthetic cases and on no other chart, and
/// one claims-chart row per claim. Each report runs once and its folder serves every check.
@Suite struct ChartConventionTests {
    static let claims = repositoryRoot.appendingPathComponent("datasets/claims/mediazona-2023-07.toml").path

    /// The shipped synthetic data, as scripts/analyze.sh reports them.
    static let synthetic: URL = runReport("charts-synthetic", ["--data", "datasets/cases_synthetic_2021_2024.csv",
                                                               "--figures", "datasets/published_figures.csv"])
    /// A real scrape read with the sudrf profile (its published figures found beside the checkout).
    static let scrape: URL = runReport("charts-scrape", ["--data", "Tests/Fixtures/scrape/scrape_utf8_semicolon.csv", "--profile", "sudrf",
                                                         "--figures", "datasets/published_figures.csv"])

    static func runReport(_ label: String, _ arguments: [String]) -> URL {
        let out = ScratchFolder.make(label).appendingPathComponent("out")
        let run = try? courtstat(["report"] + arguments + ["--claims", claims, "--out", out.path], in: repositoryRoot)
        if run?.status != 0 { Issue.record("report \(arguments) failed: \(run?.stderr ?? "not run")") }
        return out
    }

    static func svg(_ folder: URL, _ chart: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(chart + ".svg"), encoding: .utf8)
    }

    static func charts(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".svg") }
            .map { String($0.dropLast(4)) }.sorted()
    }

    static let okabeIto: Set<[Int]> = [[230, 159, 0], [86, 180, 233], [0, 158, 115], [240, 228, 66], [0, 114, 178],
                                       [213, 94, 0], [204, 121, 167], [0, 0, 0]]

    @Test func everyChartIsRendered() {
        #expect(Self.charts(Self.synthetic) == ["claims", "custodial_share", "published_figures", "sentence_months", "trend", "trend_residuals"])
        #expect(Self.charts(Self.scrape).contains("claims") && Self.charts(Self.scrape).contains("published_figures"))
    }

    @Test func axisTitlesAreWordsWithUnits() throws {
        let expected = [
            "trend": ["cases received per week", "week the case was received"],
            "custodial_share": ["share of convicted defendants with a custodial sentence (%)", "quarter of the decision"],
            "sentence_months": ["sentence length (months)", "share of the group's custodial sentences (%)"],
            "published_figures": ["cases received per week (tally / weeks in its period)", "period the tally covers"],
            "trend_residuals": ["Pearson residual (standard deviations)"],
        ]
        for (chart, titles) in expected {
            let text = try Self.svg(Self.synthetic, chart)
            for title in titles { #expect(text.contains(">\(title)<"), "\(chart).svg lacks the axis title '\(title)'") }
        }
    }

    /// Shares are in percent: ticks 0% … 100%, and quarters are written 2023-Q1 at their bins.
    @Test func sharesArePercentAndQuartersAreNamed() throws {
        for chart in ["custodial_share", "sentence_months"] {
            let text = try Self.svg(Self.synthetic, chart)
            for tick in ["0%", "50%", "100%"] { #expect(text.contains(">\(tick)<"), "\(chart).svg lacks the tick \(tick)") }
            #expect(!text.contains(">0.5<"), "\(chart).svg still has a fraction tick")
        }
        let share = try Self.svg(Self.synthetic, "custodial_share")
        #expect(share.contains(">2023-Q1<") && share.contains(">2024-Q4<"))
        #expect(share.contains("mobilised (n = ") && share.contains("contract soldiers (n = "))
        #expect(!share.contains("mobilized"))
        let months = try Self.svg(Self.synthetic, "sentence_months")
        for tick in ["0", "6", "12", "18", "24"] { #expect(months.contains("> \(tick)<"), "sentence_months.svg lacks the tick \(tick)") }
    }

    /// Every colour gnuplot writes is an Okabe–Ito colour, a grey (text, grid, frame) or white;
    /// the data layers' colours are there.
    @Test func onlyOkabeItoColours() throws {
        for folder in [Self.synthetic, Self.scrape] {
            for chart in Self.charts(folder) {
                let text = try Self.svg(folder, chart)
                var used: Set<[Int]> = []
                for match in text.matches(of: /rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\)/) {
                    let rgb = [Int(match.1)!, Int(match.2)!, Int(match.3)!]
                    let grey = rgb[0] == rgb[1] && rgb[1] == rgb[2]
                    #expect(grey || Self.okabeIto.contains(rgb), "\(chart).svg draws rgb\(rgb), not an Okabe–Ito colour")
                    if !grey { used.insert(rgb) }
                }
                #expect(!used.isEmpty, "\(chart).svg draws nothing in colour")
            }
        }
    }

    /// "SYNTHETIC DATA" is on every chart of the synthetic cases, not on the published figures or
    /// the claims checked on them, and nowhere in a report on a real scrape.
    @Test func syntheticMarkerExactlyOnSyntheticData() throws {
        for chart in Self.charts(Self.synthetic) {
            let text = try Self.svg(Self.synthetic, chart)
            let onCases = !["published_figures", "claims"].contains(chart)
            #expect(text.contains(">SYNTHETIC DATA<") == onCases, "\(chart).svg: marker \(onCases ? "missing" : "on a chart of published figures")")
        }
        #expect(!Self.charts(Self.scrape).isEmpty)
        for chart in Self.charts(Self.scrape) {
            #expect(!(try Self.svg(Self.scrape, chart)).lowercased().contains("synthetic"), "\(chart).svg of a scrape says synthetic")
        }
    }

    /// One row per claim of the claims file, each with its id and a verdict in words.
    @Test func claimsChartHasOneRowPerClaim() throws {
        let ids = try String(contentsOfFile: Self.claims, encoding: .utf8).matches(of: /(?m)^id = "([^"]+)"/).map { String($0.1) }
        #expect(ids.count == 8)
        let text = try Self.svg(Self.synthetic, "claims")
        for id in ids { #expect(text.components(separatedBy: ">\(id): ").count == 2, "claims.svg: the row of \(id)") }
        let verdicts = text.matches(of: />(SUPPORTED|INCONCLUSIVE|CONTRADICTED|NOT CHECKED)</).count
        #expect(verdicts == ids.count)
        let csv = try String(contentsOf: Self.synthetic.appendingPathComponent("claims.csv"), encoding: .utf8)
        for verdict in ["supported", "inconclusive", "contradicted"] {
            #expect(csv.contains(",\(verdict),") == text.contains(">\(verdict.uppercased())<"), "claims.svg and claims.csv disagree on \(verdict)")
        }
    }

    /// The chart-ready tables: one row per period, one column per series, shares in percent.
    @Test func wideTablesLoadAsIs() throws {
        let share = try String(contentsOf: Self.synthetic.appendingPathComponent("custodial_share_by_quarter_wide.csv"), encoding: .utf8)
        let lines = share.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("quarter,mobilised: custodial share (%),") == true)
        #expect(lines.count == 17)                      // header and 16 quarters 2021-Q1 … 2024-Q4
        let tidy = try String(contentsOf: Self.synthetic.appendingPathComponent("custodial_share_by_quarter.csv"), encoding: .utf8)
        // 2024-Q4, contract: the tidy share (a fraction) is the wide one in percent.
        let tidyRow = tidy.split(separator: "\r\n").first { $0.hasPrefix("contract,2024-Q4,") }!.split(separator: ",")
        let wideRow = lines.last!.split(separator: ",", omittingEmptySubsequences: false)
        #expect(wideRow[0] == "2024-Q4")
        #expect(abs(Double(wideRow[4])! - Double(tidyRow[5])! * 100) < 1e-3)
        let trend = try String(contentsOf: Self.synthetic.appendingPathComponent("trend_series_wide.csv"), encoding: .utf8)
        #expect(trend.split(separator: "\r\n").count == 211)  // header and 210 weeks
        #expect(FileManager.default.fileExists(atPath: Self.synthetic.appendingPathComponent("published_figures_337_wide.csv").path))
    }

    /// report.md as a newsroom brief: plain sentences with thousands separators first, each with
    /// its method line; the glossary; the table of the published figures cited; one spelling.
    @Test func reportReadsAsABrief() throws {
        let text = try String(contentsOf: Self.synthetic.appendingPathComponent("report.md"), encoding: .utf8)
        let brief = text.components(separatedBy: "## In brief\n\n").last?.components(separatedBy: "\n## ").first ?? ""
        let findings = brief.split(separator: "\n").filter { $0.hasPrefix("- ") }
        let methods = brief.split(separator: "\n").filter { $0.hasPrefix("  *Method:* ") }
        #expect(findings.count >= 4 && findings.count == methods.count, "\(brief)")
        #expect(brief.contains("(2,320 of 5,804)"))
        #expect(brief.firstMatch(of: /\de[-+]\d/) == nil && !brief.contains("mobilized"))
        #expect(text.range(of: "## In brief")!.lowerBound < text.range(of: "## Weekly")!.lowerBound)
        #expect(text.contains("## Glossary") && text.contains("- **Wilson score interval**: "))
        #expect(text.contains("| id | value | period | what it counts | outlet | link |"))
        for id in ["F001", "F041", "F040", "F012"] { #expect(text.contains("| \(id) | "), "the figures table lacks \(id)") }
        #expect(text.contains("(claims.png)"))
        let scrape = try String(contentsOf: Self.scrape.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(scrape.contains("## In brief") && !scrape.lowercased().contains("synthetic"))
    }
}
