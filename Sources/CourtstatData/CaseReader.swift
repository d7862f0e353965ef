/// The typed values of one case row, as checked by `CaseReader`.
public struct CaseFields: Sendable, Equatable {
    /// The line on which the row starts.
    public var line = 0
    public var received = CivilDate(dayNumber: 0)
    public var decision: CivilDate?
    public var status: DefendantStatus?
    public var sentenceType: SentenceType?
    public var months: Double?
    /// Empty values (day 0, no decision, status, sentence or term).
    public init() {}
}

/// One case with every schema column as text (nil when the column is absent or the cell
/// empty), for callers that want values rather than speed.
public struct CaseRecord: Sendable, Equatable {
    public var fields: CaseFields
    public var text: [CaseColumn: String]
    /// The text of `column` (nil when absent or empty).
    public subscript(_ column: CaseColumn) -> String? { text[column] }
}

/// Reads case rows (DESIGN.md's case-level CSV) from a file or standard input and checks every
/// field as it goes: required values present, dates that exist (1900–2100), a decision not
/// before receipt, known statuses and sentence types, article and part numbers, terms above 0
/// and at most 360 months (and only for outcomes that have a term), rows as wide as the header,
/// and, when asked (`checkDuplicates`, as `validate` does), unique case ids.
///
/// `next()` stops at the first problem (what analyses do); `validate` uses `nextRow()` and reads
/// `rowProblems` to report them all.
public final class CaseReader {
    public let csv: CSVReader
    /// The file's column names, in order.
    public let header: [String]
    /// Where each schema column is in the file; absent optional columns are missing.
    public let positions: [CaseColumn: Int]
    /// Changing state behind a pointer: no dynamic exclusivity checks in the hot loop (see
    /// `CSVReader.State`).
    struct State {
        var current = CaseFields()
        var rowProblems: [DataError] = []
        var rowCount = 0
        var duplicates: CaseIDSet?
        var months = MonthCache()
        /// The fast path's category tables (copies of the shared ones, so that reading them
        /// costs no check that a global is initialised).
        let statusWords = DefendantStatus.keywords, sentenceWords = SentenceType.keywords
    }
    let state: UnsafeMutablePointer<State>

    /// The values of the current row.
    public internal(set) var current: CaseFields { get { state.pointee.current } set { state.pointee.current = newValue } }
    /// The problems of the current row (from `nextRow()`), in column order.
    public internal(set) var rowProblems: [DataError] {
        get { state.pointee.rowProblems } _modify { yield &state.pointee.rowProblems } set { state.pointee.rowProblems = newValue }
    }
    /// Whether plain rows take the fast path (`nextFastRow`, `CaseCounter.countPlainRows`, and
    /// the CSV reader's one-pass split); off only in tests that compare the two paths, so that
    /// the other one is the byte-at-a-time parser and the worded checks alone.
    /// (The CSV reader's flag: both paths switch together.)
    var usesFastPath: Bool {
        get { csv.state.pointee.splitsPlainRecords }
        set { csv.state.pointee.splitsPlainRecords = newValue }
    }
    /// Rows read so far (valid or not).
    public internal(set) var rowCount: Int { get { state.pointee.rowCount } set { state.pointee.rowCount = newValue } }
    /// The file's columns that are not in the schema (kept and ignored).
    public var extraColumns: [String] { header.enumerated().filter { !positions.values.contains($0.offset) }.map(\.element) }

    let columnIndex: [Int]          // by CaseColumn.allCases order; -1 when absent
    /// The same positions for the fast path (`nextFastRow`).
    let layout: ColumnLayout
    var duplicates: CaseIDSet? {
        get { state.pointee.duplicates } _modify { yield &state.pointee.duplicates } set { state.pointee.duplicates = newValue }
    }

