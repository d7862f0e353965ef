/// Counts of cases per period (and per group of a split column): DESIGN.md's `count`.
/// `counts[p][g]` is the number of cases in `periods[p]` and `groups[g]`; every period of the
/// span is present, empty ones as 0, and every group in every period.
public struct CountTable: Sendable, Equatable {
    public var unit: PeriodUnit
    /// The split column, or nil for one series.
    public var split: CaseColumn?
    /// The span: from the period holding the earliest date to the one holding the latest
    /// (or `--from`/`--to`).
    public var periods: [Period]
    /// The split values, sorted, the missing value ("") last; `[""]` without a split.
    public var groups: [String]
    public var counts: [[Int]]
    /// Rows read, and rows that passed the filters and were counted.
    public var rowsRead = 0, rowsCounted = 0
    /// Remarks for the reader: periods only partly covered by --from/--to, rows left out.
    public var notes: [String] = []

    /// The total of each period over the groups.
    public var totals: [Int] { counts.map { $0.reduce(0, +) } }
}

/// Reads every case, checking each row (the first problem stops the count), and counts the
/// cases that pass the filter by the period holding their date.
public enum CaseCounter {
    public static func count(_ reader: CaseReader, by unit: PeriodUnit, split: CaseColumn? = nil,
                             filter: CaseFilter = CaseFilter()) throws(DataError) -> CountTable {
        let compiled = CompiledFilter(filter)
        var days = DayCounts()
        var keys = ByteKeyTable()
        var withoutDecision = 0, counted = 0
        let splitIndex = split.map { reader.columnIndex[$0.ordinal] } ?? -1
        if let split, splitIndex < 0 {
            throw .bad(file: reader.csv.fileName, line: 1, column: 1, name: "header",
                       expected: "a column '\(split.name)' to split by", found: "none")
        }
        while try reader.next() {
            guard let day = compiled.day(of: reader) else {
                if compiled.byDecision && reader.current.decision == nil { withoutDecision += 1 }
                continue
            }
            let group = splitIndex < 0 ? 0 : keys.index(of: reader.bytes(at: splitIndex))
            days.add(day: day, group: group)
            counted += 1
        }
        let file = reader.csv.fileName
        guard counted > 0 || (filter.from != nil && filter.to != nil) else {
            let what = filter.summary.isEmpty ? (filter.date == .decision ? "has a decision_date" : "was read")
                : "passes the filters (\(filter.summary))"
            throw .noCases(file: file, detail: what)
        }
        let first = Period(containing: filter.from ?? CivilDate(dayNumber: days.minDay), unit: unit)
        let periods = first.through(filter.to ?? CivilDate(dayNumber: days.maxDay))
        // Groups in sorted order, the missing value last.
        let names = split == nil ? [""] : keys.keys.map { String(decoding: $0, as: UTF8.self) }
        let order = names.indices.sorted { a, b in
            names[a].isEmpty != names[b].isEmpty ? !names[a].isEmpty : names[a] < names[b]
        }
        var counts: [[Int]] = []
        counts.reserveCapacity(periods.count)
        for p in periods {
            counts.append(order.map { days.sum(group: $0, from: p.start.dayNumber, through: p.end.dayNumber) })
        }
        var table = CountTable(unit: unit, split: split, periods: periods, groups: order.map { names[$0] }, counts: counts,
                               rowsRead: reader.rowCount, rowsCounted: counted)
        if let from = filter.from, let p = periods.first, p.start < from {
            table.notes.append("--from \(from) is inside \(p): that period counts \(p.end.dayNumber - from.dayNumber + 1) of its \(p.days) days")
        }
        if let to = filter.to, let p = periods.last, to < p.end {
            table.notes.append("--to \(to) is inside \(p): that period counts \(to.dayNumber - p.start.dayNumber + 1) of its \(p.days) days")
        }
        if withoutDecision > 0 {
            table.notes.append("\(withoutDecision) case\(withoutDecision == 1 ? "" : "s") without a decision_date (pending) not counted")
        }
        return table
    }
}

/// Counts per day and group over a window of days that grows as dates arrive.
struct DayCounts {
    var lo = 0, hi = 0
    var groups: [[Int]] = []
    var minDay = Int.max, maxDay = Int.min

    @inline(__always)
    mutating func add(day: Int, group: Int) {
        if day < lo || day >= hi { grow(to: day) }
        while group >= groups.count { groups.append([Int](repeating: 0, count: hi - lo)) }
        groups[group][day &- lo] &+= 1
        if day < minDay { minDay = day }
        if day > maxDay { maxDay = day }
    }

    mutating func grow(to day: Int) {
        let newLo: Int, newHi: Int
        if hi == lo { newLo = day - 512; newHi = day + 512 } else {
            let width = hi - lo
            newLo = day < lo ? min(day, lo - width) : lo
            newHi = day >= hi ? max(day + 1, hi + width) : hi
        }
        groups = groups.map { old in
            var g = [Int](repeating: 0, count: newHi - newLo)
            for (i, v) in old.enumerated() { g[lo - newLo + i] = v }
            return g
        }
        lo = newLo; hi = newHi
    }

    func sum(group: Int, from: Int, through: Int) -> Int {
        guard group < groups.count else { return 0 }
        let a = max(from, lo), b = min(through, hi - 1)
        guard a <= b else { return 0 }
        return groups[group][(a - lo)...(b - lo)].reduce(0, +)
    }
}
