/// The exit statuses of DESIGN.md, after sysexits(3). Scripts branch on them.
enum ExitStatus: Int32 {
    /// Done; for `claim`/`check`: every claim supported.
    case ok = 0
    /// `claim`/`check`: at least one claim contradicted.
    case contradicted = 1
    /// `claim`/`check`: none contradicted, at least one inconclusive.
    case inconclusive = 2
    /// A bad argument or option.
    case usage = 64
    /// Malformed or invalid input data.
    case data = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// A numerical routine failed on valid input (a bug to report).
    case software = 70
    /// An output file or folder cannot be created.
    case cannotCreate = 73
}

/// An error the command line reports itself: its one-line message and its exit status.
struct CLIError: Error, CustomStringConvertible {
    var status: ExitStatus
    var message: String
    var description: String { message }

    static func usage(_ option: String, expected: String, got: String) -> CLIError {
        CLIError(status: .usage, message: "\(option): expected \(expected), got '\(got)'")
    }
}
