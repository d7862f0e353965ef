/// The exit statuses of DESIGN.md, after sysexits(3). Scripts branch on them; a program that
/// uses the libraries can use them to tell its own mistakes (`usage`) from bad data (`data`).
public enum ExitStatus: Int32, Sendable {
    /// Done; for `claim`/`check`: every claim supported.
    case ok = 0
    /// `claim`/`check`: at least one claim contradicted.
    case contradicted = 1
    /// `claim`/`check`: none contradicted, at least one inconclusive.
    case inconclusive = 2
    /// A bad argument or option (a parameter outside what the method accepts).
    case usage = 64
    /// Malformed or invalid input data, or data the analysis cannot support.
    case data = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// A numerical routine failed on valid input (a bug to report).
    case software = 70
    /// An output file or folder cannot be created.
    case cannotCreate = 73
}
