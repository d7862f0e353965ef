import CourtstatAnalyses
import CourtstatData

/// What `courtstat report` is asked to do: what to compute it from (`inputs`) and where to write it.
public struct ReportOptions: Sendable {
    /// The case data (a case file, or a scrape with `importOptions`); nil leaves out the analyses of cases.
    public var dataPath: String?
    /// The published figures; nil leaves them out (no file was named or found).
    public var figuresPath: String?
    /// A claims file (TOML) to check; nil checks none.
    public var claimsPath: String?
    /// The output folder; created (or its files replaced) only when the whole report has succeeded.
    public var outDir: String
    /// Run gnuplot on every script written (PNG and SVG next to them).
    public var render: Bool
    /// Read `dataPath` as a scrape with this import profile.
    public var importOptions: ImportOptions?
    /// The case file's own column names (`--map` without a profile).
    public var mapping = ColumnMapping()
    /// The user's filters; the trend keeps Art. 337 unless articles are given, and the comparison
    /// places cases by their decision date.
    public var filter = CaseFilter()
    /// The report's inputs, its output folder, and whether to render PNG/SVG with gnuplot.
    public init(dataPath: String?, figuresPath: String?, claimsPath: String?, outDir: String, render: Bool = true) {
        self.dataPath = dataPath; self.figuresPath = figuresPath; self.claimsPath = claimsPath; self.outDir = outDir; self.render = render
    }

    /// The inputs of the analyses (`ReportAnalysis.run`).
    public var inputs: ReportInputs {
        var inputs = ReportInputs(dataPath: dataPath, figuresPath: figuresPath, claimsPath: claimsPath)
        inputs.importOptions = importOptions
        inputs.mapping = mapping
        inputs.filter = filter
        return inputs
    }
}
