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
        try ColumnMapping.pairs(parsing: text, names: ImportProfile.Field.allCases.map(\.rawValue), key: ImportProfile.Field.init(rawValue:))
    }
}
