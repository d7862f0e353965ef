import CourtstatData
import Testing

/// `CaseFileCheck.run`, the check behind `courtstat validate`: every problem in file order, and
/// a summary of the rows that passed.
@Suite struct CaseFileCheckTests {
    @Test func summarisesAValidFile() throws {
        let path = TestFiles.write(TestFiles.header + ",extra\n"
            + "a1,Court A,Region,337,2.1,2023-03-01,2023-04-01,mobilized,prison,24,https://x,1\n"
            + "a2,Court A,Region,337,2.1,2022-11-15,,contract,,,https://x,2\n")
        var problems: [DataError] = []
        let summary = try CaseFileCheck.run(InputSource(path: path)) { problems.append($0) }
        #expect(problems.isEmpty, "\(problems)")
        #expect(summary.file == path)
        #expect(summary.rows == 2)
        #expect(summary.firstReceived?.description == "2022-11-15")
        #expect(summary.lastReceived?.description == "2023-03-01")
        #expect(summary.withDecision == 1)
        #expect(summary.absentColumns.isEmpty)
        #expect(summary.extraColumns == ["extra"])
    }

    @Test func reportsEveryProblemInOrderAndSummarisesTheRest() throws {
        let path = TestFiles.write(TestFiles.header + "\n"
            + "a1,Court A,Region,337,2.1,2023-02-30,,mobilized,,,https://x\n"
            + "a2,Court A,Region,337,2.1,2023-03-01,,contract,,,https://x\n"
            + "a2,Court A,Region,337,2.1,2023-03-02,,sailor,,,https://x\n")
        var problems: [DataError] = []
        let summary = try CaseFileCheck.run(InputSource(path: path)) { problems.append($0) }
        #expect(problems.map(\.description) == TestFiles.problems(path).map(\.description))
        #expect(problems.count >= 2)
        let lines = problems.compactMap(\.line)
        #expect(lines.count == problems.count && lines == lines.sorted())
        #expect(summary.rows == 3)
        #expect(summary.firstReceived?.description == "2023-03-01" && summary.lastReceived == summary.firstReceived)
    }

    @Test func aBadHeaderIsThrown() {
        let path = TestFiles.write("case_id,court\n1,A\n")
        #expect(throws: DataError.self) { try CaseFileCheck.run(InputSource(path: path)) { _ in } }
    }
}
