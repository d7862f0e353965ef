import ArgumentParser

/// Numbers given on the command line as a comma-separated list (`1.5,2,3`), each in plain
/// decimal notation.
struct Numbers: CheckedArgument {
    let text: String
    let checked: Result<[Double], ArgumentProblem>
    init(argument: String) { text = argument; checked = ArgumentValues.parseNumbers(argument) }
}
