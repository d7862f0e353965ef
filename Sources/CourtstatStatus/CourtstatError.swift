/// An error of any courtstat layer: a one-line message (`description`) and the class of failure
/// as an exit status. Every layer's error type adopts it, so a front end needs one `catch`.
/// This leaf module holds nothing else but `Wording`; it depends on nothing, so every layer can use it.
public protocol CourtstatError: Error, CustomStringConvertible, Sendable {
    /// The exit status a command-line front end reports this error with (never 0, 1 or 2:
    /// those are verdicts).
    var exitStatus: ExitStatus { get }

    /// The message with every parameter it names written as `name(parameter)`; parameters are
    /// given by their Swift names (`x`, `confLevel`), so a front end can show its own spelling
    /// (the command line's flags). `description` is the message with the Swift names.
    /// Default: `description` (an error that names no parameter).
    func message(naming name: (String) -> String) -> String
}

extension CourtstatError {
    /// The default: `description` (an error that names no parameter).
    public func message(naming name: (String) -> String) -> String { description }
}
