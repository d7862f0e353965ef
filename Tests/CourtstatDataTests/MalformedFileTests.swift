import Foundation
import Testing
@testable import CourtstatData

/// The bad-input catalogue: each malformed file gives its message (file:line:column: column:
/// expected …, found …) and the data status (65); none crashes. CLI tests check the exit status
/// of the binary for a sample of them.
@Suite struct MalformedFileTests {
    static let h = TestFiles.header
    static let ok = "A1,Moscow,Moscow,337,1,2023-03-01,2023-04-01,mobilized,prison,24,"

    /// (name, file contents, first message with the path as "F").
    static let cases: [(String, String, String)] = [
        ("header only", h + "\n", "F:2:1: expected at least one case row after the header, found none"),
        ("missing required column", "case_id,article\nA1,337\n",
         "F:1:1: header: expected a column 'received_date' (required; name yours with mapping received_date=COLUMN), found the columns 'case_id', 'article'"),
        ("repeated column", "case_id,article,received_date,article\nA1,337,2023-03-01,337\n",
         "F:1:31: header: expected a unique, non-empty name for every column, found 'article'"),
        ("too many fields", h + "\n" + ok + ",extra\n", "F:2:67: expected 11 fields, as in the header, found 12"),
        ("too few fields", h + "\nA1,Moscow,Moscow,337\n", "F:2:21: expected 11 fields, as in the header, found 4"),
        ("unterminated quote", h + "\nA1,\"Moscow,Moscow,337,1,2023-03-01,,,,,\n",
         "F:2:4: court: expected a closing quote '\"' for the field that opens here, found the end of the file"),
        ("text after a closing quote", h + "\nA1,\"Moscow\"x,Moscow,337,1,2023-03-01,,,,,\n",
         "F:2:12: court: expected ',' or the end of the line after a closing quote, found 'x'"),
        ("quote inside an unquoted field", h + "\nA1,Mos\"cow,Moscow,337,1,2023-03-01,,,,,\n",
         "F:2:7: court: expected a field either quoted as a whole or without quotes, found '\"' inside it"),
        ("lone carriage return", h + "\nA1,Moscow\r,Moscow,337,1,2023-03-01,,,,,\n",
         "F:2:10: court: expected a line ending \\n or \\r\\n, found a lone \\r"),
        ("unknown status", h + "\n" + ok.replacingOccurrences(of: "mobilized", with: "mobilised") + "\n",
         "F:2:46: defendant_status: expected one of mobilized, contract, conscript, volunteer, unknown, found 'mobilised'"),
        ("unknown sentence type", h + "\n" + ok.replacingOccurrences(of: "prison", with: "probation") + "\n",
         "F:2:56: sentence_type: expected one of prison, colony_settlement, disciplinary_battalion, suspended, fine, acquitted, dismissed, pending, unknown, found 'probation'"),
        ("malformed date", h + "\n" + ok.replacingOccurrences(of: "2023-03-01", with: "2023/03/01") + "\n",
         "F:2:24: received_date: expected a date YYYY-MM-DD, found '2023/03/01'"),
        ("impossible date", h + "\n" + ok.replacingOccurrences(of: "2023-03-01", with: "2023-02-30") + "\n",
         "F:2:24: received_date: expected a date YYYY-MM-DD that exists (2023-02 has 28 days), found '2023-02-30'"),
        ("29 February of a common year", h + "\n" + ok.replacingOccurrences(of: "2023-04-01", with: "2023-02-29") + "\n",
         "F:2:35: decision_date: expected a date YYYY-MM-DD that exists (2023-02 has 28 days), found '2023-02-29'"),
        ("month 13", h + "\n" + ok.replacingOccurrences(of: "2023-04-01", with: "2023-13-01") + "\n",
         "F:2:35: decision_date: expected a date YYYY-MM-DD with a month from 01 to 12, found '2023-13-01'"),
        ("implausible year", h + "\n" + ok.replacingOccurrences(of: "2023-03-01", with: "1023-03-01") + "\n",
         "F:2:24: received_date: expected a date between 1900-01-01 and 2100-12-31, found '1023-03-01'"),
        ("decision before receipt", h + "\n" + ok.replacingOccurrences(of: "2023-04-01", with: "2023-02-01") + "\n",
         "F:2:35: decision_date: expected a date on or after received_date 2023-03-01, found '2023-02-01'"),
        ("negative term", h + "\n" + ok.replacingOccurrences(of: ",24,", with: ",-3,") + "\n",
         "F:2:63: sentence_months: expected a term in months above 0 and at most 360 (30 years), found '-3'"),
        ("absurd term", h + "\n" + ok.replacingOccurrences(of: ",24,", with: ",1200,") + "\n",
         "F:2:63: sentence_months: expected a term in months above 0 and at most 360 (30 years), found '1200'"),
        ("zero term", h + "\n" + ok.replacingOccurrences(of: ",24,", with: ",0,") + "\n",
         "F:2:63: sentence_months: expected a term in months above 0 and at most 360 (30 years), found '0'"),
        ("term with a fine", h + "\n" + ok.replacingOccurrences(of: "prison,24", with: "fine,24") + "\n",
         "F:2:61: sentence_months: expected no term for sentence_type 'fine', found '24'"),
        ("term not a number", h + "\n" + ok.replacingOccurrences(of: ",24,", with: ",two years,") + "\n",
         "F:2:63: sentence_months: expected a term in months above 0 and at most 360 (30 years), found 'two years'"),
        ("duplicate case_id", h + "\n" + ok + "\n" + ok + "\n",
         "F:3:1: case_id: expected a case_id not used before (it is on line 2), found 'A1'"),
        ("empty required value", h + "\n" + ok.replacingOccurrences(of: ",337,", with: ",,") + "\n",
         "F:2:18: article: expected a value (the column is required), found an empty cell"),
        ("bad article number", h + "\n" + ok.replacingOccurrences(of: ",337,", with: ",Art. 337,") + "\n",
         "F:2:18: article: expected an article number like 337 or 352.1, found 'Art. 337'"),
        ("bad part number", h + "\n" + ok.replacingOccurrences(of: ",337,1,", with: ",337,ч.1,") + "\n",
         "F:2:22: part: expected a part number like 1 or 2.1, or an empty cell, found 'ч.1'"),
    ]

