import ArgumentParser

/// A proportion given on the command line where 0 and 1 are excluded: a number strictly between
/// 0 and 1 (`--p1`, `--p2` of `power prop`, where a proportion of 0 or 1 has no variance).
/// Outside: `--p1: expected a proportion strictly between 0 and 1, got 1.5`, the words (and the
/// number as Swift prints it) of the inference layer's own check.
struct Proportion: CheckedArgument {
    let text: String
    let checked: Result<Double, ArgumentProblem>

    init(argument: String) {
        text = argument
        checked = ArgumentValues.parseNumber(argument).flatMap { p in
            p > 0 && p < 1 ? .success(p) : .failure(ArgumentProblem(expected: "a proportion strictly between 0 and 1", number: p))
        }
    }
}
