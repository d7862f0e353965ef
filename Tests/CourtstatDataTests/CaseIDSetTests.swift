@testable import CourtstatData
import Testing

/// The duplicate check's table across many doublings: every id is new the first time and
/// names its first line the second time, whichever size the table had in between.
@Suite struct CaseIDSetTests {
    @Test func findsEveryRepeatAcrossGrowth() {
        var set = CaseIDSet()
        func insert(_ id: String, _ line: Int) -> Int? {
            var id = id
            return id.withUTF8 { set.insert(UnsafeRawBufferPointer($0), line: line) }
        }
        let n = 200_000              // the table starts at 1,024 slots: eight doublings
        for k in 0..<n {
            let first = insert("SYN-\(k)", k + 2)
            if first != nil { Issue.record("SYN-\(k) reported as seen at line \(first!)"); return }
        }
        for k in stride(from: 0, to: n, by: 997) {
            #expect(insert("SYN-\(k)", n + k) == k + 2)
        }
        // Ids that differ only in the last byte, or by a prefix, are different ids.
        #expect(insert("SYN-1x", 1) == nil && insert("SYN-", 1) == nil && insert("", 1) == nil)
        #expect(insert("", 5) == 1)
    }
}
