import CourtstatData
import Foundation

/// Draws a report's charts: runs each chart's gnuplot script, which writes the PNG and SVG.
enum GnuplotRenderer {
    /// Runs `NAME.gp` through gnuplot in the output folder; PNG and SVG appear next to it. gnuplot
    /// writes them under registered temporary names (the script's `set output` lines rewritten),
    /// which are renamed into place once it has finished, so that a failed or interrupted run
    /// leaves no half-drawn chart (`TemporaryFiles`).
    static func render(_ name: String, in folder: String) throws {
        var script: String
        do { script = try String(contentsOfFile: folder + "/" + name + ".gp", encoding: .utf8) } catch {
            throw DataError.unreadable(path: folder + "/" + name + ".gp", reason: "cannot read the chart script")
        }
        var outputs: [(final: String, temporary: String, slot: Int?)] = []
        defer { for o in outputs { unlink(o.temporary); TemporaryFiles.release(o.slot) } }
        for ext in ["png", "svg"] {
            let final = folder + "/" + name + "." + ext
            guard let made = TemporaryFiles.create(template: folder + "/." + name + "." + ext + ".tmp-XXXXXX") else {
                throw DataError.cannotWrite(path: final, reason: String(cString: strerror(errno)))
            }
            fchmod(made.fd, 0o644)
            close(made.fd)
            outputs.append((final, made.path, made.slot))
            let base = String(made.path[made.path.index(after: made.path.lastIndex(of: "/")!)...])
            script = script.replacingOccurrences(of: "set output \"\(name).\(ext)\"", with: "set output \"\(base)\"")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gnuplot", "-"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DataError.cannotWrite(path: folder + "/" + name + ".png", reason: "gnuplot could not be started (apt-get install gnuplot-nox)")
        }
        TemporaryFiles.setChild(process.processIdentifier)
        defer { TemporaryFiles.setChild(0) }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = process.terminationStatus == 127 ? "gnuplot is not installed (apt-get install gnuplot-nox)"
                : "gnuplot failed: " + message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw DataError.cannotWrite(path: folder + "/" + name + ".png", reason: reason)
        }
        // gnuplot exits 0 even when a write failed (a full disk leaves a truncated PNG): a chart
        // is renamed into place only if it ends as its format says a file ends.
        for o in outputs where !isComplete(chart: o.temporary) {
            throw DataError.cannotWrite(path: o.final, reason: "gnuplot wrote an incomplete file (is the disk full?)")
        }
        for o in outputs where rename(o.temporary, o.final) != 0 {
            throw DataError.cannotWrite(path: o.final, reason: String(cString: strerror(errno)))
        }
    }

    /// Whether a PNG ends with its IEND chunk, or an SVG with `</svg>`.
    static func isComplete(chart path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        if path.contains(".png.") {
            return data.count >= 20 && data.suffix(12).elementsEqual([0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        }
        let tail = String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return tail.hasSuffix("</svg>")
    }
}
