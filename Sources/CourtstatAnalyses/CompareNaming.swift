import CourtstatInference
import CourtstatStatus

/// How compare's notes name what a test's error is about: compare passes group data to tests
/// whose parameters are named for one sample or one table, so a parameter becomes the data it
/// carried. `a`, `x1`, `n1`: group a (`group 'mobilized'`); `b`, `x2`, `n2`: group b; `table`:
/// the 2x2 table of group × outcome; `strata`: the strata tables. Other parameters
/// (`confLevel`) keep their Swift names: they are compare's parameters too.
struct CompareNaming {
    var groupA: String
    var groupB: String
    var strata: CompareStrata

    /// The name of a test's parameter in compare's terms.
    func name(_ parameter: String) -> String {
        switch parameter {
        case "a", "x1", "n1": "group '\(groupA)'"
        case "b", "x2", "n2": "group '\(groupB)'"
        case "table": "the table of group × outcome"
        case "strata": "the 2x2 tables by \(strata == .period ? "quarter" : "court")"
        default: parameter
        }
    }

    /// An error's message with the data named; an error that names no test parameter as it is.
    func words(_ error: any Error) -> String {
        if let error = error as? InferenceError { return error.message(naming: name) }
        return "\(error)"
    }
}
