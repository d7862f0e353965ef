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
        let expected = "NEW=OLD pairs separated by commas, NEW one of \(CaseColumn.allCases.map(\.name).joined(separator: ", "))"
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let sides = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw .badArgument(parameter: "mapping", expected: expected, found: text) }
            let new = sides[0].trimmingSpaces, old = sides[1].trimmingSpaces
            guard let column = CaseColumn(rawValue: new), !old.isEmpty else {
                throw .badArgument(parameter: "mapping", expected: expected, found: text)
            }
            guard sourceNames[column] == nil else {
                throw .badArgument(parameter: "mapping", expected: "each column mapped once (\(new) is mapped twice)", found: text)
            }
            sourceNames[column] = old
        }
    }

    /// The file column that holds `column`.
    public func sourceName(of column: CaseColumn) -> String { sourceNames[column] ?? column.name }
}
