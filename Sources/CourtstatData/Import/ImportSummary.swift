/// What an import did (DESIGN.md: "rows read, written, rejected by reason, values mapped to
/// unknown by column"). `read == written + rejected` always holds.
public struct ImportSummary: Sendable, Equatable {
    public var fileName: String
    public var encoding: ScrapeEncoding
    public var delimiter: UInt8
    public var read = 0
    public var written = 0
    /// Rejected rows by reason (the short form), in the order the reasons were first met.
    public var rejectedByReason: [(reason: String, count: Int)] = []
    /// Values mapped to `unknown`, by output column, with up to three of the words.
    public var unknownByColumn: [(column: String, count: Int, examples: [String])] = []
    /// Rows whose court is not one of the official garrison courts (kept, court_id empty).
    public var unmatchedCourts = 0
    public var unmatchedCourtExamples: [String] = []

    public var rejected: Int { rejectedByReason.reduce(0) { $0 + $1.count } }

    public static func == (a: ImportSummary, b: ImportSummary) -> Bool {
        a.lines == b.lines
    }

    mutating func reject(_ reason: String) {
        if let k = rejectedByReason.firstIndex(where: { $0.reason == reason }) { rejectedByReason[k].count += 1 }
        else { rejectedByReason.append((reason, 1)) }
    }

    mutating func unknown(_ column: String, _ word: String) {
        if let k = unknownByColumn.firstIndex(where: { $0.column == column }) {
            unknownByColumn[k].count += 1
            if unknownByColumn[k].examples.count < 3 && !unknownByColumn[k].examples.contains(word) { unknownByColumn[k].examples.append(word) }
        } else { unknownByColumn.append((column, 1, [word])) }
    }

    var delimiterName: String { delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter)) }

    /// The summary as lines for standard error.
    public var lines: [String] {
        var out = ["read \(Thousands.grouped(read)) row\(read == 1 ? "" : "s") of \(fileName) (\(encoding.rawValue), '\(delimiterName)'): "
                   + "\(Thousands.grouped(written)) written, \(Thousands.grouped(rejected)) rejected"]
        if !rejectedByReason.isEmpty {
            out.append("  rejected: " + rejectedByReason.map { "\(Thousands.grouped($0.count)) \($0.reason)" }.joined(separator: "; "))
        }
        if !unknownByColumn.isEmpty {
            out.append("  mapped to unknown: " + unknownByColumn.map {
                "\($0.column) \(Thousands.grouped($0.count)) (e.g. " + $0.examples.map { "'\($0)'" }.joined(separator: ", ") + ")"
            }.joined(separator: "; "))
        }
        if unmatchedCourts > 0 {
            out.append("  not a garrison court of the official list (court_id left empty): \(Thousands.grouped(unmatchedCourts)) row\(unmatchedCourts == 1 ? "" : "s") (e.g. "
                       + unmatchedCourtExamples.map { "'\($0)'" }.joined(separator: ", ") + ")")
        }
        return out
    }

}
