/// What a check of a whole case file found in the rows that passed: how many rows there are, the
/// span of their received dates, and how the file's columns compare with the case schema.
public struct CaseFileSummary: Sendable, Equatable {
    /// The file's name in messages: its path, or `<stdin>`.
    public let file: String
    /// Data rows read (blank lines aside), with or without problems.
    public let rows: Int
    /// The earliest and latest received date among the rows without problems (nil if none).
    public let firstReceived: CivilDate?
    public let lastReceived: CivilDate?
    /// Rows without problems that have a decision date.
    public let withDecision: Int
    /// Schema columns the file does not have (optional ones; a missing required one is an error).
    public let absentColumns: [String]
    /// The file's columns that are not in the schema (kept and ignored).
    public let extraColumns: [String]
}

/// The check `courtstat validate` runs: every row of a case file against the case schema
/// (CaseReader's checks, duplicate case ids included), reporting every problem rather than
/// stopping at the first.
public enum CaseFileCheck {
    /// Reads all of `source`, passing each problem to `problem` in file order, and summarises
    /// the rows without problems. A problem with the header, and a failure to read the file (66),
    /// are thrown; after a problem that stops the reader (a line too long, a binary file), the
    /// rows before it are summarised.
    public static func run(_ source: InputSource, mapping: ColumnMapping = ColumnMapping(),
                           problem: (DataError) -> Void) throws(DataError) -> CaseFileSummary {
        let reader = try CaseReader(source: source, mapping: mapping, checkDuplicates: true)
        var first: CivilDate?, last: CivilDate?
        var decided = 0
        while true {
            do {
                guard try reader.nextRow() else { break }
                for found in reader.rowProblems { problem(found) }
                if reader.rowProblems.isEmpty {
                    let c = reader.current
                    if first.map({ c.received < $0 }) ?? true { first = c.received }
                    if last.map({ c.received > $0 }) ?? true { last = c.received }
                    if c.decision != nil { decided += 1 }
                }
            } catch {
                guard error.kind == .data else { throw error }
                problem(error)
                if reader.csv.isStopped { break }
            }
        }
        return CaseFileSummary(file: reader.csv.fileName, rows: reader.rowCount, firstReceived: first, lastReceived: last,
                               withDecision: decided, absentColumns: CaseColumn.allCases.filter { reader.positions[$0] == nil }.map(\.name),
                               extraColumns: reader.extraColumns)
    }
}
