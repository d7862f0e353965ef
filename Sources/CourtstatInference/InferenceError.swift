import CourtstatNumerics
import CourtstatStatus

/// A request the inference layer cannot answer. `parameter` is the Swift name of the public
/// function's parameter at fault (`x`, `n`, `table`, `confLevel`; the four cells a, b, c, d of
/// `fisherTest` are together `table`, and `mantelHaenszelTest`'s `strata` are `strata`); the
/// texts name other parameters the same way (a `Wording`). The message reads
/// `x: expected …, got …`; the command line shows its own flag for each parameter
/// (`message(naming:)`), never a name chosen here.
public enum InferenceError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An input outside what the method accepts: what was expected, and what was found.
    case invalidArgument(parameter: String, expected: Wording, found: String)
    /// Valid input for which the quantity is undefined (a zero margin, constant data).
    case undefined(parameter: String, reason: Wording)
    /// A numerical routine failed on valid input: a bug to report (exit 70).
    case numerics(NumericsError)

    /// The parameter at fault (nil for a numerical failure).
    public var parameter: String? {
        switch self {
        case let .invalidArgument(parameter, _, _), let .undefined(parameter, _): parameter
        case .numerics: nil
        }
    }

    /// The message with the parameter written as `name(parameter)`.
    public func message(naming name: (String) -> String) -> String {
        switch self {
        case let .invalidArgument(parameter, expected, found): "\(name(parameter)): expected \(expected.rendered(naming: name)), got \(found)"
        case let .undefined(parameter, reason): "\(name(parameter)): \(reason.rendered(naming: name))"
        case let .numerics(error): "internal numerical error: \(error)"
        }
    }

    /// The message with parameters under their Swift names: `x: expected …`.
    public var description: String { message { $0 } }
}

/// Runs numerics code, turning its errors into `InferenceError.numerics`.
@inline(__always)
func numerics<T>(_ body: () throws(NumericsError) -> T) throws(InferenceError) -> T {
    do { return try body() } catch { throw .numerics(error) }
}

// Argument checks shared by the tests; each names the parameter by its Swift name.

func requireConfLevel(_ level: Double, _ parameter: String = "confLevel") throws(InferenceError) {
    guard level > 0, level < 1 else {
        throw .invalidArgument(parameter: parameter, expected: "a number strictly between 0 and 1", found: "\(level)")
    }
}

func requireCount(_ value: Int, _ parameter: String, atLeast minimum: Int = 0) throws(InferenceError) {
    guard value >= minimum else {
        throw .invalidArgument(parameter: parameter, expected: "a whole number ≥ \(minimum)", found: "\(value)")
    }
}

func requireFinite(_ values: [Double], _ parameter: String) throws(InferenceError) {
    if let bad = values.first(where: { !$0.isFinite }) {
        throw .invalidArgument(parameter: parameter, expected: "finite numbers", found: "\(bad)")
    }
}

extension InferenceError: CourtstatError {
    /// A parameter outside what the method accepts, or undefined for it: `usage`; a failure of
    /// the numerics on valid input: `software`.
    public var exitStatus: ExitStatus {
        if case .numerics = self { .software } else { .usage }
    }
}
