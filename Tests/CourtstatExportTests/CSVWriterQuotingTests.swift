import CourtstatExport
import CourtstatTestSupport
import Testing

/// The CSV writer quotes a value that holds a line break of any kind. "\r\n" is one Swift
/// Character, equal to neither "\n" nor "\r": a check on Characters let CRLF through unquoted,
/// which split the row in two for every reader (found by `CaseTableRoundTripTests`).
@Suite struct CSVWriterQuotingTests {
    @Test(arguments: [("a\r\nb", "\"a\r\nb\""), ("a\nb", "\"a\nb\""), ("a\rb", "\"a\rb\""), ("a,b", "\"a,b\""),
                      ("say \"hi\"", "\"say \"\"hi\"\"\""), ("plain", "plain"), ("Москва", "Москва")])
    func quotesWhatNeedsQuoting(_ value: String, _ written: String) {
        let csv = CSVWriter().render([TidyRow([("v", .text(value))])])
        #expect(csv == "v\r\n" + written + "\r\n")
    }

    /// The header is the first row's; a later row is read by column name, so one that holds
    /// its columns in another order, or lacks one, is still written under the right heading.
    @Test func laterRowsAreReadByName() {
        let rows = [TidyRow([("a", .integer(1)), ("b", .text("x"))]),
                    TidyRow([("b", .text("y")), ("a", .integer(2))]),
                    TidyRow([("a", .integer(3))])]
        #expect(CSVWriter().render(rows) == "a,b\r\n1,x\r\n2,y\r\n3,\r\n")
    }
}
