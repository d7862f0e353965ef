/// The columns the report's comparison needs, present or not.
public enum CompareColumns {
    public static let needed: [CaseColumn] = [.decisionDate, .defendantStatus, .sentenceType]

    /// A data error (65) naming the first needed column the file lacks; nil when it has them all.
    public static func missing(in source: InputSource, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> DataError? {
        let reader = try CaseReader(source: source, mapping: mapping)
        guard let absent = needed.first(where: { reader.positions[$0] == nil }) else { return nil }
        let found = reader.header.map { DataError.quoted($0) }.joined(separator: ", ")
        return .missingColumn(file: reader.csv.fileName, expected: """
            a column '\(absent.name)' (the report compares mobilised and contract soldiers by status, outcome and decision date; \
            name yours with \(parameter: "mapping") \(absent.name)=COLUMN)
            """, found: "the columns \(found)")
    }
}
