/// Where the checked columns are in a file (-1 when absent), in plain stored integers so that the
/// fast path reads them without array bounds checks.
struct ColumnLayout {
    let width, caseID, court, article, part, received, decision, status, sentence, months: Int

    init(width: Int, columnIndex c: [Int]) {
        self.width = width
        caseID = c[0]; court = c[1]; article = c[3]; part = c[4]; received = c[5]; decision = c[6]
        status = c[7]; sentence = c[8]; months = c[9]
    }
}

extension CaseReader {
    /// The fast path of `nextRow()`, for a plain valid row (the common case) at buffer offset
    /// `start`, before `limit` (see `CSVReader.plainRun`; `rowProblems` must be empty): one pass
    /// over its bytes to split it (`CSVReader.splitRecord`), then every check of `check()` on the
    /// fields, with no String, no allocation and no error values. When the row passes them all
    /// it is returned, with its values in `values`, without moving on (`commit` does).
    /// Otherwise the result is nil, and the caller reads the row the general way, which finds
    /// its problems and words them. So this path decides only which rows need that care; it
    /// never words, skips or weakens a check.
    @inline(__always)
    func checkedPlainRow(at start: Int, limit: Int, line: Int, values f: inout CaseFields) -> PlainRecord? {
        let s = state
        let l = layout
        guard let row = csv.splitRecord(at: start, limit: limit, width: l.width) else { return nil }
        // Every index below is one of the header's columns (>= 0 checked where the column is
        // optional), so below the width the row was split with.
        f = CaseFields()
        f.line = line
        guard !row.field(l.caseID).isEmpty else { return nil }
        guard isSectionNumber(row.field(l.article), maxDigits: 3) else { return nil }       // empty fails too
        if l.part >= 0 {
            let b = row.field(l.part)
            guard b.isEmpty || isSectionNumber(b, maxDigits: 2) else { return nil }
        }
        guard let received = validDate(row.field(l.received)) else { return nil }         // empty fails too
        f.received = received
        if l.decision >= 0 {
            let b = row.field(l.decision)
            if !b.isEmpty {
                guard let d = validDate(b), !(d < received) else { return nil }
                f.decision = d
            }
        }
        // Categories by `KeywordTable` (the field is in the reader's buffer, 64 spare bytes at
        // its end): no branch on which value it is.
        if l.status >= 0 {
            let b = row.field(l.status)
            if !b.isEmpty {
                guard let v = s.pointee.statusWords.value(b.baseAddress!, count: b.count) else { return nil }
                f.status = v
            }
        }
        var mayHaveTerm = true          // no sentence type: any term is allowed
        if l.sentence >= 0 {
            let b = row.field(l.sentence)
            if !b.isEmpty {
                guard let v = s.pointee.sentenceWords.value(b.baseAddress!, count: b.count) else { return nil }
                f.sentenceType = v.type
                mayHaveTerm = v.mayHaveTerm
            }
        }
        if l.months >= 0 {
            let b = row.field(l.months)
            if !b.isEmpty {
                guard let m = parseMonths(b), m > 0, m <= CaseLimits.maxMonths, mayHaveTerm else { return nil }
                f.months = m
            }
        }
        // Last, as it records the id: a row given back to the general path must not find itself.
        if s.pointee.duplicates != nil,
           s.pointee.duplicates!.insert(row.field(l.caseID), line: f.line) != nil { return nil }
        return row
    }

    /// Makes a row from `checkedPlainRow` the current one, as `nextRow()` would have.
    @inline(__always)
    func commit(_ row: PlainRecord, _ fields: CaseFields) {
        csv.commitSplit(row, width: layout.width)
        state.pointee.current = fields
        state.pointee.rowCount &+= 1
    }

    /// Commits `rows` rows taken one after the other by `checkedPlainRow` from the reading
    /// position, the last from `lastStart` to `lastEnd` with values `fields`, the next row
    /// starting at `next`. The CSV field table is left empty: for a caller that read the fields
    /// from the `PlainRecord`s.
    @inline(__always)
    func commitRun(rows: Int, lastStart: Int, lastEnd: Int, next: Int, fields: CaseFields) {
        csv.commitRun(rows: rows, lastStart: lastStart, lastEnd: lastEnd, next: next)
        state.pointee.current = fields
        state.pointee.rowCount &+= rows
    }

    /// `checkedPlainRow` and `commit` for the row at the reading position: true when the row
    /// was read this way.
    @inline(__always)
    func nextFastRow() -> Bool {
        var fields = CaseFields()
        guard state.pointee.rowProblems.isEmpty, let run = csv.plainRun(width: layout.width), run.start < run.stopAt,
              let row = checkedPlainRow(at: run.start, limit: run.limit, line: csv.nextLine, values: &fields) else { return false }
        commit(row, fields)
        return true
    }

    /// A date cell that `check()` accepts (it exists, 1900–2100), or nil.
    @inline(__always)
    func validDate(_ b: UnsafeRawBufferPointer) -> CivilDate? {
        if let d = state.pointee.months.day(b) { return d }
        guard case .success(let d) = CivilDate.parse(b), CaseLimits.dayNumbers.contains(d.dayNumber) else { return nil }
        state.pointee.months.insert(b, day: d)
        return d
    }
}
