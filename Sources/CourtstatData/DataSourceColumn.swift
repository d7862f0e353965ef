/// The `data_source` column: `courtstat simulate` writes `synthetic` in it on every row, and only
/// data that say so are called synthetic in a report or chart (DESIGN.md, "Real data in").
public enum DataSourceColumn {
    public static let name = "data_source"
    public static let synthetic = "synthetic"

    /// Whether every row of the case file says `data_source = synthetic` (false when the column is
    /// absent or any row says otherwise).
    public static func isSynthetic(_ source: InputSource, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> Bool {
        let csv = try CSVReader(source: source)
        guard try csv.nextRecord(), let i = csv.strings.firstIndex(of: name) else { return false }
        var rows = 0
        while try csv.nextRecord() {
            rows += 1
            guard i < csv.fieldCount, csv.field(i).elementsEqual(synthetic.utf8) else { return false }
        }
        return rows > 0
    }
}

/// The columns the report's comparison needs, present or not.
public enum CompareColumns {
    public static let needed: [CaseColumn] = [.decisionDate, .defendantStatus, .sentenceType]

    /// A data error (65) naming the first needed column the file lacks; nil when it has them all.
    public static func missing(in source: InputSource, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> DataError? {
        let reader = try CaseReader(source: source, mapping: mapping)
        guard let absent = needed.first(where: { reader.positions[$0] == nil }) else { return nil }
        let found = reader.header.map { DataError.quoted($0) }.joined(separator: ", ")
        return .bad(file: reader.csv.fileName, line: 1, column: 1, name: "header",
                    expected: "a column '\(absent.name)' (the report compares mobilised and contract soldiers by status, outcome and decision date; "
                        + "name yours with --map \(absent.name)=COLUMN)", found: "the columns \(found)")
    }
}
