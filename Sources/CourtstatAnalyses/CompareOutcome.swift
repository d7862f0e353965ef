import CourtstatData

/// The outcome compared: custodial (prison, colony settlement, disciplinary battalion) or one
/// sentence type, among the convicted (custodial, suspended, fine).
public enum CompareOutcome: Sendable, Equatable, CustomStringConvertible {
    case custodial
    case sentence(SentenceType)

    /// `custodial` or a sentence type's name (`suspended`, `fine`, `prison` …); nil otherwise.
    public init?(argument: String) {
        if argument == "custodial" { self = .custodial; return }
        guard let s = SentenceType(rawValue: argument), s.isConviction else { return nil }
        self = .sentence(s)
    }

    public var description: String {
        switch self { case .custodial: "custodial"; case .sentence(let s): s.rawValue }
    }

    /// Whether a sentence counts as the outcome.
    public func holds(_ s: SentenceType) -> Bool {
        switch self { case .custodial: s.isCustodial; case .sentence(let t): s == t }
    }
}