    /// Opens `source` and reads its header. Columns are found by name (after `mapping`); an
    /// empty file, a missing required column and a repeated column name are errors.
    public init(source: InputSource, mapping: ColumnMapping = ColumnMapping(), checkDuplicates: Bool = false,
                maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes) throws(DataError) {
        requiresRows = true
        csv = try CSVReader(source: source, maxRecordBytes: maxRecordBytes)
        guard try csv.nextRecord() else {
            throw .bad(file: csv.fileName, line: 1, column: 1, name: nil,
                       expected: "a header row naming the columns", found: "an empty file")
        }
        header = csv.strings
        var positions: [CaseColumn: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty || header[..<i].contains(name) {
                let (l, c) = csv.location(ofField: i)
                throw .bad(file: csv.fileName, line: l, column: c, name: "header",
                           expected: "a unique, non-empty name for every column", found: DataError.quoted(name))
            }
        }
        let found = header.map { DataError.quoted($0) }.joined(separator: ", ")
        for column in CaseColumn.allCases {
            let source = mapping.sourceName(of: column)
            if let i = header.firstIndex(of: source) {
                positions[column] = i
            } else if source != column.name {
                throw .missingColumn(file: csv.fileName, expected: "a column '\(source)' (from \(parameter: "mapping") \(column.name)=\(source))",
                                     found: "the columns \(found)")
            } else if column.isRequired {
                throw .missingColumn(file: csv.fileName,
                                     expected: "a column '\(column.name)' (required; name yours with \(parameter: "mapping") \(column.name)=COLUMN)",
                                     found: "the columns \(found)")
            }
        }
        self.positions = positions
        columnIndex = CaseColumn.allCases.map { positions[$0] ?? -1 }
        layout = ColumnLayout(width: header.count, columnIndex: columnIndex)
        // Allocated only now that nothing can throw: a failed init runs no deinit, so an
        // earlier allocation leaked on every file with a bad header (found by fuzzing).
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        if checkDuplicates { state.pointee.duplicates = CaseIDSet() }
        self.source = source
        self.mapping = mapping
        var names = header
        for (column, i) in positions where names[i] != column.name { names[i] = "\(names[i]) (as \(column.name))" }
        csv.fieldNames = names
    }

    /// False for a reader that continues another part of the same file (no header of its own,
    /// and no rows is no problem there).
    let requiresRows: Bool

    /// A reader of a later part of the same file, with the columns of `first`.
    init(continuing first: CaseReader, csv: CSVReader) {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        self.csv = csv
        header = first.header; positions = first.positions; columnIndex = first.columnIndex; layout = first.layout
        requiresRows = false
        csv.fieldNames = first.csv.fieldNames
        source = first.source; mapping = first.mapping
        usesFastPath = first.usesFastPath
    }

    /// The source this reader was opened on, and its column mapping.
    public private(set) var source = InputSource(path: "-")
    public private(set) var mapping = ColumnMapping()

    deinit { state.deinitialize(count: 1); state.deallocate() }

    /// Reads the next row and checks it; throws its first problem. Returns false at the end.
    public func next() throws(DataError) -> Bool {
        guard try nextRow() else { return false }
        if !state.pointee.rowProblems.isEmpty { throw state.pointee.rowProblems[0] }
        return true
    }

    /// Reads the next row and checks it, leaving its problems in `rowProblems` (empty for a
    /// valid row). Errors of the CSV layer itself (quotes, UTF-8, length) are thrown; reading can
    /// go on after them unless `csv.isStopped`. Returns false at the end.
    public func nextRow() throws(DataError) -> Bool {
        if usesFastPath && nextFastRow() { return true }
        if !state.pointee.rowProblems.isEmpty { state.pointee.rowProblems.removeAll(keepingCapacity: true) }
        let more: Bool
        do { more = try csv.nextRecord() } catch { rowCount += 1; throw error }
        guard more else {
            if rowCount == 0 && requiresRows {
                throw .bad(file: csv.fileName, line: csv.nextLine, column: 1, name: nil,
                           expected: "at least one case row after the header", found: "none")
            }
            return false
        }
        rowCount += 1
        check()
        return true
    }

    /// The bytes of a schema column in the current row (empty when the file lacks it).
    @inline(__always)
    public func bytes(_ column: CaseColumn) -> UnsafeRawBufferPointer { bytes(at: columnIndex[column.ordinal]) }

    @inline(__always)
    func bytes(at i: Int) -> UnsafeRawBufferPointer {
        i < 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : csv.field(i)
    }

    /// A schema column of the current row as text; nil when absent or empty.
    public func string(_ column: CaseColumn) -> String? {
        let b = bytes(column)
        return b.isEmpty ? nil : String(decoding: b, as: UTF8.self)
    }

    /// The current row with every schema column as text.
    public var record: CaseRecord {
        var text: [CaseColumn: String] = [:]
        for column in CaseColumn.allCases { text[column] = string(column) }
        return CaseRecord(fields: current, text: text)
    }
}

extension CaseColumn {
    /// Position in `allCases`, for array lookups.
    @inline(__always)
    var ordinal: Int {
        switch self {
        case .caseID: 0
        case .court: 1
        case .region: 2
        case .article: 3
        case .part: 4
        case .receivedDate: 5
        case .decisionDate: 6
        case .defendantStatus: 7
        case .sentenceType: 8
        case .sentenceMonths: 9
        case .sourceURL: 10
        }
    }
}
