import CourtstatStatus

/// An error the command line reports itself: its one-line message and its exit status. Unlike the
/// libraries' errors it names options as the command line spells them (`--table`), since it is
/// thrown only here.
struct CLIError: CourtstatError {
    var status: ExitStatus
    var exitStatus: ExitStatus { status }
    var message: String
    var description: String { message }

    static func usage(_ option: String, expected: String, got: String) -> CLIError {
        CLIError(status: .usage, message: "\(option): expected \(expected), got '\(got)'")
    }
}
