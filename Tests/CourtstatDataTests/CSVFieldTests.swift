import Testing
@testable import CourtstatData

/// Every CSV writer (the simulator's court and region names among them) quotes a field that
/// holds a CRLF ("\r\n" is one Swift Character, equal to neither "\n" nor "\r", so a check on
/// Characters missed it).
@Suite struct CSVFieldTests {
    @Test func crlfIsQuoted() {
        #expect(CSVField.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVField.quoted("a\nb") == "\"a\nb\"")
        #expect(CSVField.quoted("SYN-") == "SYN-")
    }
}
