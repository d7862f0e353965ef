/// A message text that may name parameters of a library function. The libraries name a
/// parameter by its Swift name (`x`, `confLevel`, `table`); a front end renders the same text
/// with its own names for them (the command line: `--x`, `--conf-level`, `--table`), so no layer
/// below the front end spells a command-line flag.
///
/// Written as a string: `"each count between 0 and its \(parameter: "n")"`. Any other
/// interpolation is plain text, as in a `String`.
public struct Wording: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A run of plain text, or the name of a parameter.
    public enum Piece: Sendable, Hashable {
        case text(String)
        case parameter(String)
    }

    /// The pieces in order; adjacent text is kept as one piece, so equal texts compare equal
    /// however they were written.
    public private(set) var pieces: [Piece] = []

    /// Plain text that names no parameter.
    public init(_ text: String) { append(.text(text)) }

    /// Plain text from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Text with parameters, from an interpolated literal.
    public init(stringInterpolation: StringInterpolation) { self = stringInterpolation.wording }

    /// The text with each parameter written as `name(parameter)`.
    public func rendered(naming name: (String) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .parameter(let parameter): name(parameter)
            }
        }.joined()
    }

    /// The text with parameters under their Swift names (what a library user sees).
    public var description: String { rendered { $0 } }

    mutating func append(_ piece: Piece) {
        if case .text(let text) = piece {
            if text.isEmpty { return }
            if case .text(let before)? = pieces.last { pieces[pieces.count - 1] = .text(before + text); return }
        }
        pieces.append(piece)
    }

    /// Builds a `Wording` from an interpolated literal.
    public struct StringInterpolation: StringInterpolationProtocol {
        var wording = Wording()

        /// An empty wording to append to.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// Plain text.
        public mutating func appendLiteral(_ literal: String) { wording.append(.text(literal)) }

        /// A parameter, named by whoever renders the text.
        public mutating func appendInterpolation(parameter name: String) { wording.append(.parameter(name)) }

        /// Another wording, its parameters kept.
        public mutating func appendInterpolation(_ other: Wording) { for piece in other.pieces { wording.append(piece) } }

        /// Any other value, as `String(describing:)` writes it.
        public mutating func appendInterpolation<T>(_ value: T) { wording.append(.text(String(describing: value))) }
    }

    private init() {}
}
