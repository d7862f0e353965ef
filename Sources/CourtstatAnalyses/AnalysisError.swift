import CourtstatData
import CourtstatInference
import CourtstatModels

/// Why an analysis (trend, compare, report) could not be carried out.
public enum AnalysisError: Error, CustomStringConvertible, Sendable {
    /// The data do not support the analysis (too few periods, an empty group): status 65.
    case invalid(String)
    /// A command-line choice that does not fit the data (a break outside the series): status 64.
    case invalidArgument(option: String, expected: String, found: String)
    case model(ModelError)
    case inference(InferenceError)
    case data(DataError)

    public var description: String {
        switch self {
        case let .invalid(message): message
        case let .invalidArgument(option, expected, found): "\(option): expected \(expected), got '\(found)'"
        case let .model(error): error.description
        case let .inference(error): error.description
        case let .data(error): error.description
        }
    }
}
