import CourtstatAnalyses
import CourtstatData
import Testing

/// A context with three periods and a few figures, as the figures file gives them.
struct StubContext: ClaimContext {
    var figuresPath: String { "figures.csv" }
    func period(_ label: String) throws -> ClaimPeriod {
        switch label {
        case "2023-H1": return ClaimPeriod(label: label, days: 181)
        case "2022", "2021": return ClaimPeriod(label: label, days: 365)
        default: throw StubError(message: "expected a period such as 2023-H1, found '\(label)'")
        }
    }
    func figure(_ id: String) -> FigureOperand? {
        let mz = "https://en.zona.media/article/2023/07/19/337"
        switch id {
        case "F001": return FigureOperand(id: id, value: 2076, unit: "cases", qualifier: .exact, metric: "cases_received", article: "337",
                                          group: "all", period: ClaimPeriod(label: "2023-01-01..2023-06-30", days: 181), sourceURL: mz, outlet: "Mediazona")
        case "F041": return FigureOperand(id: id, value: 1001, unit: "cases", qualifier: .exact, metric: "cases_received", article: "337",
                                          group: "all", period: ClaimPeriod(label: "2022-01-01..2022-12-31", days: 365), sourceURL: mz, outlet: "Mediazona")
        case "F003": return FigureOperand(id: id, value: 1038, unit: "cases", qualifier: .derived, metric: "cases_received", article: "337",
                                          group: "all", period: ClaimPeriod(label: "2022", days: 365), sourceURL: mz, outlet: "The Moscow Times")
        case "F012": return FigureOperand(id: id, value: 35, unit: "percent", qualifier: .exact, metric: "share_prison_sentences",
                                          article: "337", group: "mobilized", period: nil, sourceURL: mz, outlet: "RFE/RL")
        case "F013": return FigureOperand(id: id, value: 28, unit: "percent", qualifier: .exact, metric: "share_prison_sentences",
                                          article: "337", group: "contract", period: nil, sourceURL: mz, outlet: "RFE/RL")
        case "F002": return FigureOperand(id: id, value: 1900, unit: "cases", qualifier: .atLeast, metric: "sentences", article: "337",
                                          group: "all", period: ClaimPeriod(label: "2023-H1", days: 181), sourceURL: mz, outlet: "The Moscow Times")
        case "F064": return FigureOperand(id: id, value: 2900, unit: "cases", qualifier: .moreThan, metric: "cases_received",
                                          article: "337+332+338", group: "all", period: ClaimPeriod(label: "2023", days: 365), sourceURL: mz, outlet: "Sibir.Realii")
        case "F008": return FigureOperand(id: id, value: 430, unit: "cases", qualifier: .about, metric: "cases_received", article: "337",
                                          group: "all", period: ClaimPeriod(label: "2023-06", days: 30), sourceURL: mz, outlet: "Mediazona")
        case "F009": return FigureOperand(id: id, value: 330, unit: "sentence texts", qualifier: .exact, metric: "texts_examined",
                                          article: "337", group: "all", period: nil, sourceURL: mz, outlet: "Mediazona")
        default: return nil
        }
    }
}
struct StubError: Error, CustomStringConvertible { var message: String; var description: String { message } }

@Suite struct ClaimsFileTests {
    func check(_ text: String) throws -> [ClaimResult] {
        try ClaimsCheck(text: text, path: "claims.toml").check(context: StubContext())
    }

    func message(_ text: String) -> String {
        do { _ = try check(text); return "" } catch { return "\(error)" }
    }

    @Test func designExampleChecksOnFigures() throws {
        let results = try check("""
        # from DESIGN.md
        [[claim]]
        id = "h1-2023-double-2022"
        text = "2,076 cases in the first half of 2023, double the amount in all of 2022"
        kind = "ratio"
        a = "F001"
        b = "F041"
        at_least = 2
        """)
        #expect(results.count == 1)
        #expect(results[0].claim == "h1-2023-double-2022")
        #expect(results[0].verdict == .inconclusive)
        #expect(results[0].notes.contains { $0.contains("per day the ratio is 4.182") })
        #expect(results[0].notes.contains { $0.hasPrefix("F001: 2076 cases") })
    }

    /// Each note of issue 6: qualifiers (at least, more than, about), definitions that differ,
    /// a claim about another measure than the figure counts.
    @Test func qualifierAndDefinitionNotes() throws {
        let r = try check("""
        [[claim]]
        id = "x"
        kind = "ratio"
        measure = "cases_received"
        a = "F002"
        b = "F064"
        at_least = 0.5
        [[claim]]
        id = "y"
        kind = "rate"
        count = "F008"
        per = "week"
        about = 100
        """)
        #expect(r[0].notes.contains("F002 is an 'at least' figure: the true value may be higher"))
        #expect(r[0].notes.contains("F064 is a 'more than' figure: a lower bound, not a count"))
        #expect(r[0].notes.contains { $0.hasPrefix("definitions differ between numerator and denominator: F002 counts sentences, F064 counts cases_received; F002 is about article 337, F064 about 337+332+338") })
        #expect(r[0].notes.contains("the claim is about cases_received; F002 counts sentences, a different definition"))
        #expect(r[0].notes.contains { $0.hasPrefix("F002 and F064 are reported by different outlets") })
        #expect(r[1].notes.contains("F008 is an approximate ('about') figure"))
        #expect(r[1].kind == .rate && r[1].tippingPoint == nil)
    }

