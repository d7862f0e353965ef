/// One JSON object made of named parts, each a list of rows or a single cell, written in the
/// order given: how a command that prints several tables at once writes them as one object
/// (`compare`: `{"groups": [...], "results": [...], "notes": [...]}`; `fit`: `{"terms": [...],
/// "glance": {...}}`).
public struct JSONDocument: Sendable {
    /// A member's value: rows (an array of objects, one per row), one row (an object) or one cell.
    public enum Value: Sendable {
        case rows([TidyRow])
        case object(TidyRow)
        case cell(Cell)
    }

    public var members: [(name: String, value: Value)]

    /// An object of named members, in output order.
    public init(_ members: [(name: String, value: Value)]) { self.members = members }
}

extension JSONWriter {
    /// The document as one JSON object on one line, ended by a newline; the members in their
    /// order, separated by ", ", rows as `object(_:)` writes them.
    public func render(_ document: JSONDocument) -> String {
        let members = document.members.map { member -> String in
            let value: String
            switch member.value {
            case .rows(let rows): value = "[" + rows.map(object).joined(separator: ", ") + "]"
            case .object(let row): value = object(row)
            case .cell(let cell): value = self.value(cell)
            }
            return JSONWriter.string(member.name) + ": " + value
        }
        return "{" + members.joined(separator: ", ") + "}\n"
    }
}
