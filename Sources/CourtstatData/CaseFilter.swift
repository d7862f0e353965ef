/// Which cases a count (or any analysis) keeps: DESIGN.md's filters `--article`, `--part`,
/// `--status`, `--court`, `--from`, `--to`, applied to the date chosen by `--date`. Lists hold
/// alternatives (`--article 337,338`); an empty list keeps everything.
public struct CaseFilter: Sendable, Equatable {
    public var articles: [String] = []
    public var parts: [String] = []
    public var statuses: [DefendantStatus] = []
    public var courts: [String] = []
    /// First day kept (inclusive).
    public var from: CivilDate?
    /// Last day kept (inclusive).
    public var to: CivilDate?
    /// Which date places a case in time.
    public var date: DateField = .received

    /// A filter that keeps every case, dated by received_date.
    public init() {}

    /// The case date that filters and counts use.
    public enum DateField: String, CaseIterable, Sendable { case received, decision }

    /// A short description of the filters, for messages ("article 337, from 2023-01-01").
    public var summary: String {
        var parts: [String] = []
        if !articles.isEmpty { parts.append("article " + articles.joined(separator: "|")) }
        if !self.parts.isEmpty { parts.append("part " + self.parts.joined(separator: "|")) }
        if !statuses.isEmpty { parts.append("status " + statuses.map(\.rawValue).joined(separator: "|")) }
        if !courts.isEmpty { parts.append("court " + courts.joined(separator: "|")) }
        if let from { parts.append("from \(from)") }
        if let to { parts.append("to \(to)") }
        return parts.isEmpty ? "" : parts.joined(separator: ", ")
    }
}

/// The filter prepared for byte comparisons on the current row of a `CaseReader`.
struct CompiledFilter {
    let articles: [[UInt8]], parts: [[UInt8]], courts: [[UInt8]]
    let statuses: [DefendantStatus]
    let from: Int, to: Int
    let byDecision: Bool
    /// No filter at all: every row counts on its received_date.
    let keepsAll: Bool

    init(_ f: CaseFilter) {
        articles = f.articles.map { Array($0.utf8) }
        parts = f.parts.map { Array($0.utf8) }
        courts = f.courts.map { Array($0.utf8) }
        statuses = f.statuses
        from = f.from?.dayNumber ?? Int.min
        to = f.to?.dayNumber ?? Int.max
        byDecision = f.date == .decision
        keepsAll = f.articles.isEmpty && f.parts.isEmpty && f.courts.isEmpty && f.statuses.isEmpty
            && f.from == nil && f.to == nil && !byDecision
    }

    /// The day the current row counts on, or nil when the row is filtered out (or has no
    /// decision date when counting by decision).
    @inline(__always)
    func day(of reader: CaseReader) -> Int? {
        day(reader.current, reader.layout) { reader.bytes(at: $0) }
    }

    /// The same for a row given by its values and a reader of its fields by position.
    @inline(__always)
    func day(_ fields: CaseFields, _ layout: ColumnLayout, _ bytes: (Int) -> UnsafeRawBufferPointer) -> Int? {
        let day: Int
        if byDecision { guard let d = fields.decision else { return nil }; day = d.dayNumber } else { day = fields.received.dayNumber }
        guard day >= from, day <= to else { return nil }
        if !articles.isEmpty && !Self.matches(column(layout.article, bytes), articles) { return nil }
        if !parts.isEmpty && !Self.matches(column(layout.part, bytes), parts) { return nil }
        if !courts.isEmpty && !Self.matches(column(layout.court, bytes), courts) { return nil }
        if !statuses.isEmpty { guard let s = fields.status, statuses.contains(s) else { return nil } }
        return day
    }

    /// A column's bytes, empty when the file lacks it.
    @inline(__always)
    private func column(_ i: Int, _ bytes: (Int) -> UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        i < 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : bytes(i)
    }

    @inline(__always)
    static func matches(_ b: UnsafeRawBufferPointer, _ options: [[UInt8]]) -> Bool {
        for o in options where o.count == b.count {
            if o.withUnsafeBytes({ $0.elementsEqual(b) }) { return true }
        }
        return false
    }
}
