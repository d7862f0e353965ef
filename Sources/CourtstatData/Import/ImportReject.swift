/// A rejected input row: where, which column (the input's header name; empty for the row as a
/// whole), the value as found and why.
public struct ImportReject: Sendable, Equatable {
    public var line: Int
    public var column: String
    public var value: String
    public var reason: String
}
