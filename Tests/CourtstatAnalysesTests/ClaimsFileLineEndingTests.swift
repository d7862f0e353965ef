import CourtstatData
import Testing

/// Claims files edited on Windows end their lines with CRLF; Swift reads "\r\n" as one
/// Character, so splitting on "\n" alone left the whole file as one line ("expected a bare key
/// …, found '[[claim]]\r\nid'").
@Suite struct ClaimsFileLineEndingTests {
    static let lines = ["# claims", "[[claim]]", "id = \"x\"", "kind = \"share\"", "x = 5", "n = 10", "more_than = 0.2", "",
                        "[[claim]]", "id = \"y\"  # second", "kind = \"share\"", "x = 1", "n = 10", "less_than = 0.5"]

    @Test(arguments: ["\n", "\r\n"])
    func crlfAndLFGiveTheSameTables(_ ending: String) throws {
        let tables = try ClaimsFile.parse(Self.lines.joined(separator: ending) + ending, path: "c.toml")
        #expect(tables.count == 2)
        #expect(tables.map(\.line) == [2, 9])
        #expect(tables[0].keys == ["id", "kind", "x", "n", "more_than"])
        #expect(tables[1].entries["id"]?.value == .string("y") && tables[1].entries["id"]?.line == 10)
        #expect(tables[1].entries["less_than"]?.value == .number(0.5))
    }

    @Test func errorsNameTheLineInACRLFFile() {
        let text = ["[[claim]]", "id = \"x\"", "kind = share"].joined(separator: "\r\n")
        let error = #expect(throws: ClaimsFileError.self) { try ClaimsFile.parse(text, path: "c.toml") }
        #expect(error?.description.hasPrefix("c.toml:3: ") == true, "\(String(describing: error))")
    }
}
