import CourtstatExport
import Testing

/// A JSON document of several tables is written as one object, members in order, rows as
/// `JSONWriter.object` writes them (what `compare --format json` prints).
@Suite struct JSONDocumentTests {
    @Test func writesMembersInOrderOnOneLine() {
        let writer = JSONWriter(format: .full)
        let groups = [TidyRow([("group", .text("a")), ("convicted", .integer(3))]), TidyRow([("group", .text("b")), ("convicted", .integer(nil))])]
        let results = [TidyRow([("term", .text("share_a")), ("estimate", .number(0.25)), ("conf_high", .number(.infinity))])]
        let text = writer.render(JSONDocument([("groups", .rows(groups)), ("results", .rows(results)),
                                               ("notes", .cell(.list(["x \"quoted\""]))), ("empty", .rows([]))]))
        let expected = "{\"groups\": [" + groups.map(writer.object).joined(separator: ", ") + "], \"results\": ["
            + results.map(writer.object).joined(separator: ", ") + "], \"notes\": [\"x \\\"quoted\\\"\"], \"empty\": []}\n"
        #expect(text == expected)
        #expect(text.hasPrefix("{\"groups\": [{\"group\": \"a\", \"convicted\": 3}, {\"group\": \"b\", \"convicted\": null}], "))
        #expect(text.contains("\"conf_high\": \"Inf\""))
    }

    @Test func writesAnObjectMember() {
        let writer = JSONWriter(format: NumberFormat(significantDigits: 3))
        let glance = TidyRow([("nobs", .integer(4)), ("deviance", .number(1.23456))])
        let text = writer.render(JSONDocument([("terms", .rows([])), ("glance", .object(glance))]))
        #expect(text == "{\"terms\": [], \"glance\": {\"nobs\": 4, \"deviance\": 1.23}}\n")
    }
}
