/// A user's own column names: `defendant_status=category,received_date=date_in` reads the
/// schema column on the left (NEW) from the file's column on the right (OLD). Readers take it as
/// their `mapping` parameter, and a malformed one is a `DataError.badArgument` naming `mapping`.
public struct ColumnMapping: Sendable, Equatable {
    /// The file's column name for each renamed schema column.
    public private(set) var sourceNames: [CaseColumn: String] = [:]

    /// No mapping: every schema column is read under its own name.
    public init() {}

    /// Parses `NEW=OLD[,NEW=OLD…]`. NEW must be a column of the case schema.
    public init(parsing text: String) throws(DataError) {
        sourceNames = try Self.pairs(parsing: text, names: CaseColumn.allCases.map(\.name), key: CaseColumn.init(rawValue:))
    }

    /// Parses `NEW=OLD[,NEW=OLD…]` where NEW is one of `names` (turned into a key by `key`) and
    /// OLD a non-empty column name, each NEW at most once: the grammar of every `mapping`
    /// (the case schema's here, an import profile's fields in `ImportOptions.mapping`).
    public static func pairs<Key: Hashable>(parsing text: String, names: [String],
                                            key: (String) -> Key?) throws(DataError) -> [Key: String] {
        let expected = "NEW=OLD pairs separated by commas, NEW one of \(names.joined(separator: ", "))"
        var out: [Key: String] = [:]
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let sides = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw .badArgument(parameter: "mapping", expected: expected, found: text) }
            let new = sides[0].trimmingSpaces, old = sides[1].trimmingSpaces
            guard let k = key(new), !old.isEmpty else { throw .badArgument(parameter: "mapping", expected: expected, found: text) }
            guard out[k] == nil else {
                throw .badArgument(parameter: "mapping", expected: "each column mapped once (\(new) is mapped twice)", found: text)
            }
            out[k] = old
        }
        return out
    }

    /// The file column that holds `column`.
    public func sourceName(of column: CaseColumn) -> String { sourceNames[column] ?? column.name }
}
