import CourtstatTestSupport
import Foundation
import Testing
@testable import CourtstatAnalyses
@testable import CourtstatData

/// A group column with thousands of values: the groups compared are found wherever they first
/// appear (the reader once stopped recording values after 1,000 and then called a late group
/// absent).
@Suite struct CompareManyGroupsTests {
    @Test func fiveThousandGroupsAndTheComparedOnesComeLast() throws {
        var text = "case_id,court,article,received_date,decision_date,defendant_status,sentence_type\n"
        for k in 0..<5_000 {
            text += "C\(k),Court \(k),337,2023-01-02,2023-02-01,mobilized,prison\n"
        }
        for k in 0..<40 {
            text += "A\(k),Late A,337,2023-01-02,2023-02-01,mobilized,\(k % 3 == 0 ? "prison" : "suspended")\n"
            text += "B\(k),Late B,337,2023-01-02,2023-02-01,contract,\(k % 4 == 0 ? "prison" : "suspended")\n"
        }
        let path = ScratchFolder.file(text, name: "groups.csv", label: "compare-groups")
        var filter = CaseFilter()
        filter.date = .decision
        let cases = try CompareAnalysis.readCases(source: InputSource(path: path), filter: filter, column: .court, a: "Late A", b: "Late B")
        #expect(cases.count == 80)
        #expect(cases.filter(\.inA).count == 40)
    }
}
