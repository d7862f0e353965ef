#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encoding of a scrape.
public enum ScrapeEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case cp1251
}

/// Reads the records of a delimited text file as scrapes come (formats/court-scrapes.md): `,`,
/// `;` or tab as separator; UTF-8 (with or without a byte-order mark) or Windows-1251, turned
/// into UTF-8 as it is read; LF or CRLF line ends; blank lines skipped.
///
/// Quoting is that of RFC 4180 for a field that *starts* with `"` (it may then hold separators,
/// line breaks and `""`); in any other field a `"` is an ordinary character, since the public
/// scrapers write `;` files with no quoting at all. The input is read in 1 MiB chunks, so memory
/// stays flat whatever the file's size.
///
/// Problems of one record (an unterminated quote, text after a closing quote, invalid UTF-8)
/// are reported in `problem` and the record is still handed out, so that the caller can write
/// it to its rejects; reading goes on with the next line.
public final class DelimitedReader {
    /// The name in messages.
    public let fileName: String
    public private(set) var encoding: ScrapeEncoding
    public private(set) var delimiter: UInt8
    /// The physical line (from 1) on which the current record starts.
    public private(set) var line = 0
    /// A problem of the current record as a whole, with the 1-based field it is in.
    public private(set) var problem: (field: Int, reason: String)?

    private let fd: Int32
    private let ownsDescriptor: Bool
    private var raw: [UInt8] = []          // undecoded bytes read ahead (the tail of a chunk)
    private var readBuffer = [UInt8](repeating: 0, count: chunk)   // read(2)'s target, allocated once
    private var buf: [UInt8] = []          // decoded UTF-8 not yet parsed, from `pos`
    private var pos = 0
    private var eof = false
    private var nextLine = 1
    /// The current record: its fields' bytes back to back, and where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Where the current record and each of its fields start in `buf` (for columns in messages).
    private var recordStart = 0
    private var fieldStarts: [Int] = []
    static let chunk = 1 << 20
    /// The longest record accepted (a runaway quote stops here rather than filling memory).
    public static let maxRecordBytes = 16 << 20

    /// Opens `source`; the encoding and delimiter are detected unless given.
    public init(source: InputSource, encoding: ScrapeEncoding?, delimiter: UInt8?) throws(DataError) {
        fileName = source.name
        fd = try source.open()
        ownsDescriptor = fd != 0
        self.encoding = .utf8
        self.delimiter = delimiter ?? 0x2C
        // Look at the start of the input: a byte-order mark, then whether it is valid UTF-8.
        try fill(minimum: 64 << 10)
        var start = 0
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            self.encoding = encoding ?? .utf8
        } else if let encoding {
            self.encoding = encoding
        } else {
            self.encoding = Self.looksLikeUTF8(raw, complete: eof) ? .utf8 : .cp1251
        }
        raw.removeFirst(start)
        decodeRaw()
        if let delimiter { self.delimiter = delimiter } else { self.delimiter = detectDelimiter() }
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// Number of fields of the current record.
    public var fieldCount: Int { ends.count }

