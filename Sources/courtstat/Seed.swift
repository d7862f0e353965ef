import ArgumentParser

/// A seed of the random generator given on the command line: a whole number from 0 to 2⁶⁴ − 1,
/// digits only (`42`). Otherwise: `--seed: expected a whole number ≥ 0, got 'x'`.
struct Seed: CheckedArgument {
    let text: String
    let checked: Result<UInt64, ArgumentProblem>

    init(argument: String) {
        text = argument
        checked = UInt64(argument).map { .success($0) } ?? .failure(ArgumentProblem(expected: "a whole number ≥ 0", text: argument))
    }
}
