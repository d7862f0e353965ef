#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where data is read from: a file path, or standard input when the path is `-`. Opening checks
/// that the path exists and is a readable regular file or stream, so that a missing file and an
/// unreadable one are told apart (both exit 66).
public struct InputSource: Sendable {
    /// The path as given (`-` for standard input).
    public let path: String
    private let label: String?
    /// The name used in messages: the path, or `<stdin>`.
    public var name: String { label ?? (path == "-" ? "<stdin>" : path) }

    /// The file at `path`, or standard input for `-` (not opened until read).
    public init(path: String) { self.path = path; label = nil }

    /// A source read from `path` but named `name` in messages (a copy of standard input).
    public init(path: String, name: String) { self.path = path; label = name }

    /// Opens the source for reading and returns its file descriptor (the caller closes it,
    /// unless it is standard input).
    public func open() throws(DataError) -> Int32 {
        if path == "-" { return 0 }
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missingFile(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "it is a folder, not a file") }
        let fd = openForReading(path)
        if fd < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        return fd
    }
}

private func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
    Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
}
