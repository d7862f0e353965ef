/// One `[[claim]]` table of a claims file, with the line of the table header and of every key,
/// so that every later error can name the line it is about.
public struct ClaimTable: Sendable {
    /// The line of the `[[claim]]` header.
    public var line: Int
    /// Each key's value and the line it is on.
    public var entries: [String: (value: ClaimValue, line: Int)]
    /// The keys in the order they are written.
    public var keys: [String]
}
