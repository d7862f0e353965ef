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
    /// Bytes allocated past the buffer's capacity (and past the field table of `splitRecord`),
    /// so that a 64-byte scan starting below the capacity stays inside the allocation.
    static let scanSlack = 64

    /// The name in messages: the path, or `<stdin>`.
    public let fileName: String
    /// The longest record (in bytes, line ending excluded) that is accepted.
    public let maxRecordBytes: Int
    /// Column names by position, used in messages (set once the header is read).
    public var fieldNames: [String] = []
    /// True after a fatal error or the end of the input.
    public internal(set) var isStopped: Bool { get { state.pointee.isStopped } set { state.pointee.isStopped = newValue } }

    let fd: Int32
    let ownsDescriptor: Bool
    let buffer: UnsafeMutablePointer<UInt8>
    let capacity: Int
    let arena: UnsafeMutablePointer<UInt8>

    /// The reader's changing state. It lives behind a pointer, and the properties below are
    /// computed views of it, so that the hot loop pays no dynamic exclusivity check (which
    /// stored `var`s of a class get on every access: a third of the time of a count).
    struct State {
        var isStopped = false
        var position = 0          // first unparsed byte
        var filled = 0            // end of the bytes read so far
        var atEOF = false
        var nextLine = 1          // line number at `position`
        var startedInput = false  // the byte-order mark has been looked for
        var pendingSkip = false   // skip to the next line ending before the next record
        var line = 0              // first line of the current record
        var recordStart = 0
        var recordEnd = 0
        var fieldCount = 0
        var fieldPointer: UnsafeMutablePointer<UnsafePointer<UInt8>>
        var fieldLength: UnsafeMutablePointer<Int>
        var fieldRawOffset: UnsafeMutablePointer<Int>
        var fieldEnds: UnsafeMutablePointer<Int>      // scratch of `splitRecord`: [-1] ..< fieldCapacity + scanSlack
        var fieldCapacity = 64
        var arenaUsed = 0
        var bufferBase = 0        // offset in the input of buffer[0]
        var readOffset = 0        // offset in the input of the next read (pread)
        var stopOffset = Int.max
        var sizeAtOpen = -1       // a regular file's size when opened (-1 for a stream)
        var positionAtOpen = 0    // where read(2) started (standard input may be part-read)
        var splitsPlainRecords = true   // `CaseReader.usesFastPath`: off only in tests that compare with the general path
    }
    let state: UnsafeMutablePointer<State>

    var position: Int { get { state.pointee.position } set { state.pointee.position = newValue } }
    var filled: Int { get { state.pointee.filled } set { state.pointee.filled = newValue } }
    var atEOF: Bool { get { state.pointee.atEOF } set { state.pointee.atEOF = newValue } }
    var nextLine: Int { get { state.pointee.nextLine } set { state.pointee.nextLine = newValue } }
    var startedInput: Bool { get { state.pointee.startedInput } set { state.pointee.startedInput = newValue } }
    var pendingSkip: Bool { get { state.pointee.pendingSkip } set { state.pointee.pendingSkip = newValue } }
    /// The line on which the current record starts.
    public internal(set) var line: Int { get { state.pointee.line } set { state.pointee.line = newValue } }
    var recordStart: Int { get { state.pointee.recordStart } set { state.pointee.recordStart = newValue } }
    var recordEnd: Int { get { state.pointee.recordEnd } set { state.pointee.recordEnd = newValue } }
    /// The number of fields of the current record.
    public internal(set) var fieldCount: Int { get { state.pointee.fieldCount } set { state.pointee.fieldCount = newValue } }
    var fieldPointer: UnsafeMutablePointer<UnsafePointer<UInt8>> {
        get { state.pointee.fieldPointer } set { state.pointee.fieldPointer = newValue }
    }
    var fieldLength: UnsafeMutablePointer<Int> { get { state.pointee.fieldLength } set { state.pointee.fieldLength = newValue } }
    var fieldRawOffset: UnsafeMutablePointer<Int> { get { state.pointee.fieldRawOffset } set { state.pointee.fieldRawOffset = newValue } }
    var fieldCapacity: Int { get { state.pointee.fieldCapacity } set { state.pointee.fieldCapacity = newValue } }
    var arenaUsed: Int { get { state.pointee.arenaUsed } set { state.pointee.arenaUsed = newValue } }

    /// Opens `source` (a path, or `-` for standard input).
    public convenience init(source: InputSource, maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes) throws(DataError) {
        let fd = try source.open()
        self.init(descriptor: fd, name: source.name, ownsDescriptor: fd != 0, maxRecordBytes: maxRecordBytes)
    }

    /// Opens a file to read the records that start in `startOffset..<stopOffset` (`startOffset`
    /// at the start of a line, or nil for the file's start, header included).
    convenience init(source: InputSource, startOffset: Int?, stopOffset: Int) throws(DataError) {
        let fd = try source.open()
        self.init(descriptor: fd, name: source.name, ownsDescriptor: fd != 0, maxRecordBytes: CSVReader.defaultMaxRecordBytes,
                  startOffset: startOffset, stopOffset: stopOffset)
    }

    /// With `startOffset` (which must be the start of a line) reading begins there, with pread(2),
    /// and line numbers count from that point; with `stopOffset`, `nextRecord()` returns false
    /// once a record would start at or after it. Parallel counting uses both.
    let usesOffsets: Bool
    /// Records starting at or after this offset are left for another reader.
    var stopOffset: Int { get { state.pointee.stopOffset } set { state.pointee.stopOffset = newValue } }

    init(descriptor: Int32, name: String, ownsDescriptor: Bool, maxRecordBytes: Int,
         startOffset: Int? = nil, stopOffset: Int = .max) {
        usesOffsets = startOffset != nil
        fd = descriptor
        fileName = name
        self.ownsDescriptor = ownsDescriptor
        self.maxRecordBytes = maxRecordBytes
        capacity = maxRecordBytes + CSVReader.chunkBytes
        buffer = .allocate(capacity: capacity + CSVReader.scanSlack)
        buffer.initialize(repeating: 0, count: capacity + CSVReader.scanSlack)
        arena = .allocate(capacity: maxRecordBytes + 16)
        state = .allocate(capacity: 1)
        state.initialize(to: State(fieldPointer: .allocate(capacity: 64), fieldLength: .allocate(capacity: 64),
                                   fieldRawOffset: .allocate(capacity: 64), fieldEnds: .allocate(capacity: 64 + CSVReader.scanSlack + 1) + 1))
        state.pointee.stopOffset = stopOffset
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            state.pointee.sizeAtOpen = Int(info.st_size)
            if startOffset == nil { state.pointee.positionAtOpen = max(0, Int(lseek(descriptor, 0, SEEK_CUR))) }
        }
        if let startOffset, startOffset > 0 {
            state.pointee.bufferBase = startOffset; state.pointee.readOffset = startOffset; state.pointee.startedInput = true
        }
    }

    /// The offset in the input where the next record (or blank line) starts.
    public var offset: Int { state.pointee.bufferBase + position }
    /// The number of the line at `offset`.
    public var currentLine: Int { nextLine }

    deinit {
        if ownsDescriptor { _ = close(fd) }
        buffer.deallocate(); arena.deallocate()
        fieldPointer.deallocate(); fieldLength.deallocate(); fieldRawOffset.deallocate(); (state.pointee.fieldEnds - 1).deallocate()
        state.deinitialize(count: 1); state.deallocate()
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
        if state.pointee.bufferBase + position >= stopOffset { isStopped = true; return false }
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
            state.pointee.bufferBase += position
            position = 0
        }
        if filled >= maxRecordBytes {
            isStopped = true
            throw .bad(file: fileName, line: nextLine, column: 1, name: nil,
                       expected: "a line of at most \(maxRecordBytes / 1024) KiB", found: "a longer one (is this a CSV file?)")
        }
        repeat {
            let n = usesOffsets ? pread(fd, buffer + filled, capacity - filled, off_t(state.pointee.readOffset))
                : read(fd, buffer + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR { continue }
                isStopped = true
                throw .unreadable(path: fileName, reason: String(cString: strerror(errno)))
            }
            if n == 0 { atEOF = true; try checkUnchanged() } else { filled += n; state.pointee.readOffset += n }
        } while !startedInput && !atEOF && filled < 3
        if !startedInput {
            startedInput = true
            if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
            // A NUL byte near the start: a binary file, whatever else is wrong with it.
            if let nul = find(0, from: 0, to: min(filled, 8192)) {
                var line = 1, lineStart = 0, column = 1
                for i in 0..<nul where buffer[i] == 10 { line += 1; lineStart = i + 1 }
                for i in lineStart..<nul where buffer[i] & 0xC0 != 0x80 { column += 1 }
                isStopped = true
                throw .bad(file: fileName, line: line, column: column, name: nil,
                           expected: "text", found: "a NUL byte (is this a binary file?)")
            }
        }
    }

    /// At the end of a regular file: it must still have the size it had when it was opened. A
    /// file cut short (or still being written) while it was read would otherwise give counts of
    /// whatever part was read.
    func checkUnchanged() throws(DataError) {
        let before = state.pointee.sizeAtOpen
        guard before >= 0 else { return }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return }
        let now = Int(info.st_size)
        if now != before || state.pointee.positionAtOpen + state.pointee.readOffset != now {
            isStopped = true
            throw .unreadable(path: fileName, reason: "the file changed while it was read (\(before) bytes when opened, \(now) at the end)")
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
        (state.pointee.fieldEnds - 1).deallocate()      // scratch: nothing to keep
        state.pointee.fieldEnds = .allocate(capacity: newCapacity + CSVReader.scanSlack + 1) + 1
        fieldCapacity = newCapacity
    }

    /// Parses one record at `position`. Returns false when more input is needed first. A plain
    /// record as wide as the header (`fieldNames`) is split in one pass (`splitRecord`); the
    /// header itself, and every other record, goes through the general path.
    func parseRecord() throws(DataError) -> Bool {
        let start = position, width = fieldNames.count
        if state.pointee.splitsPlainRecords, width > 0, width <= fieldCapacity,
           let record = splitRecord(at: start, limit: filled, width: width) {
            commitSplit(record, width: width)
            return true
        }
        return try parseGeneral(start)
    }
}
