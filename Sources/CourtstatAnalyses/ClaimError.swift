import CourtstatData
import CourtstatInference
import CourtstatStatus

/// A claim that cannot be checked as stated: a bad operand (usage, 64) or bad claims data (65).
public enum ClaimError: Error, CustomStringConvertible, Sendable {
    /// An operand outside its domain; `parameter` names it as the claim functions' parameters and
    /// the claims file's keys do (`a`, `count`, `share`), never as a command-line flag.
    case invalidOperand(parameter: String, expected: String, found: String)
    /// A problem in a claims or figures file, with its location.
    case file(path: String, line: Int, message: String)
    /// The test or interval the claim rests on failed (its own message and exit status).
    case inference(InferenceError)
    /// The data cannot evaluate the claim (no case of its article in the file): the claim is then
    /// inconclusive with this reason, not an error.
    case notEvaluable(path: String, line: Int, message: String)

    /// A claims file that does not parse or whose claims lack what every kind needs (same message).
    public init(_ error: ClaimsFileError) { self = .file(path: error.path, line: error.line, message: error.message) }

    public var description: String {
        switch self {
        case let .notEvaluable(path, line, message): "\(path):\(line): \(message)"
        case let .invalidOperand(parameter, expected, found): "\(parameter): expected \(expected), got \(found)"
        case let .file(path, line, message): "\(path):\(line): \(message)"
        case let .inference(error): error.description
        }
    }
}

func inference<T>(_ body: () throws(InferenceError) -> T) throws(ClaimError) -> T {
    do { return try body() } catch { throw .inference(error) }
}

func requireLevel(_ level: Double) throws(ClaimError) {
    guard level > 0, level < 1 else {
        throw .invalidOperand(parameter: "conf_level", expected: "a number strictly between 0 and 1", found: "\(level)")
    }
}

extension ClaimError: CourtstatError {
    /// A bad operand: `usage`; a claims file that cannot be read or evaluated: `data`; an
    /// inference error: its own status.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidOperand: .usage
        case .file, .notEvaluable: .data
        case .inference(let inner): inner.exitStatus
        }
    }
}
