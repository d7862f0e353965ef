import CourtstatStatus

/// Counts of cases per period (and per group of a split column): DESIGN.md's `count`.
/// `counts[p][g]` is the number of cases in `periods[p]` and `groups[g]`; every period of the
/// span is present, empty ones as 0, and every group in every period.
public struct CountTable: Sendable, Equatable {
    public var unit: PeriodUnit
    /// The split column, or nil for one series.
    public var split: CaseColumn?
    /// The span: from the period holding the earliest date to the one holding the latest
    /// (or the filter's `from`/`to`).
    public var periods: [Period]
    /// The split values, sorted, the missing value ("") last; `[""]` without a split.
    public var groups: [String]
    public var counts: [[Int]]
    /// Rows read, and rows that passed the filters and were counted.
    public var rowsRead = 0, rowsCounted = 0
    /// The days the counts cover: the filter's `from` (else the earliest counted date) to `to` (else the
    /// latest). The first and last periods may be covered only in part; `coveredDays` says how much.
    public var firstDate: CivilDate?, lastDate: CivilDate?

    /// Days of each period inside firstDate...lastDate (the whole period when unknown).
    public var coveredDays: [Int] {
        periods.map { p in
            let lo = max(p.start.dayNumber, firstDate?.dayNumber ?? p.start.dayNumber)
            let hi = min(p.end.dayNumber, lastDate?.dayNumber ?? p.end.dayNumber)
            return max(0, hi - lo + 1)
        }
    }
    /// Remarks for the reader: periods only partly covered by the filter's `from`/`to` (named as
    /// parameters, so a front end can show its own names for them), rows left out.
    public var notes: [Wording] = []

    /// The total of each period over the groups.
    public var totals: [Int] { counts.map { $0.reduce(0, +) } }
}

/// Reads every case, checking each row (the first problem stops the count), and counts the
/// cases that pass the filter by the period holding their date.
///
/// A large file (not standard input) is read in parts by as many threads as there are cores
/// (at most 4): each part starts at a line start and is counted on its own, and the parts are
/// added up. A part's result is used only if the part before it ended exactly where it began
/// (a quoted field with a line break across the cut would not); otherwise the file is counted
/// again in one piece. Errors and their line numbers are as a single reader gives them.
public enum CaseCounter {
    /// The cases of `reader` that pass `filter`, counted per period of `unit` over the span of
    /// their dates (every period of the span, zeros included), and per value of `split` when given.
    public static func count(_ reader: CaseReader, by unit: PeriodUnit, split: CaseColumn? = nil,
                             filter: CaseFilter = CaseFilter()) throws(DataError) -> CountTable {
        let splitIndex = split.map { reader.columnIndex[$0.ordinal] } ?? -1
        if let split, splitIndex < 0 {
            throw .bad(file: reader.csv.fileName, line: 1, column: 1, name: "header",
                       expected: "a column '\(split.name)' to split by", found: "none")
        }
        let compiled = CompiledFilter(filter)
        let total: PartialCount
        if let parts = try countInParts(reader, splitIndex: splitIndex, filter: compiled) {
            total = parts
        } else {
            total = try countPart(reader, splitIndex: splitIndex, filter: compiled)
        }
        return try table(total, reader: reader, unit: unit, split: split, filter: filter)
    }

    /// Counts the rows of one reader: runs of plain valid rows straight from the reader's buffer
    /// (`countPlainRows`), and every other row through `next()`, which checks it the general way
    /// (and throws its first problem).
    static func countPart(_ reader: CaseReader, splitIndex: Int, filter: CompiledFilter) throws(DataError) -> PartialCount {
        var part = PartialCount()
        while true {
            countPlainRows(reader, into: &part, splitIndex: splitIndex, filter: filter)
            guard try reader.next() else { break }
            guard let day = filter.day(of: reader) else {
                if filter.byDecision && reader.current.decision == nil { part.withoutDecision += 1 }
                continue
            }
            let group = splitIndex < 0 ? 0 : part.keys.index(of: reader.bytes(at: splitIndex))
            part.days.add(day: day, group: group)
            part.counted += 1
        }
        part.rows = reader.rowCount
        return part
    }

    static func table(_ total: PartialCount, reader: CaseReader, unit: PeriodUnit, split: CaseColumn?,
                      filter: CaseFilter) throws(DataError) -> CountTable {
        let days = total.days
        guard total.counted > 0 || (filter.from != nil && filter.to != nil) else {
            let what = filter.summary.isEmpty ? (filter.date == .decision ? "has a decision_date" : "was read")
                : "passes the filters (\(filter.summary))"
            throw .noCases(file: reader.csv.fileName, detail: what)
        }
        let (minDay, maxDay) = days.dayRange
        let first = Period(containing: filter.from ?? CivilDate(dayNumber: minDay), unit: unit)
        let periods = first.through(filter.to ?? CivilDate(dayNumber: maxDay))
        // Groups in sorted order, the missing value last.
        let names = split == nil ? [""] : total.keys.keys.map { String(decoding: $0, as: UTF8.self) }
        let order = names.indices.sorted { a, b in
            names[a].isEmpty != names[b].isEmpty ? !names[a].isEmpty : names[a] < names[b]
        }
        var counts: [[Int]] = []
        counts.reserveCapacity(periods.count)
        for p in periods {
            counts.append(order.map { days.sum(group: $0, from: p.start.dayNumber, through: p.end.dayNumber) })
        }
        var table = CountTable(unit: unit, split: split, periods: periods, groups: order.map { names[$0] }, counts: counts,
                               rowsRead: total.rows, rowsCounted: total.counted)
        table.firstDate = filter.from ?? (minDay <= maxDay ? CivilDate(dayNumber: minDay) : nil)
        table.lastDate = filter.to ?? (minDay <= maxDay ? CivilDate(dayNumber: maxDay) : nil)
        if let from = filter.from, let p = periods.first, p.start < from {
            table.notes.append("\(parameter: "from") \(from) is inside \(p): that period counts \(p.end.dayNumber - from.dayNumber + 1) of its \(p.days) days")
        }
        if let to = filter.to, let p = periods.last, to < p.end {
            table.notes.append("\(parameter: "to") \(to) is inside \(p): that period counts \(to.dayNumber - p.start.dayNumber + 1) of its \(p.days) days")
        }
        if total.withoutDecision > 0 {
            let n = total.withoutDecision
            table.notes.append("\(n) case\(n == 1 ? "" : "s") without a decision_date (pending) not counted")
        }
        return table
    }
}

/// The counts of one part of a file.
struct PartialCount {
    var days = DayCounts()
    var keys = ByteKeyTable()
    var rows = 0, counted = 0, withoutDecision = 0

    /// Adds another part's counts, matching its groups by value.
    mutating func add(_ other: PartialCount) {
        let targets = other.keys.keys.isEmpty ? [0] : other.keys.keys.map { key in key.withUnsafeBytes { keys.index(of: $0) } }
        days.add(other.days, into: targets)
        rows += other.rows; counted += other.counted; withoutDecision += other.withoutDecision
    }
}
