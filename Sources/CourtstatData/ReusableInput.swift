#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input that can be read more than once, for commands that make several passes (`report`
/// reads the cases for the trend, the comparison and the claims). A regular file is used as it
/// is; standard input or a FIFO, which can be read only once (a second open of a FIFO waits for
/// a new writer for ever), is first copied to a temporary file, which is removed when this
/// object goes away or the process is interrupted (`TemporaryFiles`). Messages keep the
/// original name (`<stdin>`).
public final class ReusableInput {
    /// The source to open, as often as needed.
    public let source: InputSource
    private var copy: TemporaryFile?

    /// `original` itself when it is a regular file; otherwise a temporary copy of its bytes.
    public init(_ original: InputSource) throws(DataError) {
        var info = stat()
        if original.path != "-", stat(original.path, &info) != 0 || (info.st_mode & S_IFMT) != S_IFIFO {
            source = original          // a regular file, or one whose problem open() will report
            return
        }
        let input = try original.open()
        defer { if input != 0 { close(input) } }
        let made = try TemporaryFile(prefix: "courtstat-input", purpose: "cannot copy \(original.name) to a temporary file")
        copy = made
        source = InputSource(path: made.path, name: original.name)
        defer { made.closeDescriptor() }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(input, buffer, chunk)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: original.name, reason: String(cString: strerror(errno)))
            }
            guard writeFully(made.fd, buffer, n) else {
                throw .cannotWrite(path: made.path, reason: "copying \(original.name): " + String(cString: strerror(errno)))
            }
        }
    }
}
