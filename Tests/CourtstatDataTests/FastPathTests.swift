import Foundation
import CourtstatTestSupport
import Testing
@testable import CourtstatData

/// The fast path for plain rows (`CaseReader.nextFastRow`, `CaseCounter.countPlainRows`) must
/// change nothing but speed: every file read with it gives the same rows, values, problems
/// (messages, lines, columns) and counts as the general path alone. Compared here on rows with
/// one field replaced by each of many awkward values, and on randomly damaged files.
@Suite struct FastPathTests {
    static let h = TestFiles.header
    static let good = ["A1", "Court", "Region", "337", "1", "2023-03-01", "2023-05-02", "mobilized", "prison", "24", "http://x"]

    /// Values that each field is replaced by, one field at a time.
    static let awkward = [
        "", "x", "337", "352.1", "3371", "33.", "2.1", "2.123", "0", "-1", "360", "360.5", "1e3", "4.5", "18.125",
        "2023-02-29", "2024-02-29", "2023-13-01", "1899-12-31", "2101-01-01", "2023-3-1", "2023-03-01x", "2023-01-01",
        "mobilized", "mobilised", "contract", "unknown", "volunteer", "conscript", "prison", "suspended", "fine",
        "acquitted", "dismissed", "pending", "colony_settlement", "disciplinary_battalion", "Prison",
        "\"quoted\"", "\"a,b\"", "\"a\"\"b\"", "a\"b", "tab\there", "a\rb", "Военный суд", "caf\u{E9}", "a,b",
        String(repeating: "z", count: 40),
    ]

    /// What reading a file gives: every row's record and line, or the problems, in order.
    static func trace(_ path: String, fast: Bool, duplicates: Bool) -> [String] {
        var out: [String] = []
        do {
            let reader = try CaseReader(source: InputSource(path: path), checkDuplicates: duplicates)
            reader.usesFastPath = fast
            while true {
                do {
                    guard try reader.nextRow() else { break }
                    if reader.rowProblems.isEmpty {
                        let text = CaseColumn.allCases.map { reader.string($0) ?? "-" }
                        out.append("row \(reader.current.line) \(reader.csv.line) \(reader.csv.fieldCount) \(reader.current) \(text)")
                    } else {
                        out += reader.rowProblems.map(\.description)
                    }
                } catch {
                    out.append("thrown " + error.description)
                    if reader.csv.isStopped { break }
                }
            }
            out.append("rows \(reader.rowCount) at \(reader.csv.offset) line \(reader.csv.currentLine)")
        } catch {
            out.append("header " + error.description)
        }
        return out
    }

    /// The count (or its error) with and without the fast path.
    static func counts(_ path: String, fast: Bool, filter: CaseFilter = CaseFilter()) -> String {
        do {
            let reader = try CaseReader(source: InputSource(path: path))
            reader.usesFastPath = fast
            let t = try CaseCounter.count(reader, by: .week, split: .defendantStatus, filter: filter)
            return "\(t.groups) \(t.counts) \(t.rowsRead) \(t.rowsCounted) \(t.notes) \(String(describing: t.firstDate))"
        } catch {
            return "error " + error.description
        }
    }

    static func assertSame(_ text: String, _ comment: Comment) { assertSame(Array(text.utf8), comment) }

    static func assertSame(_ bytes: [UInt8], _ comment: Comment) {
        let path = TestFiles.write(bytes)
        for duplicates in [false, true] {
            #expect(trace(path, fast: true, duplicates: duplicates) == trace(path, fast: false, duplicates: duplicates), comment)
        }
        #expect(counts(path, fast: true) == counts(path, fast: false), comment)
        var byDecision = CaseFilter()
        byDecision.date = .decision
        byDecision.articles = ["337"]
        #expect(counts(path, fast: true, filter: byDecision) == counts(path, fast: false, filter: byDecision), comment)
    }

    @Test func everyFieldWithAwkwardValues() {
        let ok = Self.good.joined(separator: ",")
        for k in Self.good.indices {
            var rows: [String] = []
            for value in Self.awkward {
                var fields = Self.good
                fields[0] = "A\(rows.count)"
                fields[k] = value
                rows.append(fields.joined(separator: ","))
            }
            let body = rows.flatMap { [$0, ok.replacingOccurrences(of: "A1,", with: "B\(k)-\($0.count),")] }
            Self.assertSame(Self.h + "\n" + body.joined(separator: "\n") + "\n", "field \(k)")
        }
    }

