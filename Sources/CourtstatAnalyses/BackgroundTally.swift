import CourtstatData
import Dispatch

/// The case tally for the data claims (`CaseTally`), read on another thread while the report's
/// trend and comparison run (`ReportAnalysis`): the comparison reads its cases on one core, so the
/// second core is free to read the file once more. It belongs with the analyses, not the writers:
/// it reads data, and `ReportAnalysis.run` waits for it (`finish()`) before it returns, so no
/// reader outlives the analysis. `value()` waits for it.
///
/// `@unchecked Sendable`: `result` is written once, on the background thread, before
/// `done.leave()`, and read only after `done.wait()`, which orders the two.
final class BackgroundTally: @unchecked Sendable {
    private var result: Result<CaseTally, DataError>?
    private let done = DispatchGroup()

    init(source: InputSource, mapping: ColumnMapping = ColumnMapping()) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { () throws(DataError) -> CaseTally in try CaseTally(source: source, mapping: mapping) }
            self.done.leave()
        }
    }

    /// The tally, or the first problem in the file (the same one the other readers stop at).
    func value() throws(DataError) -> CaseTally {
        done.wait()
        return try result!.get()
    }

    /// Waits for the reading to end, whatever its outcome (so that no reader outlives the report).
    func finish() { done.wait() }
}
