/// An error of any courtstat layer: a one-line message (`description`) and the class of failure
/// as an exit status. Every layer's error type adopts it, so a front end needs one `catch`.
/// This leaf module holds nothing else; it depends on nothing, so every layer can use it.
public protocol CourtstatError: Error, CustomStringConvertible, Sendable {
    /// The exit status a command-line front end reports this error with (never 0, 1 or 2:
    /// those are verdicts).
    var exitStatus: ExitStatus { get }
}