    @Test func lineEndingsBlankLinesAndWidths() {
        let ok = Self.good.joined(separator: ",")
        let cases = [
            Self.h + "\r\n" + ok + "\r\n" + ok.replacingOccurrences(of: "A1", with: "A2") + "\r\n",
            Self.h + "\n" + ok + "\n\n\r\n" + ok.replacingOccurrences(of: "A1", with: "A2"),
            Self.h + "\n" + ok + ",extra\n" + ok.replacingOccurrences(of: "A1", with: "A2") + "\n",
            Self.h + "\n" + ok.replacingOccurrences(of: ",http://x", with: "") + "\n" + ok + "\n",
            Self.h + "\n" + ok + "\n" + ok + "\n",                           // a duplicate id
            Self.h + "\n" + ok + "\r" + ok + "\n",                           // a lone CR
            Self.h + "\n" + ok + "\n" + ok.replacingOccurrences(of: "A1", with: "A2\0") + "\n",
            Self.h + "\n" + ok + "\n" + String(ok.prefix(20)),               // cut short
            "\u{FEFF}" + Self.h + "\n" + ok + "\n",
            Self.h + "\n" + String(repeating: ok + String(repeating: ",", count: 17) + "\n", count: 3),
        ]
        for (i, text) in cases.enumerated() { Self.assertSame(text, "case \(i)") }
    }

    @Test func randomlyDamagedFiles() {
        var rng = SplitMix64(seed: 4)
        let pieces: [[UInt8]] = [[0x2C], [0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x00], [0xC3, 0xA9], [0xE9], [0x31], [0x2E], [0x2D], [0x41]]
        var rows: [String] = []
        for r in 0..<60 {
            var fields = Self.good
            fields[0] = "R\(r)"
            fields[5] = "2023-0\(1 + r % 9)-1\(r % 10)"
            fields[7] = ["mobilized", "contract", "", "unknown"][r % 4]
            rows.append(fields.joined(separator: ","))
        }
        let clean = Array((Self.h + "\n" + rows.joined(separator: "\n") + "\n").utf8)
        for _ in 0..<300 {
            var bytes = clean
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let at = Self.h.utf8.count + 1 + Int(rng.next() % UInt64(bytes.count - Self.h.utf8.count - 1))
                let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
                if rng.next() % 2 == 0 { bytes.replaceSubrange(at..<(at + 1), with: piece) } else { bytes.insert(contentsOf: piece, at: at) }
            }
            let path = TestFiles.write(bytes)
            let comment = Comment(rawValue: String(decoding: bytes, as: UTF8.self))
            #expect(Self.trace(path, fast: true, duplicates: true) == Self.trace(path, fast: false, duplicates: true), comment)
            #expect(Self.counts(path, fast: true) == Self.counts(path, fast: false), comment)
        }
    }

    /// The fast split looks at 64 bytes at a time: rows whose line end, last comma, a quote, a
    /// non-ASCII character (whole or cut by the window's edge) or a control character falls on
    /// every position of the first three windows.
    @Test func everyPositionAcrossScanWindows() {
        // Valid UTF-8 of two and three bytes, then a lone continuation byte, a lead byte
        // without its continuation, and an overlong encoding (all three invalid).
        let marks: [[UInt8]] = [[], Array("\u{E9}".utf8), Array("\u{416}\u{416}".utf8), Array("\u{FFFD}".utf8),
                                [0x22], [0x09], [0x2C], [0x0D], [0x80], [0xD0], [0xC0, 0xAE]]
        for mark in marks {
            var file = Array((Self.h + "\n").utf8)
            for length in 0...200 {
                for column in [1, 10] {
                    var fields = Self.good.map { Array($0.utf8) }
                    fields[0] = Array("W\(column)-\(length)".utf8)
                    fields[column] = [UInt8](repeating: 0x63, count: length) + mark
                    file += Array(fields.joined(separator: [0x2C])) + [0x0A]
                }
            }
            Self.assertSame(file, "mark \(mark)")
        }
    }

    /// A file larger than the reader's buffer and than the size at which counting goes in
    /// parts, so that rows cross buffer refills and part cuts.
    @Test func largeFileAcrossRefillsAndParts() {
        var text = Self.h + "\n"
        var r = 0
        while text.utf8.count < CaseCounter.minimumBytesForParts + (3 << 20) {
            var fields = Self.good
            fields[0] = "L\(r)"
            fields[1] = String(repeating: "c", count: r % 37)
            fields[5] = "2022-\(r % 12 < 9 ? "0" : "")\(1 + r % 12)-1\(r % 10)"
            fields[6] = ""
            text += fields.joined(separator: ",") + (r % 1000 == 7 ? "\r\n" : "\n")
            r += 1
        }
        let path = TestFiles.write(text)
        #expect(Self.counts(path, fast: true) == Self.counts(path, fast: false))
        #expect(Self.trace(path, fast: true, duplicates: true) == Self.trace(path, fast: false, duplicates: true))
    }
}
