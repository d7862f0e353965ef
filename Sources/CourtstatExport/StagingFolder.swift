import CourtstatData
import Foundation

/// A folder beside the report's output folder in which the whole report is written first; only
/// when everything has succeeded are its files moved into the output folder (each by rename, on
/// the same file system). A report that fails — bad data, a chart gnuplot cannot draw, a full disk —
/// thus leaves the output folder exactly as it was, and does not create it.
final class StagingFolder {
    let path: String
    let outDir: String
    private var published = false

    init(for outDir: String) throws {
        self.outDir = outDir
        let trimmed = outDir.count > 1 && outDir.hasSuffix("/") ? String(outDir.dropLast()) : outDir
        // By hand: Foundation's deletingLastPathComponent traps on a one-letter name ("o").
        let slash = trimmed.lastIndex(of: "/")
        let folder = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? "."
        let base = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        var isDirectory: ObjCBool = false
        let outExists = FileManager.default.fileExists(atPath: trimmed, isDirectory: &isDirectory)
        if outExists && !isDirectory.boolValue { throw DataError.cannotWrite(path: outDir, reason: "cannot create the folder") }
        if outExists && access(trimmed, W_OK) != 0 { throw DataError.cannotWrite(path: outDir, reason: "the folder is not writable") }
        // Beside the output folder (so that a failed run does not create it), or inside an
        // existing output folder whose parent is not writable; renames stay on one file system.
        var made = Self.makeTemporaryFolder(folder + "/." + base + ".courtstat-XXXXXX")
        if made == nil && outExists { made = Self.makeTemporaryFolder(trimmed + "/.courtstat-staging-XXXXXX") }
        guard let made else { throw DataError.cannotWrite(path: outDir, reason: "cannot create the folder") }
        path = made
        chmod(path, 0o755)
    }

    private static func makeTemporaryFolder(_ template: String) -> String? {
        var bytes = Array(template.utf8CString)
        return bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) }
    }

    deinit { if !published { try? FileManager.default.removeItem(atPath: path) } }

    /// Moves the files into the output folder (created if needed) and removes the staging folder.
    func publish(_ names: [String]) throws {
        do { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) } catch {
            throw DataError.cannotWrite(path: outDir, reason: "cannot create the folder")
        }
        guard access(outDir, W_OK) == 0 else { throw DataError.cannotWrite(path: outDir, reason: "the folder is not writable") }
        for name in names where rename(path + "/" + name, outDir + "/" + name) != 0 {
            throw DataError.cannotWrite(path: outDir + "/" + name, reason: String(cString: strerror(errno)))
        }
        published = true
        try? FileManager.default.removeItem(atPath: path)
    }
}
