import ArgumentParser

/// A count given on the command line: a whole number ≥ 0 (`7`; also `7.0` or `1e3`, which are
/// whole). A negative, fractional or non-numeric value: `--x: expected a whole number ≥ 0, got '7.5'`.
struct Count: CheckedArgument {
    let text: String
    let checked: Result<Int, ArgumentProblem>
    init(argument: String) { text = argument; checked = ArgumentValues.parseCount(argument) }
}
