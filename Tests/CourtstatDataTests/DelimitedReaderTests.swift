import CourtstatTestSupport
import Foundation
import Testing
@testable import CourtstatData

/// The scrape reader: separators, encodings, quoting as the public scrapers write it.
@Suite struct DelimitedReaderTests {
    func records(_ bytes: [UInt8], encoding: ScrapeEncoding? = nil, delimiter: UInt8? = nil) throws -> (DelimitedReader, [[String]], [Int]) {
        let path = ScratchFolder.file(bytes, name: "scrape.csv", label: "delimited")
        let r = try DelimitedReader(source: InputSource(path: path), encoding: encoding, delimiter: delimiter)
        var out: [[String]] = [], lines: [Int] = []
        while try r.next() { out.append(r.strings); lines.append(r.line) }
        return (r, out, lines)
    }

    @Test func semicolonUnquotedWithQuotesInside() throws {
        let (r, rows, lines) = try records(Array("a;b;c\n1;он сказал \"да\";3\n\n4;;6".utf8))
        #expect(r.delimiter == 0x3B && r.encoding == .utf8)
        #expect(rows == [["a", "b", "c"], ["1", "он сказал \"да\"", "3"], ["4", "", "6"]])
        #expect(lines == [1, 2, 4])
    }

    @Test func recordsOfEmptyFieldsOnly() throws {
        let (_, rows, _) = try records(Array(";;\n;;\n".utf8), encoding: .utf8, delimiter: 0x3B)
        #expect(rows == [["", "", ""], ["", "", ""]])
    }

    @Test func commaQuotedWithBOMAndCRLF() throws {
        let text = "\u{FEFF}a,b\r\n\"x, y\",\"line\r\nbreak \"\"q\"\"\"\r\n3,4\r\n"
        let (r, rows, lines) = try records(Array(text.utf8))
        #expect(r.delimiter == 0x2C)
        #expect(rows == [["a", "b"], ["x, y", "line\r\nbreak \"q\""], ["3", "4"]])
        #expect(lines == [1, 2, 4])
    }

    @Test func windows1251IsDetectedAndDecoded() throws {
        // "Суд;Статус\nБарнаульский ГВС;мобилизован" in Windows-1251.
        let text = "Суд;Статус\r\nБарнаульский ГВС;мобилизован\r\n"
        let bytes: [UInt8] = text.unicodeScalars.map { s in
            let v = s.value
            if v < 0x80 { return UInt8(v) }
            if v >= 0x410 && v <= 0x44F { return UInt8(v - 0x410 + 0xC0) }
            Issue.record("unexpected character"); return 0
        }
        let (r, rows, _) = try records(bytes)
        #expect(r.encoding == .cp1251)
        #expect(rows == [["Суд", "Статус"], ["Барнаульский ГВС", "мобилизован"]])
        #expect(Windows1251.utf8[0xA8 - 0x80] == Array("Ё".utf8) && Windows1251.utf8[0xB9 - 0x80] == Array("№".utf8))
    }

    @Test func tabAndForcedDelimiter() throws {
        let (r, rows, _) = try records(Array("a\tb\tc;d\n1\t2\t3;4\n".utf8))
        #expect(r.delimiter == 0x09 && rows[1] == ["1", "2", "3;4"])
        let (_, forced, _) = try records(Array("a\tb;c\n1\t2;3\n".utf8), delimiter: 0x3B)
        #expect(forced[1] == ["1\t2", "3"])
    }

    @Test func recordProblemsAreReportedNotThrown() throws {
        let (_, rows, _) = try records(Array("a,b\n\"x\"y,2\n3,\"never closed\n".utf8))
        #expect(rows.count == 3)
        let path = ScratchFolder.file(Array("a,b\n\"x\"y,2\n3,\"never closed\n".utf8), name: "p.csv", label: "delimited")
        let r = try DelimitedReader(source: InputSource(path: path), encoding: nil, delimiter: nil)
        var problems: [String] = []
        while try r.next() { problems.append(r.problem?.reason ?? "") }
        #expect(problems[0] == "" && problems[1].contains("after the closing quote") && problems[2].contains("never closed"))
    }

    @Test func invalidUTF8InAForcedUTF8FileIsARowProblem() throws {
        let path = ScratchFolder.file([0x61, 0x0A, 0xC0, 0xAF, 0x0A, 0x62, 0x0A], name: "u.csv", label: "delimited")
        let r = try DelimitedReader(source: InputSource(path: path), encoding: .utf8, delimiter: 0x2C)
        var problems: [String?] = []
        while try r.next() { problems.append(r.problem?.reason) }
        #expect(problems.count == 3 && problems[0] == nil && problems[1]?.contains("not UTF-8") == true && problems[2] == nil)
    }

    @Test func recordsAcrossChunkBoundaries() throws {
        // Long quoted fields and Cyrillic text cross the 1 MiB reads at every offset.
        var text = "id;текст\n"
        var expected: [[String]] = [["id", "текст"]]
        for k in 0..<40_000 {
            let field = "x" + String(repeating: "ж", count: k % 37) + "\"q\""
            text += "\(k);\(field)\n"
            expected.append(["\(k)", field])
        }
        let (_, rows, lines) = try records(Array(text.utf8))
        #expect(rows.count == expected.count)
        #expect(paired(rows, expected).allSatisfy { $0 == $1 }, "a record differs")
        #expect(lines.last == 40_001)
    }
}
