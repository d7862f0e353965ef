import ArgumentParser

/// A typed option value, parsed and checked once, when swift-argument-parser reads the command
/// line. Parsing never fails there: swift-argument-parser would print its own message ("The value
/// 'seven' is invalid for '--x <x>'") where courtstat's says what was expected and exits 64
/// (`--x: expected a whole number ≥ 0, got 'seven'`, docs/errors.md). A value that does not
/// check keeps its problem, and `value(_:)` reports it under the option's name when the command
/// reads it, so the command's `run()` checks nothing itself.
protocol CheckedArgument: ExpressibleByArgument, CustomStringConvertible {
    associatedtype Value
    /// The text as given (shown as the default in `--help`).
    var text: String { get }
    /// The value, or what is wrong with the text.
    var checked: Result<Value, ArgumentProblem> { get }
}

extension CheckedArgument {
    var description: String { text }

    /// The checked value; a value that did not check is a usage error naming `option` (exit 64).
    func value(_ option: String) throws(CLIError) -> Value {
        switch checked {
        case .success(let value): return value
        case .failure(let problem): throw problem.error(option)
        }
    }
}
