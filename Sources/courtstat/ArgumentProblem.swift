/// What is wrong with a value given on the command line, before it is known which option gave
/// it: what was expected, and what was given as the message shows it.
struct ArgumentProblem: Error, Equatable {
    let expected: String
    /// The given value as the message shows it: the text in quotes (`'seven'`), or a parsed
    /// number as Swift prints it (`1.5`), as the inference layer's own checks show numbers.
    let got: String

    /// A problem with the text as typed (shown in quotes).
    init(expected: String, text: String) { self.expected = expected; got = "'\(text)'" }

    /// A problem with a number already parsed (shown as Swift prints it, without quotes).
    init(expected: String, number: Double) { self.expected = expected; got = "\(number)" }

    /// The message naming `option`: `--x: expected a whole number ≥ 0, got 'seven'` (exit 64).
    func error(_ option: String) -> CLIError {
        CLIError(status: .usage, message: "\(option): expected \(expected), got \(got)")
    }
}