    /// The bytes of field `i` of the current record (UTF-8).
    public func withField<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let start = i == 0 ? 0 : ends[i - 1]
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<ends[i]])) }
    }

    /// Field `i` as a string.
    public func string(_ i: Int) -> String { withField(i) { String(decoding: $0, as: UTF8.self) } }

    /// The line and column (in characters, from 1) where field `i` of the current record starts,
    /// counted in the decoded text.
    public func location(ofField i: Int) -> (line: Int, column: Int) {
        guard i < fieldStarts.count else { return (line, 1) }
        var l = line, c = 1
        buf.withUnsafeBufferPointer { b in
            for k in recordStart..<min(fieldStarts[i], b.count) {
                if b[k] == 0x0A { l += 1; c = 1 } else if b[k] & 0xC0 != 0x80 { c += 1 }
            }
        }
        return (l, c)
    }

    /// All fields of the current record as strings.
    public var strings: [String] { (0..<fieldCount).map(string) }

    /// Reads the next record; false at the end of the input.
    public func next() throws(DataError) -> Bool {
        while true {
            problem = nil
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            fieldStarts.removeAll(keepingCapacity: true)
            switch parseRecord() {
            case .record: return true
            case .blank: continue
            case .end: return false
            case .needMore:
                if buf.count - pos > Self.maxRecordBytes {
                    throw .bad(file: fileName, line: nextLine, column: 1, name: nil,
                               expected: "a record of at most \(Self.maxRecordBytes >> 20) MiB", found: "a longer one (an unterminated quote?)")
                }
                if pos > 0 { buf.removeFirst(pos); pos = 0 }
                try fill(minimum: 1)
                decodeRaw()
            }
        }
    }

    private enum Step { case record, blank, end, needMore }

    /// Parses one record at `pos` from the decoded bytes; on `.needMore` nothing is consumed.
    private func parseRecord() -> Step {
        let n = buf.count
        if pos >= n { return eof ? .end : .needMore }
        var p = pos
        var lines = 0
        let d = delimiter
        // The record's arrays are moved into locals for the loop and back after it: appending to
        // a class's stored arrays costs a dynamic exclusivity check per byte.
        var bytes = self.bytes, ends = self.ends, fieldStarts = self.fieldStarts, problem = self.problem
        self.bytes = []; self.ends = []; self.fieldStarts = []
        defer { self.bytes = bytes; self.ends = ends; self.fieldStarts = fieldStarts; self.problem = problem }
        let result: Step = buf.withUnsafeBufferPointer { b in
            // A blank line (LF or CRLF alone).
            if b[p] == 0x0A { p += 1; lines = 1; return .blank }
            if b[p] == 0x0D {
                if p + 1 < n { if b[p + 1] == 0x0A { p += 2; lines = 1; return .blank } } else if !eof { return .needMore }
            }
            while true {
                fieldStarts.append(p)
                if p < n && b[p] == 0x22 {
                    // A quoted field.
                    p += 1
                    var closed = false
                    while p < n {
                        let c = b[p]
                        if c == 0x22 {
                            if p + 1 < n && b[p + 1] == 0x22 { bytes.append(0x22); p += 2; continue }
                            if p + 1 >= n && !eof { return .needMore }
                            p += 1; closed = true; break
                        }
                        if c == 0x0A { lines += 1 }
                        bytes.append(c); p += 1
                    }
                    if !closed {
                        if !eof { return .needMore }
                        if problem == nil { problem = (ends.count + 1, "a quoted field that is never closed") }
                        ends.append(bytes.count)
                        lines += 1
                        return .record
                    }
                    // After the closing quote: a separator or the line end; anything else is kept as text.
                    while p < n && b[p] != d && b[p] != 0x0A && !(b[p] == 0x0D && p + 1 < n && b[p + 1] == 0x0A) {
                        if problem == nil { problem = (ends.count + 1, "text after the closing quote of a quoted field") }
                        bytes.append(b[p]); p += 1
                    }
                    if p >= n && !eof { return .needMore }
                } else {
                    while p < n {
                        let c = b[p]
                        if c == d || c == 0x0A { break }
                        if c == 0x0D && (p + 1 >= n || b[p + 1] == 0x0A) {
                            if p + 1 >= n && !eof { return .needMore }
                            break
                        }
                        bytes.append(c); p += 1
                    }
                    if p >= n && !eof { return .needMore }
                }
                ends.append(bytes.count)
                if p >= n { lines += 1; return .record }
                if b[p] == d { p += 1; continue }
                if b[p] == 0x0D { p += 1 }
                p += 1; lines += 1   // the LF
                return .record
            }
        }
        switch result {
        case .needMore:
            bytes.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true); problem = nil
            fieldStarts.removeAll(keepingCapacity: true)
            return .needMore
        case .blank:
            pos = p; nextLine += lines
            return .blank
        default:
            line = nextLine
            recordStart = pos
            pos = p; nextLine += lines
            if encoding == .utf8, problem == nil, !bytes.isEmpty, let bad = bytes.withUnsafeBufferPointer({ firstInvalidUTF8($0.baseAddress!, count: $0.count) }) {
                let field = ends.firstIndex { $0 > bad } ?? ends.count - 1
                problem = (field + 1, "bytes that are not UTF-8 (is the file Windows-1251? name the encoding cp1251)")
            }
            return .record
        }
    }

    /// Reads from the descriptor until `raw` holds at least `minimum` bytes or the input ends.
    private func fill(minimum: Int) throws(DataError) {
        var got = 0
        while got < minimum && !eof {
            let r = readBuffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, Self.chunk) }
            if r < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: fileName, reason: String(cString: strerror(errno)))
            }
            if r == 0 { eof = true; break }
            raw.append(contentsOf: readBuffer[0..<r])
            got += r
        }
    }

    /// Moves the undecoded bytes into `buf` as UTF-8 (keeping an incomplete UTF-8 sequence at
    /// the end of a chunk for the next one).
    private func decodeRaw() {
        if raw.isEmpty { return }
        switch encoding {
        case .cp1251:
            raw.withUnsafeBytes { Windows1251.decode($0, into: &buf) }
            raw.removeAll(keepingCapacity: true)
        case .utf8:
            var keep = 0
            if !eof {     // an incomplete sequence at the end waits for the next chunk
                var k = raw.count - 1
                while k >= 0 && raw.count - k <= 4 && raw[k] & 0xC0 == 0x80 { k -= 1 }
                if k >= 0 && raw[k] >= 0xC0 {
                    let need = raw[k] >= 0xF0 ? 4 : raw[k] >= 0xE0 ? 3 : 2
                    if raw.count - k < need { keep = raw.count - k }
                }
            }
            buf.append(contentsOf: raw[0..<(raw.count - keep)])
            raw.removeFirst(raw.count - keep)
        }
    }

    /// Whether bytes are valid UTF-8 (an incomplete sequence at the very end allowed unless the
    /// input is complete).
    static func looksLikeUTF8(_ b: [UInt8], complete: Bool) -> Bool {
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, let bad = firstInvalidUTF8(base, count: p.count) else { return true }
            return !complete && p.count - bad < 4 && b[bad] >= 0xC0
        }
    }

    /// The separator of the header line: the most frequent of `;`, `,` and tab outside quotes
    /// (ties go to `;`, then `,`).
    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [0x3B: 0, 0x2C: 0, 0x09: 0]
        var inQuotes = false
        var p = pos
        while p < buf.count {
            let c = buf[p]
            if c == 0x22 { inQuotes.toggle() }
            else if c == 0x0A && !inQuotes { break }
            else if !inQuotes, counts[c] != nil { counts[c]! += 1 }
            p += 1
        }
        let order: [UInt8] = [0x3B, 0x2C, 0x09]
        var best: UInt8 = 0x2C, bestCount = 0
        for c in order where counts[c]! > bestCount { best = c; bestCount = counts[c]! }
        return best
    }
}
