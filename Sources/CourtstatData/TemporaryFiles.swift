#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files the process has open (AtomicFileWriter's `.NAME.tmp-XXXXXX`, gnuplot's
/// output before it is renamed) and the child it is waiting for, kept where a signal handler can
/// reach them: paths in a fixed C buffer, a state word per slot, the child's pid in one word.
/// On SIGINT, SIGTERM, SIGHUP or SIGPIPE the handler kills the child, unlinks every registered
/// file and lets the signal end the process, so an interrupted run leaves only complete files.
///
/// The handler calls only kill, waitpid, unlink, signal and raise, which POSIX lists as
/// async-signal-safe, and reads memory allocated before it was installed; it takes no lock.
/// A slot is marked in use before mkstemp writes its name into it, so a file is never created
/// unregistered; a signal between the rename of `commit()` and the release of the slot unlinks
/// a name that no longer exists, which is harmless.
public enum TemporaryFiles {
    static let slots = 64
    static let pathBytes = 4096

    /// slots × pathBytes path bytes, then `slots` state words (0 free, 1 in use), then the pid.
    nonisolated(unsafe) static let storage: UnsafeMutableRawPointer = {
        let bytes = slots * pathBytes + slots * MemoryLayout<Int32>.stride + MemoryLayout<Int32>.stride
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        p.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        return p
    }()
    nonisolated(unsafe) static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    static func path(_ slot: Int) -> UnsafeMutablePointer<CChar> {
        (storage + slot * pathBytes).assumingMemoryBound(to: CChar.self)
    }
    static func state(_ slot: Int) -> UnsafeMutablePointer<Int32> {
        (storage + slots * pathBytes + slot * MemoryLayout<Int32>.stride).assumingMemoryBound(to: Int32.self)
    }
    static var child: UnsafeMutablePointer<Int32> {
        (storage + slots * pathBytes + slots * MemoryLayout<Int32>.stride).assumingMemoryBound(to: Int32.self)
    }

    /// A file created with mkstemp from `template` (which ends in `XXXXXX`) and registered for
    /// removal on a signal: its descriptor, its path and the slot to `release` once it is renamed
    /// or removed (nil when every slot is taken or the path is too long: then it is not
    /// registered). Returns nil with `errno` set when the file cannot be created.
    public static func create(template: String) -> (fd: Int32, path: String, slot: Int?)? {
        let bytes = Array(template.utf8CString)
        if let slot = claim(bytes) {
            let fd = mkstemp(path(slot))
            if fd < 0 { let e = errno; release(slot); errno = e; return nil }
            return (fd, String(cString: path(slot)), slot)
        }
        var local = bytes
        let fd = local.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { return nil }
        return (fd, String(decoding: local.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self), nil)
    }

    /// A free slot, marked in use and holding `bytes` (a NUL-terminated path); nil when every
    /// slot is taken or the path is too long.
    private static func claim(_ bytes: [CChar]) -> Int? {
        guard bytes.count <= pathBytes else { return nil }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let slot = (0..<slots).first(where: { state($0).pointee == 0 }) else { return nil }
        bytes.withUnsafeBufferPointer { path(slot).update(from: $0.baseAddress!, count: $0.count) }
        state(slot).pointee = 1
        return slot
    }

    /// The file of `slot` was renamed into place or removed: a signal no longer touches it.
    public static func release(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        state(slot).pointee = 0
        pthread_mutex_unlock(lock)
    }

    /// The child process (gnuplot) a signal should stop before the files are removed; 0 for none.
    public static func setChild(_ pid: Int32) { child.pointee = pid }

    /// The files registered now (for tests).
    public static var registeredPaths: [String] {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return (0..<slots).filter { state($0).pointee != 0 }.map { String(cString: path($0)) }
    }

    /// Installs the handler for SIGINT, SIGTERM, SIGHUP and SIGPIPE. Call once, early in main.
    public static func installSignalHandlers() {
        _ = storage; _ = lock                      // initialised before any signal can need them
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = temporaryFilesSignalHandler
            #else
            action.__sigaction_u.__sa_handler = temporaryFilesSignalHandler
            #endif
            sigemptyset(&action.sa_mask)
            for other in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&action.sa_mask, other) }
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    /// What the handler does: stop the child, unlink every registered file.
    static func removeAllNow() {
        let pid = child.pointee
        if pid > 0 {
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
        }
        var slot = 0
        while slot < slots {
            if state(slot).pointee != 0 { unlink(path(slot)) }
            slot += 1
        }
    }
}

/// Removes the temporary files, then lets the signal take its default course (the process ends
/// with the signal's status, 130 for SIGINT in a shell).
private let temporaryFilesSignalHandler: @convention(c) (Int32) -> Void = { sig in
    TemporaryFiles.removeAllNow()
    signal(sig, SIG_DFL)
    raise(sig)
}
