import CourtstatExport
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
}
