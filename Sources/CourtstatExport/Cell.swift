/// One value in a tidy output row. `nil` payloads are missing values: an empty CSV cell,
/// JSON `null`, and blank in a table.
public enum Cell: Sendable, Equatable {
    case number(Double?)
    case integer(Int?)
    case text(String?)
    /// A list of strings (notes): a JSON array, `; `-joined in CSV and tables.
    case list([String])

    /// Whether the cell is a missing value (an empty list counts as missing).
    public var isMissing: Bool {
        switch self {
        case .number(let v): v == nil
        case .integer(let v): v == nil
        case .text(let v): v == nil
        case .list(let v): v.isEmpty
        }
    }
}

/// A tidy row: column names (broom's, in snake_case) and their cells, in output order.
public struct TidyRow: Sendable, Equatable {
    /// The columns in output order.
    public var columns: [(name: String, cell: Cell)]
    /// A row of named cells, in output order.
    public init(_ columns: [(String, Cell)]) { self.columns = columns.map { (name: $0.0, cell: $0.1) } }
    /// The cell of the first column with that name, or nil.
    public subscript(name: String) -> Cell? { columns.first { $0.name == name }?.cell }

    public static func == (l: TidyRow, r: TidyRow) -> Bool {
        l.columns.map(\.name) == r.columns.map(\.name) && l.columns.map(\.cell) == r.columns.map(\.cell)
    }
}

/// What a command prints: a main row, and further rows (`related`) for commands that report
/// several results. JSON prints the main row as one object with the others under "rows".
public struct ResultSet: Sendable {
    /// The command's main result, or nil when it reports only `rows`.
    public var main: TidyRow?
    /// The further rows.
    public var rows: [TidyRow]
    /// A main row (a test's result) and further rows under it.
    public init(main: TidyRow?, rows: [TidyRow] = []) { self.main = main; self.rows = rows }
    /// Every row in print order, main first.
    public var allRows: [TidyRow] { (main.map { [$0] } ?? []) + rows }
}
