import CourtstatTestSupport
import Foundation
import Testing
@testable import CourtstatData

/// The value parsers of the import, on every variant listed in formats/court-scrapes.md.
@Suite struct ImportValueTests {
    func articles(_ text: String) -> [String]? {
        if case .value(let refs) = ArticleList.parse(TextFold.fold(text)) { return refs.map(\.compact) }
        return nil
    }

    @Test func foldingTrimsCollapsesLowersAndFoldsYo() {
        #expect(TextFold.fold("  Мобилизованный\u{A0} ЁЛКА \t Ok ") == "мобилизованный елка ok")
        #expect(TextFold.fold("ПО   МОБИЛИЗАЦИИ") == "по мобилизации")
    }

    @Test func articleForms() {
        #expect(articles("ст.162 ч.2") == ["162.2"])
        #expect(articles("ст. 162 ч. 3") == ["162.3"])
        #expect(articles("ст.163 ч.2 п.п.а,в") == ["163.2"])
        #expect(articles("ч. 5 ст. 337 УК РФ") == ["337.5"])
        #expect(articles("ст.337 ч.2.1") == ["337.2.1"])
        #expect(articles("ст.337 ч.5; ст.338 ч.1") == ["337.5", "338.1"])
        #expect(articles("ст. 30 ч.3, ст.159 ч.4") == ["30.3", "159.4"])
        #expect(articles("ч.3 ст.30, ч.1 ст.338") == ["30.3", "338.1"])
        #expect(articles("337") == ["337"])
        #expect(articles("337, 338") == ["337", "338"])
        #expect(articles("ст.352.1 ч.1") == ["352.1.1"])
        #expect(articles("п. «а» ч. 2 ст. 163 УК РФ") == ["163.2"])
        #expect(articles("ст.337ч.5") == ["337.5"])
        #expect(articles("кража") == nil)
        #expect(articles("ч.5") == nil)
        #expect(articles("ст.3370 ч.5") == nil)
    }

    @Test func pointsAreKept() throws {
        guard case .value(let refs) = ArticleList.parse(TextFold.fold("ст.163 ч.2 п.п.а,в")) else { Issue.record("not parsed"); return }
        #expect(refs.first?.points == ["а", "в"])
    }

    @Test func principalOffenceIsTheFirstMilitaryArticleNeverAQualifier() throws {
        func principal(_ text: String) -> String? {
            guard case .value(let refs) = ArticleList.parse(TextFold.fold(text)) else { return nil }
            return ArticleList.principal(refs, chapter: ("331", "352.1"), qualifiers: ["30", "33"])?.compact
        }
        #expect(principal("ст. 30 ч.3, ст.338 ч.1") == "338.1")
        #expect(principal("ст.159 ч.4; ст.337 ч.5") == "337.5")
        #expect(principal("ст.33 ч.5, ст.159 ч.4") == "159.4")
        #expect(principal("ст.352.1") == "352.1")
        #expect(principal("ст.353 ч.1, ст.228 ч.2") == "353.1")       // 353 is outside Chapter 33: the first that is not a qualifier
        #expect(principal("ст. 30 ч.3") == nil)
    }

    @Test func terms() {
        func months(_ text: String) -> Double? {
            if case .value(let m) = TermText.months(TextFold.fold(text)) { return m }
            return nil
        }
        #expect(months("2 года 6 месяцев") == 30)
        #expect(months("2,5 года") == 30)
        #expect(months("2.5 года") == 30)
        #expect(months("30 мес.") == 30)
        #expect(months("1 год") == 12)
        #expect(months("5 лет") == 60)
        #expect(months("1 год 3 мес.") == 15)
        #expect(months("30") == 30)
        #expect(months("2 (два) года 6 (шесть) месяцев") == 30)
        #expect(months("2 года, 6 месяцев") == 30)
        #expect(months("7,5 мес") == 7.5)
        #expect(months("пожизненно") == nil)
        #expect(months("2 года 6") == nil)
        #expect(months("0") == nil)
        #expect(months("") == nil)
    }

    @Test func dates() throws {
        let formats = ["dd.mm.yyyy", "yyyy-mm-dd"].map { ScrapeDateFormat($0)! }
        func date(_ text: String) -> String? {
            let b = Array(text.utf8)
            return b.withUnsafeBytes { p in
                for f in formats { if let r = f.parse(p) { if case .value(let d) = r { return d.description }; return "problem" } }
                return nil
            }
        }
        #expect(date("24.02.2022") == "2022-02-24")
        #expect(date("6.03.2019") == "2019-03-06")
        #expect(date("6.3.2019") == "2019-03-06")
        #expect(date("2022-02-24") == "2022-02-24")
        #expect(date("24.02.2022 00:00") == "2022-02-24")
        #expect(date("2022-02-24T10:30:00") == "2022-02-24")
        #expect(date("31.02.2023") == "problem")
        #expect(date("01.13.2023") == "problem")
        #expect(date("01.01.1800") == "problem")
        #expect(date("24/02/2022") == nil)
        #expect(date("вчера") == nil)
        #expect(ScrapeDateFormat("dd.mm") == nil)
    }

