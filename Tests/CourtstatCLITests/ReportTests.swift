import CourtstatTestSupport
import Foundation
import Testing

/// The main job: `courtstat report` on the shipped data is reproducible, its committed output
/// in notebooks-output/ is exactly what it writes, and every chart renders with the real gnuplot.
@Suite(.serialized) struct ReportTests {
    static let arguments = ["report", "--data", "datasets/cases_synthetic_2021_2024.csv",
                            "--figures", "datasets/published_figures.csv",
                            "--claims", "datasets/claims/mediazona-2023-07.toml"]

    /// Runs the report (as scripts/analyze.sh does) into a fresh temporary folder.
    static func runReport(render: Bool) throws -> URL {
        let out = ScratchFolder.root.appendingPathComponent("report-\(UUID().uuidString)")
        let run = try courtstat(arguments + ["--out", out.path] + (render ? [] : ["--no-render"]), in: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    static func textFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ["csv", "dat", "gp", "md"].contains(($0 as NSString).pathExtension) }.sorted()
    }

    @Test func committedOutputIsExactlyWhatTheMainJobWrites() throws {
        let out = try Self.runReport(render: false)
        defer { try? FileManager.default.removeItem(at: out) }
        let committed = repositoryRoot.appendingPathComponent("notebooks-output")
        let written = try Self.textFiles(in: out)
        #expect(written == (try Self.textFiles(in: committed)), "the set of report files differs from notebooks-output/")
        for name in written {
            let a = try Data(contentsOf: out.appendingPathComponent(name))
            let b = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(a == b, "notebooks-output/\(name) differs from what the report writes now: rerun scripts/analyze.sh")
        }
    }

    @Test func twoRunsAreByteIdentical() throws {
        let first = try Self.runReport(render: false), second = try Self.runReport(render: false)
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for name in try Self.textFiles(in: first) {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
        }
    }

    /// gnuplot runs every script as is; each writes a valid PNG and SVG of sensible size, and
    /// every column a script plots exists in its .dat.
    @Test func everyChartRendersWithGnuplot() throws {
        let out = try Self.runReport(render: false)
        defer { try? FileManager.default.removeItem(at: out) }
        let scripts = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".gp") }.sorted()
        #expect(scripts.count == 6)   // trend, trend_residuals, custodial_share, sentence_months, published_figures, claims
        for script in scripts {
            let name = String(script.dropLast(3))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gnuplot", script]
            process.currentDirectoryURL = out
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "gnuplot \(script): \(message)")
            #expect(!message.contains("warning"), "gnuplot \(script) warned: \(message)")

            let png = try Data(contentsOf: out.appendingPathComponent(name + ".png"))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name).png is not a PNG")
            #expect(png.count > 10_000, "\(name).png is only \(png.count) bytes")
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1000 && (height == 560 || name == "claims"), "\(name).png is \(width)x\(height)")
            let svg = try String(contentsOf: out.appendingPathComponent(name + ".svg"), encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("</svg>") && svg.count > 10_000, "\(name).svg")

            // Every `using a:b:…` column (plain or inside timecolumn(n, …)) exists in the .dat header.
            let dat = try String(contentsOf: out.appendingPathComponent(name + ".dat"), encoding: .utf8)
            // The header is the last comment line before the first dataset (a description may precede it).
            let comments = dat.split(separator: "\n").prefix { $0.hasPrefix("#") && !$0.hasPrefix("# dataset") }
            let header = comments.last!.dropFirst(2).split(separator: " ")
            let gp = try String(contentsOf: out.appendingPathComponent(script), encoding: .utf8)
            for match in gp.matches(of: /using ([^ ]+) with/) {
                let numbers = match.1.matches(of: /\d+/).map { Int($0.output)! }
                for n in numbers {
                    #expect(n >= 1 && n <= header.count, "\(script) plots column \(n) but \(name).dat has \(header.count)")
                }
            }
            #expect(gp.contains("set terminal pngcairo") && gp.contains("set terminal svg"))
        }
    }

    /// The synthetic data cover the first and last ISO weeks in part (2020-W53 from Friday
    /// 1 January 2021, 2025-W01 up to Tuesday 31 December 2024). The trend chart draws those
    /// counts apart (`n_partial`) and leaves them out of the fit and band, whose expected count
    /// there is for the days covered and would look like a collapse of the trend; every other
    /// week is drawn with its fit.
    /// The first week (covered in part) is drawn apart as before; the last (covered in part, so
    /// after the report's --complete-through) is drawn apart with open markers and left out of the fit.
    @Test func trendChartDrawsPartialWeeksApart() throws {
        let dat = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/trend.dat"), encoding: .utf8)
        let lines = dat.split(separator: "\n")
        #expect(lines.first == "# period_start n fitted fit_low fit_high n_partial n_incomplete")
        let rows = lines.filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 210 && rows.allSatisfy { $0.count == 7 })
        for (i, row) in rows.enumerated() {
            let first = i == 0, last = i == rows.count - 1
            #expect(row[1...4].allSatisfy { ($0 == "NaN") == (first || last) }, "\(row)")
            #expect((row[5] == "NaN") == !first && (row[6] == "NaN") == !last, "\(row)")
        }
        #expect(rows.first?.first == "2020-12-28" && rows.last?.first == "2024-12-30")
        let gp = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/trend.gp"), encoding: .utf8)
        #expect(gp.contains(":7 with points pt 6"))
        let report = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/report.md"), encoding: .utf8)
        #expect(report.contains("The data cover 2020-W53 (3 of 7 days) only in part"))
        #expect(report.contains("Complete through 2024-12-29: the data end inside 2025-W01 (2 of its 7 days)"))
    }

    /// The trend section says why its model was chosen, gives growth per segment and the
    /// diagnostics, and shows the residuals.
    @Test func trendSectionUsesTheDiagnostics() throws {
        let report = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/report.md"), encoding: .utf8)
        #expect(report.contains("**How the model was chosen.**"))
        #expect(report.contains("The one-break fit does not fit the end of the series: it overstates"))
        #expect(report.contains("the lowest BIC is that of"))
        #expect(report.contains("| weeks | growth per week (95% CI) | doubling time, weeks (95% CI) |"))
        #expect(report.contains("Ljung–Box Q = "))
        #expect(report.contains("(trend_residuals.png)"))
        let diagnostics = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/trend_diagnostics.csv"), encoding: .utf8)
        #expect(diagnostics.hasPrefix("model,test,statistic,df,p_value,lag,method"))
    }

    @Test func reportStatesItsFindingsAndLabelsSyntheticData() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("notebooks-output/report.md"), encoding: .utf8)
        #expect(text.contains("**Synthetic data.**"))
        #expect(text.contains("## Claims checked on published figures"))
        #expect(text.contains("## Claims checked on the synthetic case data"))
        for chart in ["trend", "trend_residuals", "custodial_share", "sentence_months", "published_figures", "claims"] {
            #expect(text.contains("(\(chart).png)"), "report.md does not embed \(chart).png")
        }
        #expect(text.contains("95% CI") && text.contains("Fisher's exact test"))
    }

    @Test func anUnwritableOutputFolderExits73() throws {
        let run = try courtstat(["report", "--figures", "datasets/published_figures.csv", "--out", "/proc/courtstat-cannot-write"], in: repositoryRoot)
        #expect(run.status == 73, "\(run.stderr)")
    }
}
