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
    /// CRLF, no quotes, no control characters, valid UTF-8. It looks at each byte once, sixteen
    /// at a time (commas, quotes and control characters by SIMD compares; non-ASCII bytes by one
    /// OR over the row, and only a row that has some is run through the UTF-8 check), and notes
    /// only where each field ends. Nothing moves: the caller commits the record once it accepts
    /// it (`commitSplit`, `commitRun`), or reads it again with `nextRecord()`, which gives the
    /// same fields for a record this accepts and the right error (or a general parse) for
    /// everything else. Returns nil for a record this does not take: quoted fields, blank lines,
    /// a wrong number of fields, a record that runs past the bytes read so far.
    @inline(__always)
    func splitRecord(at start: Int, limit: Int, width: Int) -> PlainRecord? {
        guard start < limit else { return nil }
        let s = state
        let base = buffer
        let raw = UnsafeRawPointer(base)
        let ends = s.pointee.fieldEnds
        let commaByte = SIMD16<UInt8>(repeating: 0x2C), quoteByte = SIMD16<UInt8>(repeating: 0x22)
        let space = SIMD16<UInt8>(repeating: 0x20)
        let lastField = width &- 1
        var count = 0                 // fields ended so far
        ends[-1] = start &- 1         // the slot before the table is allocated for this
        var seen = SIMD16<UInt8>()    // OR of the bytes looked at, for the non-ASCII test
        var i = start
        // Sixteen bytes at a time, the lanes that end a field or need care: commas, quotes,
        // control characters (the line end among them). Lanes at or past `limit` hold stale
        // bytes; they come after every real one, and the end test below rejects them.
        while i < limit {
            // In bounds: i < limit = filled <= capacity, and the buffer has 16 bytes beyond
            // capacity, so the 16-byte load stays inside the allocation.
            let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            seen |= v
            // Lanes keep only their top bit, and each 8-byte half is read as a word: a lane's
            // index is its top bit's index / 8. (Cheaper than gathering a 16-bit mask, and
            // separators are sparse.) Commas apart from the bytes that need care (quotes,
            // control characters, the line end), so that a chunk of plain text and commas,
            // the common one, never looks at a byte twice.
            let top = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080)
            let commaWords = unsafeBitCast(v .== commaByte, to: SIMD2<UInt64>.self) & top
            let specialWords = unsafeBitCast((v .< space) .| (v .== quoteByte), to: SIMD2<UInt64>.self) & top
            // More fields than the header: not plain. Checked once a chunk, which adds at most
            // 16 ends: `ends` has room for fieldCapacity + 16 >= width + 16.
            guard count <= lastField else { return nil }
            if specialWords[0] | specialWords[1] != 0 {
                // The chunk with the line end (or a byte that makes the record not plain): its
                // commas and specials in order, up to the first special.
                for half in 0..<2 {
                    var bits = commaWords[half] | specialWords[half]
                    let first = i &+ half &* 8
                    while bits != 0 {
                        let at = first &+ bits.trailingZeroBitCount &>> 3
                        if base[at] != 0x2C {
                            return endOfPlainRecord(start: start, at: at, limit: limit, count: count, lastField: lastField,
                                                    ends: ends, seen: seen)
                        }
                        ends[count] = at
                        count &+= 1
                        bits &= bits &- 1
                    }
                }
            } else {
                for half in 0..<2 {
                    var bits = commaWords[half]
                    let first = i &+ half &* 8
                    while bits != 0 {
                        ends[count] = first &+ bits.trailingZeroBitCount &>> 3
                        count &+= 1
                        bits &= bits &- 1
                    }
                }
            }
            i &+= 16
        }
        return nil
    }

    /// The end of `splitRecord`: the first byte at `at` that is neither a comma nor plain text.
    /// A plain record ends there with LF or CRLF, with exactly `width` fields.
    @inline(__always)
    private func endOfPlainRecord(start: Int, at: Int, limit: Int, count: Int, lastField: Int,
                                  ends: UnsafeMutablePointer<Int>, seen: SIMD16<UInt8>) -> PlainRecord? {
        guard at < limit else { return nil }                // the record runs past the bytes read
        let base = buffer
        let next: Int
        if base[at] == 10 { next = at &+ 1 }
        else if base[at] == 13 && at &+ 1 < limit && base[at &+ 1] == 10 { next = at &+ 2 }
        else { return nil }                                 // a quote or a control character
        guard count == lastField, at > start, at &- start <= maxRecordBytes else { return nil }
        ends[count] = at
        // `seen` may include bytes after the record: then the check is merely not needed.
        if hasHighByte(seen), firstInvalidUTF8(base + start, count: at &- start) != nil { return nil }
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
