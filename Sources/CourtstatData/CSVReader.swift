#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader that works on bytes. It reads its input in 1 MiB chunks with
/// read(2) into one buffer, so memory stays flat whatever the file's size, and hands out one
/// record at a time as byte ranges into that buffer (no String per field unless asked for).
///
/// Accepted: fields quoted or not; `""` inside quotes for a quote; commas, CR and LF inside
/// quotes; records ended by LF or CRLF; a UTF-8 byte-order mark; a last record with or without
/// a line ending. Blank lines are skipped (as R, pandas and data.table do). Rejected with the
/// line and column: an unterminated quote, a character after a closing quote, a quote inside an
/// unquoted field, a lone CR, a NUL byte (binary data), invalid UTF-8, and a record longer than
/// `maxRecordBytes` (1 MiB by default), which is how a 100 MB line fails without using 100 MB.
///
/// After a recoverable error (`isStopped` false) the next call goes on with the next line, so
/// `validate` can report every problem; after a fatal one (`isStopped` true) it returns false.
public final class CSVReader {
    public static let defaultMaxRecordBytes = 1 << 20
    static let chunkBytes = 1 << 20

    /// The name in messages: the path, or `<stdin>`.
    public let fileName: String
    /// The longest record (in bytes, line ending excluded) that is accepted.
    public let maxRecordBytes: Int
    /// Column names by position, used in messages (set once the header is read).
    public var fieldNames: [String] = []
    /// True after a fatal error or the end of the input.
    public internal(set) var isStopped = false

    let fd: Int32
    let ownsDescriptor: Bool
    let buffer: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var position = 0          // first unparsed byte
    var filled = 0            // end of the bytes read so far
    var atEOF = false
    var nextLine = 1          // line number at `position`
    var startedInput = false  // the byte-order mark has been looked for
    var pendingSkip = false   // skip to the next line ending before the next record

    // The current record.
    /// The line on which the current record starts.
    public internal(set) var line = 0
    var recordStart = 0
    var recordEnd = 0
    /// The number of fields of the current record.
    public internal(set) var fieldCount = 0
    var fieldPointer: UnsafeMutablePointer<UnsafePointer<UInt8>>
    var fieldLength: UnsafeMutablePointer<Int>
    var fieldRawOffset: UnsafeMutablePointer<Int>
    var fieldCapacity = 64
    let arena: UnsafeMutablePointer<UInt8>
    var arenaUsed = 0

    /// Opens `source` (a path, or `-` for standard input).
    public convenience init(source: InputSource, maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes) throws(DataError) {
        let fd = try source.open()
        self.init(descriptor: fd, name: source.name, ownsDescriptor: fd != 0, maxRecordBytes: maxRecordBytes)
    }

    init(descriptor: Int32, name: String, ownsDescriptor: Bool, maxRecordBytes: Int) {
        fd = descriptor
        fileName = name
        self.ownsDescriptor = ownsDescriptor
        self.maxRecordBytes = maxRecordBytes
        capacity = maxRecordBytes + CSVReader.chunkBytes
        buffer = .allocate(capacity: capacity + 16)
        buffer.initialize(repeating: 0, count: capacity + 16)
        arena = .allocate(capacity: maxRecordBytes + 16)
        fieldPointer = .allocate(capacity: fieldCapacity)
        fieldLength = .allocate(capacity: fieldCapacity)
        fieldRawOffset = .allocate(capacity: fieldCapacity)
    }

    deinit {
        if ownsDescriptor { _ = close(fd) }
        buffer.deallocate(); arena.deallocate()
        fieldPointer.deallocate(); fieldLength.deallocate(); fieldRawOffset.deallocate()
    }

    /// The bytes of field `i` of the current record, quotes removed and `""` undone; valid until
    /// the next call of `nextRecord()`.
    @inline(__always)
    public func field(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: fieldPointer[i], count: fieldLength[i])
    }

    /// Field `i` as a String.
    public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

    /// Every field of the current record as Strings.
    public var strings: [String] { (0..<fieldCount).map(string) }

    /// Reads the next record. Returns false at the end of the input (or after a fatal error).
    public func nextRecord() throws(DataError) -> Bool {
        if isStopped { return false }
        while true {
            if pendingSkip {
                if let lf = find(10, from: position, to: filled) {
                    position = lf + 1; nextLine += 1; pendingSkip = false
                } else {
                    position = filled
                    if atEOF { pendingSkip = false; isStopped = true; return false }
                    try refill(); continue
                }
            }
            while position < filled {           // blank lines
                let b = buffer[position]
                if b == 10 { position += 1; nextLine += 1 }
                else if b == 13, position + 1 < filled, buffer[position + 1] == 10 { position += 2; nextLine += 1 }
                else { break }
            }
            if position < filled {
                if try parseRecord() { return true }
            } else if atEOF {
                isStopped = true
                return false
            }
            try refill()
        }
    }

    /// Moves the unparsed bytes to the front and reads more; a record that does not fit in
    /// `maxRecordBytes` is a fatal error.
    func refill() throws(DataError) {
        if atEOF { return }
        if position > 0 {
            memmove(buffer, buffer + position, filled - position)
            filled -= position
            position = 0
        }
        if filled >= maxRecordBytes {
            isStopped = true
            throw .bad(file: fileName, line: nextLine, column: 1, name: nil,
                       expected: "a line of at most \(maxRecordBytes / 1024) KiB", found: "a longer one (is this a CSV file?)")
        }
        repeat {
            let n = read(fd, buffer + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR { continue }
                isStopped = true
                throw .unreadable(path: fileName, reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEOF = true } else { filled += n }
        } while !startedInput && !atEOF && filled < 3
        if !startedInput {
            startedInput = true
            if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        }
    }

    @inline(__always)
    func find(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let p = memchr(buffer + from, Int32(byte), to - from) else { return nil }
        return p.assumingMemoryBound(to: UInt8.self) - buffer
    }

    @inline(__always)
    func appendField(_ start: Int, _ end: Int, raw: Int) {
        if fieldCount == fieldCapacity { growFields() }
        fieldPointer[fieldCount] = UnsafePointer(buffer + start)
        fieldLength[fieldCount] = end - start
        fieldRawOffset[fieldCount] = raw
        fieldCount &+= 1
    }

    func growFields() {
        let newCapacity = fieldCapacity * 2
        func grow<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            q.moveInitialize(from: p, count: fieldCapacity)
            p.deallocate()
            return q
        }
        fieldPointer = grow(fieldPointer); fieldLength = grow(fieldLength); fieldRawOffset = grow(fieldRawOffset)
        fieldCapacity = newCapacity
    }

    /// Parses one record at `position`. Returns false when more input is needed first.
    func parseRecord() throws(DataError) -> Bool {
        let start = position
        if let lf = find(10, from: start, to: filled) {
            var end = lf
            if end > start, buffer[end - 1] == 13 { end -= 1 }
            if end - start <= maxRecordBytes, splitPlainLine(start, end) {
                line = nextLine; nextLine += 1
                recordStart = start; recordEnd = end; position = lf + 1
                return true
            }
        } else if atEOF {
            if filled - start <= maxRecordBytes, splitPlainLine(start, filled) {
                line = nextLine
                recordStart = start; recordEnd = filled; position = filled
                return true
            }
        } else {
            return false
        }
        return try parseGeneral(start)
    }
}
