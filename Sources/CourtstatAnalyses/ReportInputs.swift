import CourtstatData

/// What a report is computed from: the case data (a case file, or a scrape read with an import
/// profile), the published figures and a claims file, each optional, and the user's filters.
/// Paths are as given (`-` for standard input); each is read by `ReportAnalysis.run`.
public struct ReportInputs: Sendable {
    /// The case data; nil leaves out the trend, the comparison and the claims checked on the cases.
    public var dataPath: String?
    /// The published figures; nil leaves them out (no file was named or found).
    public var figuresPath: String?
    /// A claims file (TOML); nil checks no claims.
    public var claimsPath: String?
    /// Read `dataPath` as a scrape with this import profile.
    public var importOptions: ImportOptions?
    /// The case file's own column names (used without an import profile).
    public var mapping = ColumnMapping()
    /// The user's filters; the trend keeps Art. 337 unless articles are given, and the comparison
    /// places cases by their decision date.
    public var filter = CaseFilter()

    /// The inputs as paths (`-` for standard input); nil for an input not given.
    public init(dataPath: String?, figuresPath: String?, claimsPath: String?) {
        self.dataPath = dataPath; self.figuresPath = figuresPath; self.claimsPath = claimsPath
    }
}
