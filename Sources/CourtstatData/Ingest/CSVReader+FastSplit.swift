internal import CByteMasks

/// A record split by `CSVReader.splitRecord`, read in place in the reader's buffer: field k is
/// the bytes from just after the end of field k − 1 to `ends[k]`, where `ends[-1]` is
/// `start - 1`. Valid until the reader moves on.
struct PlainRecord {
    let base: UnsafePointer<UInt8>
    let start: Int
    let ends: UnsafeMutablePointer<Int>
    /// Where the record's content ends (before the line ending) and where the next one starts.
    let contentEnd: Int, next: Int

    /// Field `k`, for k below the width the record was split with.
    @inline(__always)
    func field(_ k: Int) -> UnsafeRawBufferPointer {
        let from = ends[k &- 1] &+ 1
        return UnsafeRawBufferPointer(start: base + from, count: ends[k] &- from)
    }
}

extension CSVReader {
    /// Where plain records may be split now: from the reading position up to the bytes read
    /// (`limit`), for records starting before `stopAt` (all buffer offsets); nil when the reader
    /// is stopped, skipping a bad line, or the width is beyond the field table.
    @inline(__always)
    func plainRun(width: Int) -> (start: Int, limit: Int, stopAt: Int)? {
        let s = state
        guard !s.pointee.pendingSkip, !s.pointee.isStopped, width >= 1, width <= s.pointee.fieldCapacity else { return nil }
        // stopOffset is at most Int.max and bufferBase >= 0: no overflow.
        return (s.pointee.position, s.pointee.filled, s.pointee.stopOffset &- s.pointee.bufferBase)
    }

    /// Splits the record at `start` (a record start, below `limit` = the bytes read, within a
    /// `plainRun`) if it is a plain one with exactly `width` fields: on one line ended by LF or
    /// CRLF, no quotes, no control characters, valid UTF-8. It looks at the bytes 64 at a time,
    /// as three masks (`courtstat_byte_masks`: commas; quotes and control characters, the line
    /// end among them; non-ASCII bytes), and notes only where each field ends; only a record
    /// with a non-ASCII byte goes through the UTF-8 check. Nothing moves: the caller commits
    /// the record once it accepts it (`commitSplit`, `commitRun`), or reads it again with
    /// `nextRecord()`, which gives the same fields for a record this accepts and the right
    /// error (or a general parse) for everything else. Returns nil for a record this does not
    /// take: quoted fields, blank lines, a wrong number of fields, a record that runs past the
    /// bytes read so far.
    @inline(__always)
    func splitRecord(at start: Int, limit: Int, width: Int) -> PlainRecord? {
        guard start < limit else { return nil }
        let s = state
        let base = buffer
        let ends = s.pointee.fieldEnds
        let lastField = width &- 1
        var count = 0                 // fields ended so far
        ends[-1] = start &- 1         // the slot before the table is allocated for this
        var nonASCII: UInt64 = 0      // non-ASCII bytes of the record seen so far
        var i = start
        // Bytes at or past `limit` are stale; they come after every real one, and the end
        // test in endOfPlainRecord rejects a record that reaches them.
        while i < limit {
            // In bounds: i < limit = filled <= capacity, and the buffer has scanSlack (64)
            // bytes beyond capacity.
            let m = courtstat_byte_masks(base + i)
            // More fields than the header: not plain. Checked once a window, which adds at
            // most 64 ends: `ends` has room for fieldCapacity + 64 >= width + 64.
            guard count <= lastField else { return nil }
            if m.special == 0 {
                count = noteEnds(m.comma, at: i, into: ends, count: count)
                nonASCII |= m.high
                i &+= 64
            } else {
                // The window with the line end (or a byte that makes the record not plain):
                // the commas before it.
                let at = m.special.trailingZeroBitCount
                let before = (1 &<< UInt64(truncatingIfNeeded: at)) &- 1      // at < 64
                count = noteEnds(m.comma & before, at: i, into: ends, count: count)
                nonASCII |= m.high & before
                return endOfPlainRecord(start: start, at: i &+ at, limit: limit, count: count, lastField: lastField,
                                        ends: ends, nonASCII: nonASCII != 0)
            }
        }
        return nil
    }

    /// Notes the positions of the set bits of `bits` (byte offsets from `i`) in `ends` from
    /// `count` on, and returns the new count. Eight at a time, written whether or not there are
    /// that many (the extra slots are overwritten later or ignored; `ends` has room for 64 past
    /// the fields), so that the loop runs once for most windows and its branch is predictable.
    @inline(__always)
    private func noteEnds(_ bits: UInt64, at i: Int, into ends: UnsafeMutablePointer<Int>, count: Int) -> Int {
        var bits = bits
        let n = bits.nonzeroBitCount
        var k = count
        while bits != 0 {
            for j in 0..<8 {
                ends[k &+ j] = i &+ bits.trailingZeroBitCount
                bits &= bits &- 1
            }
            k &+= 8
        }
        return count &+ n
    }

    /// The end of `splitRecord`: the first byte at `at` that is neither a comma nor plain text.
    /// A plain record ends there with LF or CRLF, with exactly `width` fields.
    @inline(__always)
    private func endOfPlainRecord(start: Int, at: Int, limit: Int, count: Int, lastField: Int,
                                  ends: UnsafeMutablePointer<Int>, nonASCII: Bool) -> PlainRecord? {
        guard at < limit else { return nil }                // the record runs past the bytes read
        let base = buffer
        let next: Int
        if base[at] == 10 { next = at &+ 1 }
        else if base[at] == 13 && at &+ 1 < limit && base[at &+ 1] == 10 { next = at &+ 2 }
        else { return nil }                                 // a quote or a control character
        guard count == lastField, at > start, at &- start <= maxRecordBytes else { return nil }
        ends[count] = at
        if nonASCII, firstInvalidUTF8(base + start, count: at &- start) != nil { return nil }
        return PlainRecord(base: UnsafePointer(base), start: start, ends: ends, contentEnd: at, next: next)
    }

    /// Commits `rows` records read one after the other from the reading position, the last of
    /// them from `lastStart` to `lastEnd`, the next one starting at `next`; the field table is
    /// left empty (`fieldCount` 0), for a caller that read the fields from the `PlainRecord`s.
    @inline(__always)
    func commitRun(rows: Int, lastStart: Int, lastEnd: Int, next: Int) {
        let s = state
        s.pointee.nextLine &+= rows
        s.pointee.line = s.pointee.nextLine &- 1
        s.pointee.recordStart = lastStart
        s.pointee.recordEnd = lastEnd
        s.pointee.position = next
        s.pointee.arenaUsed = 0
        s.pointee.fieldCount = 0
    }

    /// Makes the record found by `splitRecord(at:limit:width:)` the current one, as
    /// `nextRecord()` would have left the reader after it.
    @inline(__always)
    func commitSplit(_ r: PlainRecord, width: Int) {
        let s = state
        s.pointee.line = s.pointee.nextLine
        s.pointee.nextLine &+= 1
        s.pointee.recordStart = r.start
        s.pointee.recordEnd = r.contentEnd
        s.pointee.position = r.next
        s.pointee.arenaUsed = 0
        let pointers = s.pointee.fieldPointer, lengths = s.pointee.fieldLength, raws = s.pointee.fieldRawOffset
        var from = r.start
        for k in 0..<width {           // width <= fieldCapacity (plainRun)
            let end = r.ends[k]
            pointers[k] = r.base + from
            lengths[k] = end &- from
            raws[k] = from
            from = end &+ 1
        }
        s.pointee.fieldCount = width
    }
}
