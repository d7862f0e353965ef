import Foundation
import Testing

/// `courtstat --version` prints one line holding a version number and exits 0.
@Suite struct VersionTests {
    @Test func printsTheVersion() throws {
        let run = try courtstat(["--version"])
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.split(separator: "\n").count == 1)
        #expect(line.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "printed: \(line)")
        #expect(run.stderr.isEmpty)
    }
}
