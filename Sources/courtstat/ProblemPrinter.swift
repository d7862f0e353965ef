import CourtstatData
import Foundation

/// Prints problems on standard error, the first `limit` of them, and counts them all.
final class ProblemPrinter {
    let limit: Int
    private(set) var total = 0, shown = 0
    private var text = ""

    init(limit: Int) { self.limit = limit }

    func note(_ problem: DataError) {
        total += 1
        guard shown < limit else { return }
        shown += 1
        text += "courtstat: \(problem)\n"
        if text.utf8.count > 1 << 16 { flush() }
    }

    func flush() {
        FileHandle.standardError.write(Data(text.utf8))
        text = ""
    }
}
