/// A value in a claims file: a string, a number, a boolean or a one-line array of these.
public enum ClaimValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([ClaimValue])
}