    @Test func claimsThatNeedCaseDataAreInconclusiveWithoutIt() throws {
        let r = try check("""
        [[claim]]
        id = "most-mobilised"
        kind = "share"
        where = "defendant_status=mobilized"
        among = "convicted"
        more_than = 0.5
        [[claim]]
        id = "growing"
        kind = "trend"
        article = "337"
        """)
        #expect(r.map(\.verdict) == [.inconclusive, .inconclusive])
        #expect(r.allSatisfy { $0.method.hasPrefix("not checked: this claim needs case-level data") && $0.estimate == nil })
    }

    @Test func sharesWithUnknownGroupSizesFromFigures() throws {
        let r = try check("""
        [[claim]]
        id = "mobilised-more-prison"
        kind = "greater"
        share_a = "F012"
        share_b = "F013"
        n = "F009"
        group_a = "mobilized"
        group_b = "contract"
        """)[0]
        #expect(r.verdict == .inconclusive)
        #expect(r.notes.contains("no split of the 330 makes the difference significant at 95%"))
    }

    @Test(arguments: [
        ("[[claim]]\nid = \"x\"\nkind = \"ratios\"\na = 1\nb = 2\nat_least = 2\n", "claims.toml:3: kind: expected one of ratio"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = 10\nb = 5\nat_least = 2\n", "claims.toml:1: a_period: missing"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = 10\na_period = \"2023-H1\"\nb = 5\nb_period = \"2022\"\nat_least = two\n",
         "claims.toml:8: expected a value"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F999\"\nb = \"F041\"\nat_least = 2\n", "claims.toml:4: a: unknown figure 'F999'"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F001\"\nb = \"F003\"\nat_least = 2\n", "claims.toml:5: b: figure F003 is derived"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = 10\na_period = \"2023-Q9\"\nb = 5\nb_period = \"2022\"\nat_least = 2\n",
         "claims.toml:5: a_period: expected a period"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F001\"\nb = \"F041\"\n", "claims.toml:1: claimed region: missing"),
        ("[[claim]]\nid = \"x\"\nkind = \"ratio\"\na = \"F001\"\nb = \"F041\"\nat_least = 2\nat_most = 3\n", "claims.toml:1: claimed region: give only one"),
        ("id = \"x\"\n", "claims.toml:1: 'id' comes before the first [[claim]] table"),
        ("[claim]\nid = \"x\"\n", "claims.toml:1: expected a [[claim]] table header"),
        ("[[claim]]\nid = \"x\nkind = \"ratio\"\n", "claims.toml:2: unterminated string"),
        ("[[claim]]\nid = \"x\"\nid = \"y\"\n", "claims.toml:3: 'id' is given twice"),
        ("[[claim]]\nkind = \"ratio\"\n", "claims.toml:1: id: missing"),
        ("[[claim]]\nid = \"x\"\nkind = \"rate\"\ncount = 100\nperiod = \"2022\"\nper = \"fortnight\"\nat_least = 1\n", "claims.toml:6: per: expected day, week"),
        ("[[claim]]\nid = \"x\"\nkind = \"share\"\nx = 400\nn = 330\nmore_than = 0.5\n", "claims.toml:4: x: expected"),
        ("", "claims.toml:1: no [[claim]] table"),
    ])
    func malformedFilesNameTheLine(_ text: String, _ expected: String) {
        let m = message(text)
        #expect(m.hasPrefix(expected), "got: \(m)")
    }

    /// Claims are typed once, when the file is read: kind as a `ClaimKind`, the level with its
    /// default, and the first problem of the file (here a kind in the second claim) thrown
    /// before anything is checked.
    @Test func claimsAreTypedWhenTheFileIsRead() throws {
        let claims = try ClaimsFile.claims("""
        [[claim]]
        id = "a"
        kind = "trend"
        [[claim]]
        id = "b"
        kind = "share"
        conf_level = 0.9
        text = "most"
        """, path: "c.toml")
        #expect(claims.map(\.kind) == [.trend, .share] && claims.map(\.id) == ["a", "b"])
        #expect(claims.map(\.confLevel) == [0.95, 0.9] && claims[1].text == "most" && claims[0].text == nil)
        #expect(ClaimKind.allCases.map(\.rawValue) == ["ratio", "rate", "share", "same", "greater", "trend"])
        let error = #expect(throws: ClaimsFileError.self) {
            try ClaimsFile.claims("[[claim]]\nid = \"a\"\nkind = \"rate\"\n[[claim]]\nid = \"b\"\nkind = \"rates\"\nconf_level = 2\n", path: "c.toml")
        }
        // Within a claim the level is read before the kind is looked up, as the checker did.
        #expect(error?.description == "c.toml:7: conf_level: expected a number strictly between 0 and 1, found 2.0")
    }

    /// A claims file that is not there is the data layer's missing file (66), not a claims error.
    @Test func aMissingClaimsFileIsAMissingFile() {
        let error = #expect(throws: DataError.self) { try ClaimsCheck(path: "/nonexistent/claims.toml") }
        #expect(error == .missingFile(path: "/nonexistent/claims.toml"), "\(String(describing: error))")
    }

    @Test func commentsStringsAndNumbersParse() throws {
        let tables = try ClaimsFile.parse("""
        [[claim]] # a comment
        id = 'lit#eral'   # literal string with a hash
        text = "quote \\" and \\u00e9"
        a = 2_076
        x = [58, 46]
        flag = true
        """, path: "c.toml")
        #expect(tables[0].entries["id"]?.value == .string("lit#eral"))
        #expect(tables[0].entries["text"]?.value == .string("quote \" and é"))
        #expect(tables[0].entries["a"]?.value == .number(2076))
        #expect(tables[0].entries["x"]?.value == .array([.number(58), .number(46)]))
        #expect(tables[0].entries["flag"]?.value == .bool(true))
        #expect(tables[0].entries["a"]?.line == 4)
    }
}
