#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVReader {
    /// The general path: a byte-at-a-time state machine for quoted fields (which may hold
    /// commas and line breaks), CRLF, and every error. Returns false when more input is needed.
    func parseGeneral(_ start: Int) throws(DataError) -> Bool {
        fieldCount = 0
        arenaUsed = 0
        recordStart = start
        line = nextLine
        var i = start
        var next = 0
        var contentEnd = 0
        fields: while true {
            let raw = i
            if i < filled && buffer[i] == 0x22 {
                i += 1
                let contentStart = i
                var escaped = false
                while true {
                    guard let q = find(0x22, from: i, to: filled) else {
                        if !atEOF { return try needMore(start) }
                        throw fatal(at: raw, field: fieldCount,
                                    expected: "a closing quote '\"' for the field that opens here", found: "the end of the file")
                    }
                    if q + 1 == filled && !atEOF { return try needMore(start) }
                    if q + 1 < filled && buffer[q + 1] == 0x22 { escaped = true; i = q + 2; continue }
                    i = q + 1
                    if escaped { appendUnescaped(contentStart, q, raw: raw) } else { appendField(contentStart, q, raw: raw) }
                    break
                }
                if i == filled {
                    if !atEOF { return try needMore(start) }
                    contentEnd = i; next = i; break fields
                }
                switch buffer[i] {
                case 0x2C: i += 1; continue fields
                case 10: contentEnd = i; next = i + 1; break fields
                case 13:
                    if i + 1 == filled && !atEOF { return try needMore(start) }
                    if i + 1 < filled && buffer[i + 1] == 10 { contentEnd = i; next = i + 2; break fields }
                    throw recoverable(start, at: i, field: fieldCount - 1, expected: "a line ending \\n or \\r\\n", found: "a lone \\r")
                default:
                    throw recoverable(start, at: i, field: fieldCount - 1,
                                      expected: "',' or the end of the line after a closing quote", found: foundByte(at: i))
                }
            } else {
                while i < filled {
                    let b = buffer[i]
                    if b == 0x2C || b == 10 || b == 13 || b == 0x22 { break }
                    i += 1
                }
                if i - start > maxRecordBytes { return try needMore(start) }
                if i == filled {
                    if !atEOF { return try needMore(start) }
                    appendField(raw, i, raw: raw); contentEnd = i; next = i; break fields
                }
                switch buffer[i] {
                case 0x2C: appendField(raw, i, raw: raw); i += 1
                case 10: appendField(raw, i, raw: raw); contentEnd = i; next = i + 1; break fields
                case 13:
                    if i + 1 == filled && !atEOF { return try needMore(start) }
                    if i + 1 < filled && buffer[i + 1] == 10 { appendField(raw, i, raw: raw); contentEnd = i; next = i + 2; break fields }
                    throw recoverable(start, at: i, field: fieldCount, expected: "a line ending \\n or \\r\\n", found: "a lone \\r")
                default:
                    throw recoverable(start, at: i, field: fieldCount,
                                      expected: "a field either quoted as a whole or without quotes", found: "'\"' inside it")
                }
            }
            if i - start > maxRecordBytes { return try needMore(start) }
        }
        if contentEnd - start > maxRecordBytes { return try needMore(start) }
        recordEnd = contentEnd
        if let nul = find(0, from: start, to: contentEnd) {
            throw fatal(at: nul, field: field(containing: nul), expected: "text", found: "a NUL byte (is this a binary file?)")
        }
        var newlines = 0
        var k = start
        while let lf = find(10, from: k, to: next) { newlines += 1; k = lf + 1 }
        nextLine += newlines == 0 ? 0 : newlines
        position = next
        if let bad = firstInvalidUTF8(buffer + start, count: contentEnd - start) {
            let (l, c) = location(ofOffset: start + bad)
            throw .bad(file: fileName, line: l, column: c, name: name(field(containing: start + bad)),
                       expected: "UTF-8 text", found: "the byte 0x" + hex(buffer[start + bad]))
        }
        return true
    }

    /// More input is needed for the record at `start`; a record that is already too long is a
    /// fatal error.
    func needMore(_ start: Int) throws(DataError) -> Bool {
        if filled - start > maxRecordBytes || atEOF {
            isStopped = true
            throw .bad(file: fileName, line: nextLine, column: 1, name: nil,
                       expected: "a line of at most \(maxRecordBytes / 1024) KiB", found: "a longer one (is this a CSV file?)")
        }
        return false
    }

    func appendUnescaped(_ start: Int, _ end: Int, raw: Int) {
        let out = arena + arenaUsed
        var n = 0
        var i = start
        while i < end {
            out[n] = buffer[i]
            n += 1
            i += buffer[i] == 0x22 ? 2 : 1
        }
        if fieldCount == fieldCapacity { growFields() }
        fieldPointer[fieldCount] = UnsafePointer(out)
        fieldLength[fieldCount] = n
        fieldRawOffset[fieldCount] = raw
        fieldCount += 1
        arenaUsed += n
    }

    func name(_ field: Int) -> String? { field >= 0 && field < fieldNames.count ? fieldNames[field] : nil }

    func field(containing offset: Int) -> Int {
        var k = 0
        while k + 1 < fieldCount && fieldRawOffset[k + 1] <= offset { k += 1 }
        return k
    }

    func foundByte(at i: Int) -> String {
        let b = buffer[i]
        return b >= 0x20 && b < 0x7F ? "'" + String(UnicodeScalar(b)) + "'" : "the byte 0x" + hex(b)
    }

    func fatal(at offset: Int, field: Int, expected: String, found: String) -> DataError {
        isStopped = true
        let (l, c) = location(ofOffset: offset)
        return .bad(file: fileName, line: l, column: c, name: name(field), expected: expected, found: found)
    }

    /// An error after which reading goes on at the next line.
    func recoverable(_ start: Int, at offset: Int, field: Int, expected: String, found: String) -> DataError {
        let (l, c) = location(ofOffset: offset)
        nextLine = l
        position = offset
        pendingSkip = true
        return .bad(file: fileName, line: l, column: c, name: name(field), expected: expected, found: found)
    }

    /// Line and column (in characters, from 1) of a byte of the current record.
    func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        var l = line, lineStart = recordStart
        var k = recordStart
        while let lf = find(10, from: k, to: offset) { l += 1; lineStart = lf + 1; k = lf + 1 }
        var column = 1
        var i = lineStart
        while i < offset { if buffer[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
        return (l, column)
    }

    /// Line and column of field `i` of the current record (its opening quote, if quoted).
    public func location(ofField i: Int) -> (line: Int, column: Int) { location(ofOffset: fieldRawOffset[i]) }

    /// Line and column just after the last character of the current record.
    public var endLocation: (line: Int, column: Int) { location(ofOffset: recordEnd) }
}

func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
}
