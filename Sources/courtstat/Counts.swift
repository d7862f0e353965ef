import ArgumentParser

/// Counts given on the command line as a comma-separated list (`30,45`), each a whole number ≥ 0.
struct Counts: CheckedArgument {
    let text: String
    let checked: Result<[Int], ArgumentProblem>
    init(argument: String) { text = argument; checked = ArgumentValues.parseCounts(argument) }
}
