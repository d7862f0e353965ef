import CourtstatNumerics
import CourtstatStatus

/// Why a model could not be fitted. Observations are numbered from 0 in the order given (the
/// command line turns them into file:line:column); variables are named as the caller named
/// them; a parameter of a fitting function is named by its Swift name (`maxBreaks`, `lag`,
/// `confLevel`) inside `invalidInput`'s `Wording`, which the command line renders with its
/// flags. Every case is a property of the data, except `numerics`, a failure of a numerical
/// routine on valid input (a bug to report).
public enum ModelError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A NaN or an infinite value in the response, a predictor or the offset.
    case nonFinite(variable: String, observation: Int, value: Double)
    /// Fewer observations than the model needs: n must exceed the number of coefficients.
    case tooFewObservations(observations: Int, parameters: Int)
    /// Columns of unequal length, an empty design, a parameter out of range: what was expected.
    case invalidInput(Wording)
    /// A predictor that takes one value only, in a model with an intercept.
    case constantColumn(variable: String)
    /// The design's columns are (numerically) linearly dependent; `variables` are the
    /// columns involved, `conditionNumber` the scaled design's.
    case rankDeficient(variables: [String], conditionNumber: Double)
    /// A count model given a negative or non-integer response value.
    case invalidCount(variable: String, observation: Int, value: Double, expected: String)
    /// A logistic model given a response other than 0 or 1.
    case notBinary(variable: String, observation: Int, value: Double)
    /// Fitted probabilities (or rates) numerically 0 or 1 (0): the data are separated, the
    /// maximum likelihood estimates do not exist and the coefficients diverge.
    case separation(model: String, observations: [Int])
    /// The iterations did not meet their tolerance.
    case noConvergence(model: String, iterations: Int, detail: String)
    /// Negative binomial: theta grows without bound (no over-dispersion; Poisson fits).
    case noOverdispersion(theta: Double)
    /// A numerical routine failed on valid input.
    case numerics(NumericsError)

    /// The message with parameters under their Swift names.
    public var description: String { message { $0 } }

    /// The message with any parameter written as `name(parameter)`.
    public func message(naming name: (String) -> String) -> String {
        switch self {
        case let .nonFinite(variable, observation, value):
            "\(variable): observation \(observation + 1) is \(value); expected a finite number"
        case let .tooFewObservations(n, p):
            "\(n) observations for \(p) coefficients: the model needs more observations than coefficients"
        case let .invalidInput(message): message.rendered(naming: name)
        case let .constantColumn(variable):
            "\(variable) takes a single value: it cannot be estimated beside the intercept"
        case let .rankDeficient(variables, kappa):
            "the design is rank-deficient: \(variables.joined(separator: ", ")) are linearly dependent "
                + "(scaled condition number \(kappa.isFinite ? String(format3(kappa)) : "infinite"))"
        case let .invalidCount(variable, observation, value, expected):
            "\(variable): observation \(observation + 1) is \(format3(value)); expected \(expected)"
        case let .notBinary(variable, observation, value):
            "\(variable): observation \(observation + 1) is \(format3(value)); expected 0 or 1"
        case let .separation(model, observations):
            "\(model): fitted values numerically at the boundary for \(observations.count) observation(s) "
                + "(first: \(observations.prefix(5).map { String($0 + 1) }.joined(separator: ", "))): the outcome is "
                + "perfectly or quasi-perfectly separated by the predictors, so the maximum likelihood "
                + "estimates do not exist (the coefficients diverge)"
        case let .noConvergence(model, iterations, detail):
            "\(model): no convergence after \(iterations) iterations (\(detail))"
        case let .noOverdispersion(theta):
            "negbin: theta grows without bound" + (theta.isFinite ? " (reached \(format3(theta)))" : "") + ": the counts show no "
                + "over-dispersion; fit poisson instead"
        case let .numerics(error): "internal numerical error: \(error)"
        }
    }
}

func format3(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
}

/// Runs numerics code, turning its errors into `ModelError.numerics`.
@inline(__always)
func numerics<T>(_ body: () throws(NumericsError) -> T) throws(ModelError) -> T {
    do { return try body() } catch { throw .numerics(error) }
}

extension ModelError: CourtstatError {
    /// Every case is a property of the data (`data`), except a numerical failure (`software`).
    public var exitStatus: ExitStatus {
        if case .numerics = self { .software } else { .data }
    }
}
