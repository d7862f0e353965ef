import Foundation

/// The tests' temporary folders. They all live under one folder per test process in the
/// system's temporary folder, `courtstat-tests-PID`, which is removed when the process exits
/// (and, for a process that died before it could, by the next run), so that running the suite
/// does not leave its files behind.
public enum ScratchFolder {
    private static let prefix = "courtstat-tests-"

    /// This process's folder, made on first use.
    public static let root: URL = {
        let fm = FileManager.default
        let temporary = fm.temporaryDirectory
        // Folders of earlier runs whose process is gone (killed, crashed): kill(pid, 0) fails
        // with ESRCH only when no such process exists.
        for name in (try? fm.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? fm.removeItem(at: temporary.appendingPathComponent(name))
        }
        let url = temporary.appendingPathComponent(prefix + String(getpid()))
        try? fm.removeItem(at: url)
        try! fm.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A new, empty folder under `root`, named after `label`.
    public static func make(_ label: String) -> URL {
        let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new file `name` holding `bytes`, in a new folder under `root`; its path.
    public static func file(_ bytes: [UInt8], name: String = "cases.csv", label: String = "file") -> String {
        let path = make(label).appendingPathComponent(name).path
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
        return path
    }

    /// A new file `name` holding `text` (UTF-8), as `file(_:name:label:)`.
    public static func file(_ text: String, name: String = "cases.csv", label: String = "file") -> String {
        file(Array(text.utf8), name: name, label: label)
    }
}
