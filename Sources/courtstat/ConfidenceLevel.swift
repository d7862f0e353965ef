import ArgumentParser

/// A confidence level given on the command line: a number strictly between 0 and 1 (`0.95`).
/// Outside: `--conf-level: expected a number strictly between 0 and 1, got '95'`.
struct ConfidenceLevel: CheckedArgument {
    let text: String
    let checked: Result<Double, ArgumentProblem>

    init(argument: String) {
        text = argument
        checked = ArgumentValues.parseNumber(argument).flatMap { level in
            level > 0 && level < 1 ? .success(level)
                : .failure(ArgumentProblem(expected: "a number strictly between 0 and 1", text: argument))
        }
    }
}
