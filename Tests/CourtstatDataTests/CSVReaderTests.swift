import Foundation
import Testing
@testable import CourtstatData

@Suite struct CSVReaderTests {
    @Test func quotedFieldsDoubledQuotesCommasAndNewlines() throws {
        let path = TestFiles.write("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,\"\"\n")
        #expect(try TestFiles.records(path) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["plain", "", ""]])
    }

    @Test func crlfBomAndNoFinalNewline() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n\"3\r\n4\",5".utf8)
        #expect(try TestFiles.records(TestFiles.write(bytes)) == [["a", "b"], ["1", "2"], ["3\r\n4", "5"]])
    }

    @Test func blankLinesAreSkippedAndLinesCounted() throws {
        let path = TestFiles.write("a,b\n\n1,2\n\r\n3,\"x\ny\"\n4,5\n")
        let csv = try CSVReader(source: InputSource(path: path))
        var lines: [Int] = []
        while try csv.nextRecord() { lines.append(csv.line) }
        #expect(lines == [1, 3, 5, 7])
    }

    @Test func fieldLocationsCountCharactersNotBytes() throws {
        let path = TestFiles.write("a,b,c\nМосква,\"x\ny\",z\n")
        let csv = try CSVReader(source: InputSource(path: path))
        _ = try csv.nextRecord(); _ = try csv.nextRecord()
        #expect(csv.location(ofField: 0) == (2, 1))
        #expect(csv.location(ofField: 1) == (2, 8))
        #expect(csv.location(ofField: 2) == (3, 4))
        #expect(csv.string(0) == "Москва")
    }

    /// Records that straddle the 1 MiB read chunks come out whole.
    @Test func recordsAcrossChunkBoundaries() throws {
        var text = "id,text,n\n"
        var expected: [[String]] = [["id", "text", "n"]]
        for i in 0..<100_000 {
            let value = i % 7 == 0 ? "multi\nline, \"quoted\" \(i)" : "plain \(i)"
            let field = i % 7 == 0 ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            text += "\(i),\(field),\(i * 3)\(i % 2 == 0 ? "\r\n" : "\n")"
            expected.append(["\(i)", value, "\(i * 3)"])
        }
        #expect(text.utf8.count > 2 << 20)
        #expect(try TestFiles.records(TestFiles.write(text)) == expected)
    }

    @Test func aRecordJustUnderTheLimitIsRead() throws {
        let long = String(repeating: "x", count: CSVReader.defaultMaxRecordBytes - 10)
        let path = TestFiles.write("a,b\n1,\(long)\n2,y\n")
        let records = try TestFiles.records(path)
        #expect(records.count == 3 && records[1][1].count == long.count && records[2] == ["2", "y"])
    }

    @Test func missingAndUnreadableInputs() {
        #expect(throws: DataError.missingFile(path: "/nonexistent/cases.csv")) {
            try CSVReader(source: InputSource(path: "/nonexistent/cases.csv"))
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: DataError.unreadable(path: folder, reason: "it is a folder, not a file")) {
            try CSVReader(source: InputSource(path: folder))
        }
        #expect(DataError.missingFile(path: "x").kind == .missingInput)
        #expect(DataError.cannotWrite(path: "x", reason: "y").kind == .cannotWrite)
    }
}
