#if canImport(Glibc)
import Glibc
#endif

/// The fuzzer's bytes as a file the readers can open by path, without touching the disk: one
/// file in /dev/shm, unlinked at once, rewritten for every input and opened by each reader as
/// /proc/self/fd/N (a fresh open file description, so reading starts at offset 0).
enum MemoryFile {
    nonisolated(unsafe) static var fd: Int32 = -1

    /// Replaces the file's contents with `data` and returns a path that opens it.
    static func path(holding data: UnsafeBufferPointer<UInt8>) -> String {
        if fd < 0 {
            let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
            let name = "\(folder)/courtstat-fuzz-\(getpid())"
            fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0o600)
            precondition(fd >= 0, "cannot create \(name)")
            unlink(name)
        }
        ftruncate(fd, 0)
        var offset = 0
        while offset < data.count {
            let n = pwrite(fd, data.baseAddress! + offset, data.count - offset, off_t(offset))
            precondition(n > 0, "pwrite to the memfd failed")
            offset += n
        }
        return "/proc/self/fd/\(fd)"
    }
}
