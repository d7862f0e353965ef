import ArgumentParser
import CourtstatData
import CourtstatStatus
import Foundation

@main
struct Courtstat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courtstat",
        abstract: "Statistics for reporting on prosecutions in Russian military courts, as R computes them.",
        discussion: """
        Exit status: 0 done (claims: all supported), 1 a claim contradicted, 2 a claim inconclusive, \
        64 bad argument, 65 bad input data, 66 missing input file, 70 internal numerical error, \
        73 cannot write output.
        """,
        version: CourtstatVersion.string,
        subcommands: [ImportCommand.self, TestCommand.self, ClaimCommand.self, PowerCommand.self, CheckCommand.self, FitCommand.self, TrendCommand.self, CompareCommand.self, ReportCommand.self,
                      ValidateCommand.self, CountCommand.self, SimulateCommand.self])

    /// Parses, runs, and maps every error to DESIGN.md's exit statuses: argument errors (including
    /// those swift-argument-parser would send to 1) are 64; statuses 1 and 2 are kept for verdicts.
    static func main() {
        // SIGINT or SIGTERM while files are written: the temporary files are removed first.
        TemporaryFiles.installSignalHandlers()
        let status: ExitStatus
        do {
            var command = try parseAsRoot()
            try command.run()
            status = .ok
        } catch let code as ExitCode {
            // Verdict statuses (0, 1, 2) from claim and check.
            Foundation.exit(code.rawValue)
        } catch let error as any CourtstatError {
            // Every layer's error knows its status (CourtstatStatus.CourtstatError); the
            // parameters it names are shown as flags (FlagNames, the one place for them).
            report(FlagNames.message(error))
            status = error.exitStatus
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                status = .ok
            } else {
                // Usage errors from swift-argument-parser, and validation errors.
                let message = message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
                report(message.replacingOccurrences(of: "Error: ", with: "") + " (see 'courtstat --help')")
                status = .usage
            }
        }
        Foundation.exit(status.rawValue)
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data("courtstat: \(message)\n".utf8))
    }
}
