import CourtstatNumerics
import CourtstatStatus

/// A request the inference layer cannot answer. `argument` names the input as the command
/// line spells it (`--x`, `--table`), so the CLI can print a one-line message and exit 64.
public enum InferenceError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An input outside what the method accepts: what was expected, and what was found.
    case invalidArgument(argument: String, expected: String, found: String)
    /// Valid input for which the quantity is undefined (a zero margin, constant data).
    case undefined(argument: String, reason: String)
    /// A numerical routine failed on valid input: a bug to report (exit 70).
    case numerics(NumericsError)

    public var description: String {
        switch self {
        case let .invalidArgument(argument, expected, found): "\(argument): expected \(expected), got \(found)"
        case let .undefined(argument, reason): "\(argument): \(reason)"
        case let .numerics(error): "internal numerical error: \(error)"
        }
    }
}

/// Runs numerics code, turning its errors into `InferenceError.numerics`.
@inline(__always)
func numerics<T>(_ body: () throws(NumericsError) -> T) throws(InferenceError) -> T {
    do { return try body() } catch { throw .numerics(error) }
}

// Argument checks shared by the tests; each names the argument as the CLI does.

func requireConfLevel(_ level: Double, _ argument: String = "--conf-level") throws(InferenceError) {
    guard level > 0, level < 1 else {
        throw .invalidArgument(argument: argument, expected: "a number strictly between 0 and 1", found: "\(level)")
    }
}

func requireCount(_ value: Int, _ argument: String, atLeast minimum: Int = 0) throws(InferenceError) {
    guard value >= minimum else {
        throw .invalidArgument(argument: argument, expected: "a whole number ≥ \(minimum)", found: "\(value)")
    }
}

func requireFinite(_ values: [Double], _ argument: String) throws(InferenceError) {
    if let bad = values.first(where: { !$0.isFinite }) {
        throw .invalidArgument(argument: argument, expected: "finite numbers", found: "\(bad)")
    }
}

extension InferenceError: CourtstatError {
    /// A parameter outside what the method accepts, or undefined for it: `usage`; a failure of
    /// the numerics on valid input: `software`.
    public var exitStatus: ExitStatus {
        if case .numerics = self { .software } else { .usage }
    }
}
