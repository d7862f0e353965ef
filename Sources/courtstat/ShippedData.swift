import Foundation

/// Where the data shipped with courtstat (datasets/published_figures.csv) are found when the user
/// names none: `$COURTSTAT_DATA`, then a `datasets` folder above the executable (a build in a
/// checkout: .build/…/release/courtstat), then `share/courtstat` beside an installed binary, then
/// `datasets/` under the current folder. nil when none has the file: the command then leaves the
/// published figures out and says so, rather than fail on a file the user never named.
enum ShippedData {
    static func locate(_ name: String) -> String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["COURTSTAT_DATA"], !env.isEmpty { candidates.append(env + "/" + name) }
        // The executable's path (Linux's /proc/self/exe; elsewhere the path it was started by).
        if let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("../share/courtstat/" + name).standardized.path)
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("datasets/" + name).path)
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append("datasets/" + name)
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// The figures file: the one named, else the shipped one, else nil (with a note on stderr).
    static func figures(_ named: String?, command: String) -> String? {
        if let named { return named }
        if let found = locate("published_figures.csv") { return found }
        Courtstat.report("note: \(command): no published figures file found (datasets/published_figures.csv beside the installation, or $COURTSTAT_DATA); "
                         + "the published figures are left out. Name one with --figures FILE.")
        return nil
    }
}
