import CourtstatAnalyses
import Testing

/// A claimed share outside [0, 1] is reported at the line of the key that states it; it was
/// reported at the `kind` line, as "kind: expected a proportion in [0, 1]" (found while
/// writing docs/errors.md).
@Suite struct ClaimErrorLineTests {
    @Test func anImpossibleShareNamesItsKeyAndLine() throws {
        let text = "[[claim]]\nid = \"x\"\nkind = \"share\"\nx = 5\nn = 10\nmore_than = 50\n"
        let claims = try ClaimsCheck(text: text, path: "claims.toml")
        let error = #expect(throws: ClaimError.self) { try claims.check(context: StubContext()) }
        #expect(error?.description == "claims.toml:6: more_than: expected a proportion in [0, 1], found 50")
    }
}
