import CourtstatTestSupport
import Foundation

/// Helpers for the fault-injection tests: small file systems, child processes that are
/// interrupted or measured, and the folder comparisons that say "only complete files".
enum FaultInjection {
    static let reportArguments = ["report", "--data", "datasets/cases_synthetic_2021_2024.csv",
                                  "--figures", "datasets/published_figures.csv",
                                  "--claims", "datasets/claims/mediazona-2023-07.toml"]

    static func newFolder(_ label: String) -> URL {
        ScratchFolder.make(label)
    }

    /// Runs a program to its end; its status and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "\(error)") }
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Mounts a tmpfs of `size` (e.g. "100k") on a new folder. Returns nil and the reason when
    /// this machine does not allow it (not root, no mount(8), a container without the right).
    /// Whether a tmpfs can be mounted here (root and /bin/mount, and the kernel allows it):
    /// tried once with a small one. Tests that need one are skipped, with the reason, otherwise.
    static let tmpfsProbe: (available: Bool, reason: String) = {
        let (url, reason) = mountTmpfs(size: "64k")
        guard let url else { return (false, reason) }
        unmount(url)
        return (true, "")
    }()
    static var canMountTmpfs: Bool { tmpfsProbe.available }
    /// Whether /usr/bin/time (GNU time, for a child's peak memory) is installed.
    static var hasTimeCommand: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/time") }
    /// Whether the tests run under AddressSanitizer, whose shadow memory makes peak memory meaningless.
    static var underAddressSanitizer: Bool { ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil }

    static func mountTmpfs(size: String, readOnly: Bool = false) -> (url: URL?, reason: String) {
        guard getuid() == 0 else { return (nil, "mounting a tmpfs needs root") }
        guard FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return (nil, "no /bin/mount") }
        let url = newFolder("tmpfs")
        let options = "size=\(size),mode=0755" + (readOnly ? ",ro" : "")
        let result = run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", url.path])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(at: url)
            return (nil, "mount -t tmpfs failed: \(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return (url, "")
    }

    static func unmount(_ url: URL) {
        run("/bin/umount", [url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// The names in a folder (hidden ones included), sorted.
    static func names(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Names of files in `folder` that are not byte for byte the same file of `reference`
    /// (a temporary file, a truncated chart, anything half-written).
    static func incompleteFiles(in folder: URL, reference: URL) -> [String] {
        names(folder).filter { name in
            guard let a = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let b = FileManager.default.contents(atPath: reference.appendingPathComponent(name).path) else { return true }
            return a != b
        }
    }

    /// One complete report (with charts), made once for the tests that compare with it.
    static let referenceReport: URL = {
        let out = newFolder("reference-report")
        let run = try! courtstat(reportArguments + ["--out", out.path], in: repositoryRoot)
        precondition(run.status == 0, "the reference report failed: \(run.stderr)")
        return out
    }()

    /// Starts a program with standard output and error sent to /dev/null.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = courtstatBinary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs courtstat under /usr/bin/time for its peak memory (maximum resident set, KiB) as
    /// well as its status and standard error; nil when /usr/bin/time is missing. (A child's own
    /// wait4 figure would not do: on Linux it carries the peak of the parent it was spawned from,
    /// here the whole test process.)
    static func measured(_ arguments: [String]) throws -> (status: Int32, maxRSSKiB: Int, stderr: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        let report = newFolder("measured").appendingPathComponent("time")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report.path, courtstatBinary.path] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = ((try? String(contentsOf: report, encoding: .utf8)) ?? "").split(separator: "\n")
        guard let kib = lines.last.flatMap({ Int($0) }) else { return nil }
        return (process.terminationStatus, kib, text)
    }
}
