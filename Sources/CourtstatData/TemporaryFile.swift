#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private file in $TMPDIR (or /tmp), made with mkstemp and registered with `TemporaryFiles`,
/// so that an interrupted run removes it too; removed when this object goes away. Shared by the
/// imported cases of `--profile` and the copy of a stream read more than once.
final class TemporaryFile {
    /// The file's path.
    let path: String
    /// The descriptor open for writing, until `closeDescriptor()` (or this object goes away).
    private(set) var fd: Int32
    private let slot: Int?

    /// Makes `$TMPDIR/PREFIX-XXXXXX`; when that fails, `cannotWrite` naming the folder, its reason
    /// `purpose` followed by the system's.
    init(prefix: String, purpose: String) throws(DataError) {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        guard let made = TemporaryFiles.create(template: folder + "/" + prefix + "-XXXXXX") else {
            throw .cannotWrite(path: folder, reason: purpose + ": " + String(cString: strerror(errno)))
        }
        path = made.path; fd = made.fd; slot = made.slot
    }

    /// Closes the descriptor (the file stays until this object goes away).
    func closeDescriptor() {
        if fd >= 0 { close(fd); fd = -1 }
    }

    deinit {
        closeDescriptor()
        unlink(path)
        TemporaryFiles.release(slot)
    }
}