    @Test func courtForms() {
        let m = CourtMatcher.official
        #expect(m.courts.count == 100)
        for name in ["Барнаульский гарнизонный военный суд", "Барнаульский гарнизонный военный суд (Алтайский край)",
                     "Барнаульский ГВС", "барнаульский гвс", "Барнаульского гарнизонного военного суда", "БАРНАУЛЬСКИЙ ГАРНИЗОННЫЙ ВОЕННЫЙ СУД",
                     "54GV0003"] {
            #expect(m.match(name: name)?.id == "54GV0003", "\(name)")
        }
        #expect(m.match(name: "224 гарнизонный военный суд")?.id == "39GV0005")
        #expect(m.match(name: "224 ГВС")?.region == "Город Санкт-Петербург")
        #expect(m.match(name: "Южно-Сахалинского гарнизонного военного суда")?.name == "Южно-Сахалинский гарнизонный военный суд")
        #expect(m.match(name: "Комсомольского-на-Амуре гарнизонного военного суда")?.name == "Комсомольский-на-Амуре гарнизонный военный суд")
        #expect(m.match(name: "Ростовского-на-Дону гарнизонного военного суда")?.id == "61GV0001")
        #expect(m.match(name: "Барнаульский районный суд") == nil)
        #expect(m.match(name: "999 гарнизонный военный суд") == nil)
        #expect(m.match(name: "гарнизонный военный суд") == nil)
        #expect(m.match(uid: "54GV0003-01-2023-000123-45")?.name == "Барнаульский гарнизонный военный суд")
        #expect(m.match(uid: "1-45/2023") == nil)
    }

    @Test func everyOfficialCourtMatchesItsOwnNameInEveryForm() {
        let m = CourtMatcher.official
        for c in m.courts {
            #expect(m.match(name: c.name)?.id == c.id, "\(c.name)")
            #expect(m.match(name: c.name.uppercased())?.id == c.id, "\(c.name)")
            let first = c.name.split(separator: " ")[0]
            #expect(m.match(name: "\(first) ГВС")?.id == c.id, "\(c.name)")
            // The genitive of every adjective part: -ий/-ый/-ой → -ого.
            let genitive = first.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
                for e in ["ский", "цкий", "ий", "ый", "ой"] where part.hasSuffix(e) {
                    return String(part.dropLast(2)) + (e == "ой" ? "ого" : "ого")
                }
                return String(part)
            }.joined(separator: "-")
            if !first.allSatisfy(\.isNumber) {
                #expect(m.match(name: "\(genitive) гарнизонного военного суда")?.id == c.id, "\(genitive)")
            }
            #expect(m.match(uid: c.id + "-01-2023-000001-01")?.id == c.id)
        }
    }

    @Test func builtInCopiesEqualTheShippedFiles() throws {
        let courts = try String(contentsOf: repositoryRoot.appendingPathComponent("datasets/garrison_courts.csv"), encoding: .utf8)
        #expect(GarrisonCourtsData.csv + "\n" == courts.replacingOccurrences(of: "\r\n", with: "\n"))   // the file has CRLF line ends
        let profile = try String(contentsOf: repositoryRoot.appendingPathComponent("datasets/profiles/sudrf.toml"), encoding: .utf8)
        #expect(BuiltInProfiles.sudrf + "\n" == profile)
        let p = try #require(ImportProfile.builtIn("sudrf"))
        #expect(p.statusWords["по мобилизации"] == .mobilized)
        #expect(p.sentenceWords["условное осуждение"] == .suspended)
        #expect(p.columns[.receivedDate]?.contains("entryDate") == true)
        #expect(p.resultRules.first?.outcome == .sentence(.dismissed))
    }

    @Test func profileErrorsNameTheLine() {
        func error(_ text: String) -> String {
            do { _ = try ImportProfile(toml: text, file: "p.toml"); return "" } catch { return error.description }
        }
        #expect(error("[status]\n\"мобилизован\" = \"mobilised\"\n").hasPrefix("p.toml:2:1: мобилизован: expected a status among"))
        #expect(error("[columns]\nwhatever = [\"x\"]\n").hasPrefix("p.toml:2:1: expected a column among"))
        #expect(error("[status]\n\"a\" = \"mobilized\"\n\"a\" = \"contract\"\n").hasPrefix("p.toml:3:1: expected each key once"))
        #expect(error("name = \"x\n").hasPrefix("p.toml:1:"))
        #expect(error("[nothing]\nx = 1\n").contains("expected a table among"))
        #expect(error("date_formats = [\"dd.mm\"]\n").contains("date formats like"))
    }

    @Test func tomlSubset() throws {
        let doc = try TOMLSubset(text: "# c\nname = 'a' # x\n[t.u]\n\"к л\" = [\"1\",\n  \"2\", ]\nn = 2.5\nb = true\ne = \"q\\\"\\u0416\"\n", file: "f")
        #expect(doc.entries.map(\.key) == ["name", "к л", "n", "b", "e"])
        #expect(doc.entries[1].table == ["t", "u"])
        #expect(doc.entries[1].value == .array([.string("1"), .string("2")]))
        #expect(doc.entries[2].value == .number(2.5))
        #expect(doc.entries[4].value == .string("q\"Ж"))
        #expect(doc.entries[4].line == 8)
    }
}