    @Test(arguments: cases)
    func reportsItsProblem(_ name: String, _ contents: String, _ message: String) {
        let path = TestFiles.write(contents)
        let problems = TestFiles.problems(path)
        #expect(problems.first.map { $0.description.replacingOccurrences(of: path, with: "F") } == message, "\(name)")
        #expect(problems.allSatisfy { $0.kind == .data }, "\(name)")
    }

    @Test func emptyFile() {
        let path = TestFiles.write("")
        #expect(TestFiles.messages(path) == ["F:1:1: expected a header row naming the columns, found an empty file"])
        #expect(TestFiles.messages(TestFiles.write([0xEF, 0xBB, 0xBF])) == ["F:1:1: expected a header row naming the columns, found an empty file"])
    }

    static func bytes(_ parts: [[UInt8]]) -> [UInt8] { parts.flatMap { $0 } }
    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func invalidUTF8() {
        let ff = Self.bytes([Self.utf8(Self.h + "\nA1,Mos"), [0xFF], Self.utf8("cow,Moscow,337,1,2023-03-01,,,,,\n")])
        #expect(TestFiles.messages(TestFiles.write(ff)) == ["F:2:7: court: expected UTF-8 text, found the byte 0xFF"])
        let cut = Self.bytes([Self.utf8(Self.h + "\nA1,Moscow,Moscow,337,1,2023-03-01,,,,,"), [0xD0], Self.utf8("\n")])
        #expect(TestFiles.messages(TestFiles.write(cut)) == ["F:2:39: source_url: expected UTF-8 text, found the byte 0xD0"])
        // An overlong encoding of '/' and a UTF-16 surrogate are not UTF-8 either.
        let overlong = Self.bytes([Self.utf8(Self.h + "\nA1,"), [0xC0, 0xAF], Self.utf8(",R,337,1,2023-03-01,,,,,\nA2,"),
                                   [0xED, 0xA0, 0x80], Self.utf8(",R,337,1,2023-03-01,,,,,\n")])
        let expected = ["F:2:4: court: expected UTF-8 text, found the byte 0xC0", "F:3:4: court: expected UTF-8 text, found the byte 0xED"]
        #expect(TestFiles.messages(TestFiles.write(overlong)) == expected)
    }

