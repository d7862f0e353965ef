import CourtstatTestSupport
import Testing
@testable import CourtstatData

@Suite struct PublishedFiguresTests {
    static let path = repositoryRoot.appendingPathComponent("datasets/published_figures.csv").path

    @Test func readsTheShippedFigures() throws {
        let figures = try PublishedFigures(source: InputSource(path: Self.path))
        #expect(figures.figures.count == 175)
        let f001 = try figures.count("F001")
        #expect(f001.value == 2076 && f001.qualifier == .exact && f001.period?.description == "2023-01-01..2023-06-30")
        #expect(f001.period?.days == 181)
        #expect(f001.publishedDate?.description == "2023-07-19" && f001.line == 2)
        #expect(figures["F041"]?.value == 1001)
        #expect(figures["F064"]?.periodEnd == nil && figures["F064"]?.qualifier == .moreThan)
        #expect(figures["F176"]?.periodStart == nil)
        #expect(figures.figures.filter { $0.qualifier == .derived }.count >= 5)
    }

    @Test func aDerivedFigureIsNotACount() throws {
        let figures = try PublishedFigures(source: InputSource(path: Self.path))
        #expect(throws: DataError.derivedFigure(id: "F003", file: Self.path, line: 4)) { try figures.count("F003") }
        #expect(DataError.derivedFigure(id: "F003", file: "f.csv", line: 4).kind == .data)
        #expect(throws: DataError.unknownFigure(id: "F999", file: Self.path)) { try figures.figure("F999") }
        #expect(try figures.figure("F003").qualifier == .derived)
    }

    @Test func badFiguresAreLocated() {
        let header = PublishedFigures.columns.joined(separator: ",")
        func message(_ row: String) -> String? {
            let path = TestFiles.write(header + "\n" + row + "\n", name: "figures.csv")
            do { _ = try PublishedFigures(source: InputSource(path: path)); return nil } catch {
                return error.description.replacingOccurrences(of: path, with: "F")
            }
        }
        #expect(message("X1,m,337,all,2023-01-01,2023-06-30,many,cases,exact,o,u,,q") == "F:2:36: value: expected a number, found 'many'")
        #expect(message("X1,m,337,all,2023-01-01,2023-06-30,5,cases,roughly,o,u,,q")
                == "F:2:44: qualifier: expected one of exact, about, more_than, at_least, derived, found 'roughly'")
        #expect(message("X1,m,337,all,2023-01-01,2022-06-30,5,cases,exact,o,u,,q")
                == "F:2:25: period_end: expected a date on or after period_start 2023-01-01, found '2022-06-30'")
        #expect(message("X1,m,337,all,2023-02-30,,5,cases,exact,o,u,,q")
                == "F:2:14: period_start: expected a date YYYY-MM-DD that exists (2023-02 has 28 days) or an empty cell, found '2023-02-30'")
        #expect(message("X1,m,337,all,,,5,cases,exact,o,u,,q\nX1,m,337,all,,,5,cases,exact,o,u,,q")
                == "F:3:1: figure_id: expected a figure id not used before (it is on line 2), found 'X1'")
    }
}
