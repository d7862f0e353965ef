import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatStatus

/// Why an analysis (trend, compare, report) could not be carried out.
public enum AnalysisError: Error, CustomStringConvertible, Sendable {
    /// The data do not support the analysis (too few periods, an empty group): status 65.
    case invalid(String)
    /// A command-line choice that does not fit the data (a break outside the series): status 64.
    case invalidArgument(option: String, expected: String, found: String)
    case model(ModelError)
    case inference(InferenceError)
    case data(DataError)
    /// A group of a comparison with no convicted case among the filtered cases: status 65.
    case noConvicted(group: String)

    /// Whether the data cannot form a group of the comparison (a group value that never occurs, or
    /// one without a convicted case): the report leaves the comparison out rather than fail.
    public var isEmptyGroup: Bool {
        switch self {
        case .noConvicted: true
        case let .invalidArgument(option, _, _): option == "--a" || option == "--b"
        default: false
        }
    }

    /// The empty-group problem in words that name the data, not a command-line flag.
    public var emptyGroupWords: String? {
        switch self {
        case .noConvicted: description
        case let .invalidArgument(option, expected, found) where option == "--a" || option == "--b":
            "no case that passes the filters has the group value '\(found)' (" + expected.replacingOccurrences(of: "a value of ", with: "values of ") + ")"
        default: nil
        }
    }

    public var description: String {
        switch self {
        case let .noConvicted(group): "group '\(group)' has no convicted case (custodial, suspended or fine) among the cases that pass the filters"
        case let .invalid(message): message
        case let .invalidArgument(option, expected, found): "\(option): expected \(expected), got '\(found)'"
        case let .model(error): error.description
        case let .inference(error): error.description
        case let .data(error): error.description
        }
    }
}

extension AnalysisError: CourtstatError {
    /// Data that cannot support the analysis: `data`; a choice that does not fit the data:
    /// `usage`; a wrapped error: its own status, except that an inference error inside an
    /// analysis is about the data (`data`), not about a parameter the user gave.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalid, .noConvicted: .data
        case .invalidArgument: .usage
        case .model(let inner): inner.exitStatus
        case .inference(let inner): if case .numerics = inner { .software } else { .data }
        case .data(let inner): inner.exitStatus
        }
    }
}
