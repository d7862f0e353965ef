import CourtstatStatus

/// The one place where the command line turns the libraries' parameter names into its flags.
///
/// Below the CLI, errors name a parameter by its Swift name (`x`, `confLevel`, `maxBreaks`); the
/// entry point (`Courtstat.main`) prints every `CourtstatError` with `message(naming:)` and this
/// table, so a library user reads `x: expected …` and a command-line user `--x: expected …`.
/// A parameter missing from the table is shown as its Swift name (a bug to fix here: every
/// parameter an error can name should have its flag).
enum FlagNames {
    /// Swift parameter name → command-line flag.
    static let table: [String: String] = [
        // Inference (test, power)
        "x": "--x", "x1": "--x", "x2": "--x",
        "n": "--n", "n1": "--n", "n2": "--n",
        "p": "--p", "p1": "--p1", "p2": "--p2",
        "t": "--t", "r": "--r",
        "a": "--a", "b": "--b", "mu": "--mu",
        "table": "--table", "strata": "--tables", "scores": "--score",
        "confLevel": "--conf-level", "sigLevel": "--sig-level",
        "power": "--power", "rate1": "--rate1", "rate2": "--rate2", "nobsRatio": "--nobs-ratio",
        "exposure": "--exposure", "margin": "--margin", "method": "--method",
        "alternative": "--alternative", "replicates": "--replicates",
        // Data (column mappings, tallies, the case filter)
        "mapping": "--map", "exposureColumn": "--exposure", "from": "--from", "to": "--to",
        // Models and analyses (trend)
        "breakChoice": "--break", "maxBreaks": "--breaks", "lag": "--hac-lag",
        "completeThrough": "--complete-through",
    ]

    /// The flag for a parameter (its Swift name when the table lacks it).
    static func flag(_ parameter: String) -> String { table[parameter] ?? parameter }

    /// An error's message as the command line shows it: parameters as flags.
    static func message(_ error: any CourtstatError) -> String { error.message(naming: flag) }

    /// Runs library code that `validate()` reaches: swift-argument-parser prints the errors
    /// thrown there itself, so the entry point's catch never sees them; a library error is
    /// rethrown as a `CLIError` whose message already names flags (same status).
    static func flagged<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            guard let error = error as? any CourtstatError else { throw error }
            throw CLIError(status: error.exitStatus, message: message(error))
        }
    }
}
