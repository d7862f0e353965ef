import Foundation
import CourtstatData
import Testing

/// `fit --data` tables, read with the data layer's CSV reader: numbers by column, comments and
/// blank lines skipped, every problem a DataError at file:line:column.
@Suite struct NumericTableTests {
    static func table(_ text: String) throws(DataError) -> (NumericTable, String) {
        let path = TestFiles.write(text, name: "table.csv")
        return (try NumericTable(source: InputSource(path: path)), path)
    }

    /// The message of the error reading `text` (and the column `column`, if given), with the path as "F".
    static func message(_ text: String, column: String? = nil) -> String? {
        let path = TestFiles.write(text, name: "table.csv")
        do {
            let table = try NumericTable(source: InputSource(path: path))
            if let column { _ = try table.column(column) }
            return nil
        } catch {
            return error.description.replacingOccurrences(of: path, with: "F")
        }
    }

    @Test func readsColumnsByName() throws {
        let (table, _) = try Self.table("n,time,label\n1,0,a\n2,-0.5,\"b, c\"\n4,2e1,d\n")
        #expect(table.names == ["n", "time", "label"])
        #expect(table.headerLine == 1)
        #expect(table.rowCount == 3)
        #expect(try table.column("n") == [1, 2, 4])
        #expect(try table.column("time") == [0, -0.5, 20])
    }

    @Test func skipsCommentsBlankLinesAndAByteOrderMark() throws {
        let (table, path) = try Self.table("\u{FEFF}# made by \"a script\", today\n\n n , time \r\n1,0\r\n  \n# another\n2,\"1\"\n")
        #expect(table.names == ["n", "time"])
        #expect(table.headerLine == 3)
        #expect(try table.column("time") == [0, 1])
        #expect(table.location(row: 1, column: "time") == "\(path):7:3")
        #expect(table.location(row: 0, column: "n") == "\(path):4:1")
        #expect(table.location(row: 5, column: "n") == path)
    }

    @Test func locatesEveryProblem() {
        #expect(Self.message("") == "F:1:1: expected a header row of column names, found an empty file")
        #expect(Self.message("# only a comment\n") == "F:1:1: expected a header row of column names, found an empty file")
        #expect(Self.message("n,time\n1,0\n2\n") == "F:3:1: expected 2 fields (as in the header), found 1")
        #expect(Self.message("n,,x\n1,0,1\n") == "F:1:3: expected a column name, found an empty field")
        #expect(Self.message("n,time,n\n1,0,1\n") == "F:1:8: header: expected a unique name for every column, found 'n'")
        #expect(Self.message("n,time\n1,0\n2,x1\n", column: "time") == "F:3:3: time: expected a number, found 'x1'")
        #expect(Self.message("n,time\n1,0\nNaN,1\n", column: "n") == "F:3:1: n: expected a number, found 'NaN'")
        #expect(Self.message("n,time\n1,0\n2,1e999\n", column: "time") == "F:3:3: time: expected a finite number, found '1e999'")
        #expect(Self.message("n,time\n1,0\n2,\n", column: "time") == "F:3:3: time: expected a number, found an empty cell")
        #expect(Self.message("n,time\n1,0\n", column: "week") == "F:1:1: header: expected a column named 'week', found the columns 'n', 'time'")
        #expect(Self.message("n,time\n1,0\n2,\"1\n") == "F:3:3: time: expected a closing quote '\"' for the field that opens here, found the end of the file")
    }

    @Test func exposuresArePositiveAndGiveTheirLogs() throws {
        let (table, _) = try Self.table("n,days\n1,7\n2,1\n")
        #expect(try table.logExposure("days") == [Foundation.log(7.0), 0])
        let path = TestFiles.write("n,days\n1,7\n2,0\n", name: "table.csv")
        #expect(throws: DataError.bad(file: path, line: 3, column: 3, name: "days", expected: "an exposure > 0", found: "0.0")) {
            try NumericTable(source: InputSource(path: path)).logExposure("days")
        }
    }

    @Test func columnsNotAskedForMayHoldAnything() throws {
        let (table, _) = try Self.table("n,date\n1,2023-01-02\n2,\n")
        #expect(try table.column("n") == [1, 2])
    }

    @Test func aMissingFileIsMissingInput() {
        #expect(throws: DataError.missingFile(path: "/nonexistent/table.csv")) {
            try NumericTable(source: InputSource(path: "/nonexistent/table.csv"))
        }
    }
}
