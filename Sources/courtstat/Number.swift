import ArgumentParser

/// A number given on the command line, in plain decimal notation (`12`, `-0.5`, `2e9`); "nan",
/// "inf" and hexadecimal, which Swift's own parser would take, are not numbers here.
struct Number: CheckedArgument {
    let text: String
    let checked: Result<Double, ArgumentProblem>
    init(argument: String) { text = argument; checked = ArgumentValues.parseNumber(argument) }
}
