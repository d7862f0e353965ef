/// Options of an import besides the profile.
public struct ImportOptions: Sendable {
    public var profile: ImportProfile
    /// Header names chosen by the user (`received_date: "adm_date"`), over the profile's.
    public var mapping: [ImportProfile.Field: String] = [:]
    /// nil: detected.
    public var encoding: ScrapeEncoding?
    public var delimiter: UInt8?
    /// Stop at the first problem (a rejected row or a word mapped to unknown).
    public var strict = false

    /// An import with `profile`, detecting encoding and delimiter, keeping going past problems.
    public init(profile: ImportProfile) { self.profile = profile }

    /// Parses `NEW=OLD[,NEW=OLD…]` for an import: NEW is a profile field (the case schema's columns,
    /// `case_number`, `result`, `sentence_text`).
    public static func mapping(parsing text: String) throws(DataError) -> [ImportProfile.Field: String] {
        let expected = "NEW=OLD pairs separated by commas, NEW one of \(ImportProfile.Field.allCases.map(\.rawValue).joined(separator: ", "))"
        var out: [ImportProfile.Field: String] = [:]
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let sides = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { throw .badArgument(parameter: "mapping", expected: expected, found: text) }
            let new = sides[0].trimmingSpaces, old = sides[1].trimmingSpaces
            guard let field = ImportProfile.Field(rawValue: new), !old.isEmpty else { throw .badArgument(parameter: "mapping", expected: expected, found: text) }
            guard out[field] == nil else { throw .badArgument(parameter: "mapping", expected: "each column mapped once (\(new) is mapped twice)", found: text) }
            out[field] = old
        }
        return out
    }
}
