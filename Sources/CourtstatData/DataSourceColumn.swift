/// The `data_source` column: `courtstat simulate` writes `synthetic` in it on every row, and only
/// data that say so are called synthetic in a report or chart (DESIGN.md, "Real data in").
public enum DataSourceColumn {
    public static let name = "data_source"
    public static let synthetic = "synthetic"

    /// Whether every row of the case file says `data_source = synthetic` (false when the column is
    /// absent or any row says otherwise).
    public static func isSynthetic(_ source: InputSource) throws(DataError) -> Bool {
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
