import CourtstatStatus

/// A claims file that cannot be read as claims: its TOML is malformed, or a claim's `id`,
/// `kind`, `conf_level`, `text`, `source` or `measure` is missing or of the wrong type. The
/// message names the file and line: "claims.toml:14: kind: expected one of ratio, rate, …".
public struct ClaimsFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The claims file as the caller named it.
    public var path: String
    /// The line (1-based) of the key or table header the problem is about.
    public var line: Int
    /// What is wrong, without the location.
    public var message: String

    /// A problem at `line` of the claims file `path`.
    public init(path: String, line: Int, message: String) { self.path = path; self.line = line; self.message = message }

    public var description: String { "\(path):\(line): \(message)" }
}

extension ClaimsFileError: CourtstatError {
    /// A malformed claims file is bad input data: `data` (65).
    public var exitStatus: ExitStatus { .data }
}
