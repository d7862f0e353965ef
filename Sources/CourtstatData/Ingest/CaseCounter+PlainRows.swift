extension CaseCounter {
    /// Counts the plain valid rows that follow the reading position, for as long as they come
    /// and the bytes read so far last, straight from the reader's buffer: each row split and
    /// checked by `CaseReader.checkedPlainRow` (all the checks of the general path), filtered,
    /// and added to its day and group, with the reader's position, line and row count kept in
    /// locals and stored once at the end. It stops, leaving the reader on it, at the first row
    /// that needs the general path (a problem, quotes, a blank line, the end of the buffer or
    /// of the part); the caller reads that one with `next()`.
    @inline(__always)
    static func countPlainRows(_ reader: CaseReader, into part: inout PartialCount, splitIndex: Int, filter: CompiledFilter) {
        let layout = reader.layout
        guard reader.usesFastPath, reader.state.pointee.rowProblems.isEmpty, reader.state.pointee.duplicates == nil,
              let run = reader.csv.plainRun(width: layout.width) else { return }
        var position = run.start
        var rows = 0
        var line = reader.csv.nextLine
        var lastStart = position, lastEnd = position
        var fields = CaseFields()
        while position < run.stopAt, let row = reader.checkedPlainRow(at: position, limit: run.limit, line: line, values: &fields) {
            lastStart = position
            lastEnd = row.contentEnd
            position = row.next
            rows &+= 1
            line &+= 1
            let day: Int
            if filter.keepsAll {
                day = fields.received.dayNumber
            } else {
                guard let d = filter.day(fields, layout, { row.field($0) }) else {
                    if filter.byDecision && fields.decision == nil { part.withoutDecision += 1 }
                    continue
                }
                day = d
            }
            // The split column is one of the header's, so below the width the row was split with.
            let group = splitIndex < 0 ? 0 : part.keys.index(ofPadded: row.field(splitIndex))
            part.days.add(day: day, group: group)
            part.counted &+= 1
        }
        guard rows > 0 else { return }
        // The last row becomes the current one. Its values are checked again rather than kept
        // from the loop (which would copy them on every row); it passed a moment ago and passes
        // again (the checks depend only on its bytes, duplicates being off here).
        let again = reader.checkedPlainRow(at: lastStart, limit: run.limit, line: line &- 1, values: &fields)
        assert(again != nil, "a plain row failed its second check")
        reader.commitRun(rows: rows, lastStart: lastStart, lastEnd: lastEnd, next: position, fields: fields)
    }
}
