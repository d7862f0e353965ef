import CourtstatExport
import CourtstatTestSupport
import Foundation
import Testing

/// Labels from files (outlets, claim ids and texts, court names, group values) are drawn as text
/// and never run: a chart whose title, axis titles, legend, labels and footer hold quotes,
/// backslashes, backquotes, `system("…")`, macros and line breaks renders with the real gnuplot,
/// creates no file, and shows every label as written.
@Suite struct GnuplotStringTests {
    static let hostile = [
        #"say "hi" \n\"#,
        "`touch pwned-backquote`",
        #"system("touch pwned-system")"#,
        #"it's "quoted" \ back\slash"#,
        "@macro $HOME %s ^{sup}_{sub}",
        "line one\nline two; ! touch pwned-newline",
        #"' . system("touch pwned-concat") . '"#,
        #"odd \ ' @GPVAL_PWD " @macro"#,
    ]

    @Test func quoteIsSingleQuotedPiecesJoinedAtApostrophes() {
        #expect(GnuplotString.quote("it's") == #"'it' . "\047" . 's'"#)
        #expect(GnuplotString.quote("'x") == #""\047" . 'x'"#)
        #expect(GnuplotString.quote("") == "''")
        #expect(GnuplotString.comment("title \\\\") == "title")
        #expect(GnuplotString.quote("a\nb\tc") == "'a b c'")
        #expect(GnuplotString.quote(#"\"`"#) == #"'\"`'"#)
    }

    @Test func hostileLabelsAreDrawnNotRun() throws {
        let folder = ScratchFolder.make("gnuplot-hostile")
        let data = GnuplotData(columns: ["x", "y"], datasets: [(label: "line", rows: [[.number(1), .number(2)], [.number(2), .number(3)]]),
                                                               (label: "points", rows: [[.number(1), .number(3)], [.number(2), .number(2)]])])
        var script = GnuplotScript(name: "hostile", title: Self.hostile[0], xLabel: Self.hostile[1], yLabel: Self.hostile[2], timeAxis: false,
                                   layers: [.line(index: 0, x: "x", y: "y", title: Self.hostile[3]),
                                            .points(index: 1, x: "x", y: "y", title: Self.hostile[4])])
        script.labels = [(x: "1.5", y: 2.5, text: Self.hostile[6], color: "#000000"),
                         (x: "1.2", y: 2.2, text: Self.hostile[7], color: "#000000")]
        script.markers = [(x: "1.2", label: Self.hostile[1], leftOfLine: false)]
        script.notes = [Self.hostile[5]]
        script.footer = Self.hostile[2]
        try data.render().write(to: folder.appendingPathComponent("hostile.dat"), atomically: true, encoding: .utf8)
        try script.render(for: data).write(to: folder.appendingPathComponent("hostile.gp"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gnuplot", "hostile.gp"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            Issue.record("gnuplot could not be started: \(error)")
            return
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let gp = (try? String(contentsOf: folder.appendingPathComponent("hostile.gp"), encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "gnuplot: \(message)\n\(gp)")
        #expect(!message.contains("warning"), "gnuplot read a label as something else: \(message)")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.contains { $0.hasPrefix("pwned") }, "a label ran a command: \(files)")
        let svg = try String(contentsOf: folder.appendingPathComponent("hostile.svg"), encoding: .utf8)
        func xml(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\n", with: " ")
        }
        for label in Self.hostile {
            #expect(svg.contains(xml(label)), "hostile.svg does not show \(label.debugDescription) as written")
        }
    }
}
