import CourtstatTestSupport
import Foundation
import Testing
@testable import CourtstatData

/// A CaseReader whose header is refused used to leak its state (a throwing class init runs no
/// deinit): 1.2 KB per file, found by the fuzzer (Fuzz/regressions/cases/leak-failed-open-*).
/// Under scripts/sanitize.sh (AddressSanitizer with LeakSanitizer) this test fails if the leak
/// returns; scripts/fuzz.sh replays the fuzzer's input under LeakSanitizer too.
@Suite struct FailedOpenLeakTests {
    @Test func refusedHeadersAreRefusedWithoutLeaking() throws {
        let folder = repositoryRoot.path + "/Fuzz/regressions/cases/"
        let regression = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("leak-failed-open") })
        // The harness maps columns for inputs whose first byte is odd, as here ('c'): no 'id' column.
        let mapped = try ColumnMapping(parsing: "case_id=id,received_date=date,defendant_status=status")
        for _ in 0..<50 {
            let error = #expect(throws: DataError.self) { try CaseReader(source: InputSource(path: folder + regression), mapping: mapped) }
            #expect(error?.description.contains("expected a column 'id' (from mapping case_id=id)") == true, "\(String(describing: error))")
        }
        let files = [
                     (TestFiles.write("case_id,article\nA1,337\n"), "expected a column 'received_date'"),
                     (TestFiles.write(""), "expected a header row"),
                     (TestFiles.write("a,a\n1,2\n"), "expected a unique, non-empty name")]
        for _ in 0..<50 {
            for (path, message) in files {
                let error = #expect(throws: DataError.self) { try CaseReader(source: InputSource(path: path), checkDuplicates: true) }
                #expect(error?.description.contains(message) == true, "\(path): \(String(describing: error))")
            }
        }
    }
}
