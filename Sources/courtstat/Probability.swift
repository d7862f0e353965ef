import ArgumentParser

/// A probability given on the command line: a number from 0 to 1, both included (`--p` of
/// `test binom`). Outside: `--p: expected a probability in [0, 1], got 1.5`, the words (and the
/// number as Swift prints it) of the inference layer's own check, which a library caller meets.
struct Probability: CheckedArgument {
    let text: String
    let checked: Result<Double, ArgumentProblem>

    init(argument: String) {
        text = argument
        checked = ArgumentValues.parseNumber(argument).flatMap { p in
            p >= 0 && p <= 1 ? .success(p) : .failure(ArgumentProblem(expected: "a probability in [0, 1]", number: p))
        }
    }
}