    @Test func binaryFileStopsAtTheFirstNulByte() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let messages = TestFiles.messages(TestFiles.write(png + Array(repeating: 0, count: 1000)))
        #expect(messages.count == 1)
        #expect(messages.first?.hasSuffix("expected text, found a NUL byte (is this a binary file?)") == true, "\(messages)")
        let nul = TestFiles.messages(TestFiles.write(Self.h + "\nA1,Mos\u{0}cow,Moscow,337,1,2023-03-01,,,,,\n"))
        #expect(nul == ["F:2:7: expected text, found a NUL byte (is this a binary file?)"])
    }

    /// A 100 MB line is refused after 1 MiB: memory stays flat and the message says why.
    @Test func hundredMegabyteLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtstat-100mb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("long.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data((Self.h + "\nA1,").utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        handle.closeFile()
        #expect(TestFiles.messages(path) == ["F:2:1: expected a line of at most 1024 KiB, found a longer one (is this a CSV file?)"])
    }

    @Test func everyProblemOfAFileIsReported() {
        let bad = Self.ok.replacingOccurrences(of: "A1", with: "A2").replacingOccurrences(of: "mobilized", with: "mobilised").replacingOccurrences(of: ",24,", with: ",-1,")
        let path = TestFiles.write(Self.h + "\n" + Self.ok + "\n" + bad + "\nA3,\"x\"y,R,337,1,2023-03-01,,,,,\n"
                                   + Self.ok.replacingOccurrences(of: "A1", with: "A4") + ",extra\n")
        #expect(TestFiles.messages(path) == [
            "F:3:46: defendant_status: expected one of mobilized, contract, conscript, volunteer, unknown, found 'mobilised'",
            "F:3:63: sentence_months: expected a term in months above 0 and at most 360 (30 years), found '-1'",
            "F:4:7: court: expected ',' or the end of the line after a closing quote, found 'y'",
            "F:5:67: expected 11 fields, as in the header, found 12",
        ])
    }

    @Test func countingStopsAtTheFirstProblem() throws {
        let path = TestFiles.write(Self.h + "\n" + Self.ok + "\n" + Self.ok.replacingOccurrences(of: "A1", with: "A2")
                                   .replacingOccurrences(of: "2023-04-01", with: "2023-02-30") + "\n")
        let reader = try CaseReader(source: InputSource(path: path))
        #expect(throws: DataError.bad(file: path, line: 3, column: 35, name: "decision_date",
                                      expected: "a date YYYY-MM-DD that exists (2023-02 has 28 days)", found: "'2023-02-30'")) {
            _ = try CaseCounter.count(reader, by: .month)
        }
    }

    @Test func columnMapping() throws {
        let path = TestFiles.write("id,category,date_in,article\nA1,mobilized,2023-03-01,337\nA2,contract,2023-03-02,337\n")
        let mapping = try ColumnMapping(parsing: "case_id=id,defendant_status=category,received_date=date_in")
        #expect(TestFiles.messages(path, mapping: mapping).isEmpty)
        let reader = try CaseReader(source: InputSource(path: path), mapping: mapping)
        #expect(try reader.next() && reader.current.status == .mobilized && reader.string(.caseID) == "A1")
        #expect(TestFiles.messages(path, mapping: try ColumnMapping(parsing: "case_id=id,court=tribunal,received_date=date_in")) == [
            "F:1:1: header: expected a column 'tribunal' (from mapping court=tribunal), found the columns 'id', 'category', 'date_in', 'article'"])
        let bad = TestFiles.write("id,category,date_in,article\nA1,mobilised,2023-03-01,337\n")
        #expect(TestFiles.messages(bad, mapping: mapping) == [
            "F:2:4: category (as defendant_status): expected one of mobilized, contract, conscript, volunteer, unknown, found 'mobilised'"])
        #expect(throws: DataError.self) { try ColumnMapping(parsing: "status=category") }
        #expect(throws: DataError.self) { try ColumnMapping(parsing: "defendant_status") }
    }

    @Test func validRowsAndExtraColumnsPass() throws {
        let path = TestFiles.write(Self.h + ",notes\n" + Self.ok + ",\"free, text\"\nA2,,,352.1,2.1,2024-02-29,,,,,,\n"
                                   + "A3,C,R,338,,2023-01-01,2023-01-01,unknown,suspended,4.5,,\n")
        #expect(TestFiles.messages(path).isEmpty)
        let reader = try CaseReader(source: InputSource(path: path))
        #expect(reader.extraColumns == ["notes"])
        var months: [Double?] = []
        while try reader.next() { months.append(reader.current.months) }
        #expect(months == [24, nil, 4.5])
    }
}
