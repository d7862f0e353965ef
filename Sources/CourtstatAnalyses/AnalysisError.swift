import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatStatus

/// Why an analysis (trend, compare, report) could not be carried out. Messages name the data
/// (a group by its value: `group 'mobilized'`) or a parameter of the analysis by its Swift name
/// (`breakChoice`, `maxBreaks`, `lag`, `exposure`, `completeThrough`, `a`, `b`), never a
/// command-line flag; `message(naming:)` lets the command line show its flags instead.
public enum AnalysisError: Error, CustomStringConvertible, Sendable {
    /// The data do not support the analysis (too few periods, an exposure that does not fit the
    /// series): status 65. The text may name a parameter (a `Wording`).
    case invalid(Wording)
    /// A parameter value that does not fit the data (a break outside the series): status 64.
    /// `parameter` is its Swift name.
    case invalidArgument(parameter: String, expected: String, found: String)
    /// A group of a comparison (the value `group` of `column`, given as parameter `a` or `b` of
    /// `CompareAnalysis.readCases`) that no case passing the filters has: status 64. `values`
    /// lists, quoted, the values that do occur (at most 12).
    case unknownGroup(parameter: String, group: String, column: String, values: String)
    case model(ModelError)
    case inference(InferenceError)
    case data(DataError)
    /// A group of a comparison with no convicted case among the filtered cases: status 65.
    case noConvicted(group: String)

    /// Whether the data cannot form a group of the comparison (a group value that never occurs, or
    /// one without a convicted case): the report leaves the comparison out rather than fail.
    public var isEmptyGroup: Bool {
        switch self {
        case .noConvicted, .unknownGroup: true
        default: false
        }
    }

    /// The empty-group problem in words that name the data, not a parameter.
    public var emptyGroupWords: String? {
        switch self {
        case .noConvicted: description
        case let .unknownGroup(_, group, column, values):
            "no case that passes the filters has the group value '\(group)' (values of \(column) among the filtered cases (\(values)))"
        default: nil
        }
    }

    /// The message with parameters under their Swift names.
    public var description: String { message { $0 } }

    /// The message with each parameter written as `name(parameter)`, in wrapped errors too.
    public func message(naming name: (String) -> String) -> String {
        switch self {
        case let .noConvicted(group): "group '\(group)' has no convicted case (custodial, suspended or fine) among the cases that pass the filters"
        case let .invalid(message): message.rendered(naming: name)
        case let .invalidArgument(parameter, expected, found): "\(name(parameter)): expected \(expected), got '\(found)'"
        case let .unknownGroup(parameter, group, column, values):
            "\(name(parameter)): expected a value of \(column) among the filtered cases (\(values)), got '\(group)'"
        case let .model(error): error.message(naming: name)
        case let .inference(error): error.message(naming: name)
        case let .data(error): error.message(naming: name)
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
        case .invalidArgument, .unknownGroup: .usage
        case .model(let inner): inner.exitStatus
        case .inference(let inner): if case .numerics = inner { .software } else { .data }
        case .data(let inner): inner.exitStatus
        }
    }
}
