#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file under a temporary name in the same folder and renames it into place on
/// `commit()`, so that a failed run leaves no half-written file (DESIGN.md "Exports"); a run ended
/// by SIGINT or SIGTERM neither (`TemporaryFiles`). The path
/// `-` writes to standard output instead. Writes are buffered (1 MiB).
public final class AtomicFileWriter {
    public let path: String
    private let fd: Int32
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var done = false

    /// Opens a temporary file beside `path` (or standard output for `-`); 73-class `cannotWrite`
    /// when the folder cannot take it.
    public init(path: String) throws(DataError) {
        self.path = path
        buffer.reserveCapacity(1 << 20)
        if path == "-" { fd = 1; temporaryPath = nil; return }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw .cannotWrite(path: path, reason: "it names a folder, not a file") }
        var info = stat()
        if stat(folder.isEmpty ? "/" : folder, &info) != 0 { throw .cannotWrite(path: path, reason: "no folder '\(folder)'") }
        // Registered, so that SIGINT or SIGTERM removes it (TemporaryFiles).
        guard let made = TemporaryFiles.create(template: (folder.isEmpty ? "" : folder + "/") + "." + base + ".tmp-XXXXXX") else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(made.fd, 0o644)
        fd = made.fd
        temporaryPath = made.path
        slot = made.slot
    }

    /// The temporary file's slot in `TemporaryFiles`.
    private var slot: Int?

    deinit { if !done { abandon() } }

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(DataError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(DataError) {
        buffer.append(contentsOf: bytes)
        try flushIfFull()
    }

    /// Appends a string's UTF-8.
    public func write(_ text: String) throws(DataError) {
        buffer.append(contentsOf: text.utf8)
        try flushIfFull()
    }

    /// Appends bytes without the 1 MiB check (the caller flushes with `flushIfFull()`).
    @inline(__always)
    public func append(_ byte: UInt8) { buffer.append(byte) }

    /// Writes the buffer out once it holds 1 MiB (call after each record).
    public func flushIfFull() throws(DataError) { if buffer.count >= 1 << 20 { try flush() } }

    private func flush() throws(DataError) {
        let written = buffer.withUnsafeBytes { writeFully(fd, $0.baseAddress!, $0.count) }
        if !written {
            let reason = String(cString: strerror(errno))
            abandon()
            throw .cannotWrite(path: path, reason: reason)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place.
    public func commit() throws(DataError) {
        try flush()
        done = true
        guard let temporaryPath else { return }
        defer { TemporaryFiles.release(slot); slot = nil }
        if fsync(fd) != 0 || close(fd) != 0 || rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Removes the temporary file; nothing is left behind.
    public func abandon() {
        done = true
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
        TemporaryFiles.release(slot)
        slot = nil
    }
}

/// Writes all `count` bytes, retrying after interruptions (EINTR) and short writes; false with
/// `errno` set when the system refuses (a full disk, a closed pipe).
func writeFully(_ fd: Int32, _ p: UnsafeRawPointer, _ count: Int) -> Bool {
    var done = 0
    while done < count {
        let n = systemWrite(fd, p + done, count - done)
        if n < 0 {
            if errno == EINTR { continue }
            return false
        }
        done += n
    }
    return true
}

private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, p, n)
    #else
    Darwin.write(fd, p, n)
    #endif
}
