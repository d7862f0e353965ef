import CourtstatTestSupport
import Foundation
import Testing

/// docs/errors.md is the catalogue of bad input, generated from what the program prints for
/// each entry of `ErrorCatalogue`: this test runs every entry and fails when the document
/// differs, so it cannot drift. To regenerate after a deliberate change (and review the diff):
///
///     COURTSTAT_WRITE_ERRORS_DOC=1 swift test --filter ErrorCatalogueTests
@Suite struct ErrorCatalogueTests {
    static let documentPath = repositoryRoot.appendingPathComponent("docs/errors.md")
    static let statuses: [Int32: String] = [64: "usage", 65: "data", 66: "no input", 70: "internal", 73: "cannot write"]

    struct Outcome { var entry: CatalogueEntry; var status: Int32; var stdout: String; var stderr: String }

    static func run(_ entry: CatalogueEntry) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtstat-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in entry.files {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix("/") { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
            else { try Data(bytes).write(to: url) }
        }
        let run = try courtstat(entry.arguments, stdin: entry.stdin, in: folder)
        return Outcome(entry: entry, status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    @Test func everyEntryFailsAsDocumented() throws {
        let outcomes = try ErrorCatalogue.entries.map(Self.run)
        #expect(outcomes.count >= 40)
        for o in outcomes {
            let label = o.entry.arguments.joined(separator: " ")
            #expect(Self.statuses[o.status] != nil, "\(label): status \(o.status) is not one of DESIGN.md's")
            #expect(o.stdout.isEmpty, "\(label) printed \(o.stdout)")
            #expect(!o.stderr.isEmpty && o.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("courtstat: ") }, "\(label): \(o.stderr)")
            #expect(!o.stderr.replacingOccurrences(of: "'nan'", with: "").lowercased().contains("nan"), "\(label): \(o.stderr)")
        }
        let document = Self.render(outcomes)
        if ProcessInfo.processInfo.environment["COURTSTAT_WRITE_ERRORS_DOC"] == "1" {
            try FileManager.default.createDirectory(at: Self.documentPath.deletingLastPathComponent(), withIntermediateDirectories: true)
            try document.write(to: Self.documentPath, atomically: true, encoding: .utf8)
        }
        let committed = (try? String(contentsOf: Self.documentPath, encoding: .utf8)) ?? ""
        if committed != document {
            let a = committed.split(separator: "\n", omittingEmptySubsequences: false), b = document.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("""
                docs/errors.md differs from what the program prints, first at line \(line + 1):
                  document: \(line < a.count ? String(a[line]) : "(end)")
                  program:  \(line < b.count ? String(b[line]) : "(end)")
                Regenerate with COURTSTAT_WRITE_ERRORS_DOC=1 swift test --filter ErrorCatalogueTests and review the diff.
                """)
        }
    }

    // MARK: rendering

    static func render(_ outcomes: [Outcome]) -> String {
        var out = """
        # The catalogue of bad input

        Every problem below is one that courtstat recognises, with the command that provokes it, the
        input it reads, the exact message it prints on standard error and its exit status
        (../shared/DESIGN.md, "Errors and exit status"). Nothing is printed on standard output and
        nothing is written when a command fails.

        This file is generated: `Tests/CourtstatCLITests/ErrorCatalogueTests.swift` runs every
        entry of `ErrorCatalogue.swift` against the built program, in an empty folder holding only
        the files shown, and fails when this file differs from what the program prints. After a
        deliberate change, regenerate it and review the diff:

            COURTSTAT_WRITE_ERRORS_DOC=1 swift test --filter ErrorCatalogueTests

        Inputs are shown as text; bytes that are not printable are written `\\xNN`, a carriage
        return `\\r`, a tab `\\t`, and a long run of one character is shortened.

        | status | meaning |
        |---|---|
        | 64 | usage: a bad argument or option |
        | 65 | data: malformed or invalid input data (file:line:column) |
        | 66 | an input file is missing or unreadable |
        | 70 | internal error: a numerical routine failed on valid input (a bug to report) |
        | 73 | an output file or folder cannot be created |

        | # | area | problem | status |
        |---|---|---|---|

        """
        for (i, o) in outcomes.enumerated() {
            out += "| \(i + 1) | \(o.entry.area) | [\(o.entry.problem)](#\(i + 1)) | \(o.status) |\n"
        }
        var area = ""
        for (i, o) in outcomes.enumerated() {
            if o.entry.area != area {
                area = o.entry.area
                out += "\n## \(area)\n"
            }
            out += "\n### <a id=\"\(i + 1)\"></a>\(i + 1). \(o.entry.problem)\n\n"
            out += "    $ courtstat " + o.entry.arguments.map(shellWord).joined(separator: " ") + "\n"
            for (name, bytes) in o.entry.files where !name.hasSuffix("/") {
                out += "\n`\(name)`:\n\n"
                let shown = show(bytes)
                out += shown.isEmpty ? "    (empty)\n" : shown.split(separator: "\n", omittingEmptySubsequences: false)
                    .dropLast(shown.hasSuffix("\n") ? 1 : 0).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
            for (name, _) in o.entry.files where name.hasSuffix("/") { out += "\n`\(name)` is a folder.\n" }
            out += "\nexit \(o.status) (\(statuses[o.status] ?? "?")):\n\n"
            out += o.stderr.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        return out
    }

    static func shellWord(_ s: String) -> String {
        s.contains(where: { " ;\"'".contains($0) }) ? "'" + s + "'" : s
    }

    /// Bytes as readable text: valid UTF-8 as it is, line feeds as line breaks, anything else
    /// escaped; a run of more than 40 of one byte shortened.
    static func show(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var run = 1
            while i + run < bytes.count && bytes[i + run] == b { run += 1 }
            if run > 40, b >= 0x20, b < 0x7F {
                out += String(repeating: String(UnicodeScalar(b)), count: 10) + "…(\(run) × '\(UnicodeScalar(b))')"
                i += run; continue
            }
            switch b {
            case 0x0A: out += "\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(b))
            case 0x80...:
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if i + length <= bytes.count, length > 1, let s = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                    out += s; i += length; continue
                }
                out += String(format: "\\x%02X", b)
            default: out += String(format: "\\x%02X", b)
            }
            i += 1
        }
        return out
    }
}
