import CourtstatData

/// Everything a report found, as `ReportAnalysis.run` computes it: the weekly trend, the
/// comparison of mobilised and contract soldiers with its quarterly custodial shares, the
/// published figures and the claims checked on them and on the cases, and notes on what was left
/// out and why. Writers (`CourtstatExport`'s report) format these values and compute nothing.
public struct ReportFindings {
    /// The case data analysed, as given; nil when none.
    public var dataPath: String?
    /// Whether the case data say they are synthetic (a `data_source` column holding `synthetic`
    /// on every row, as `courtstat simulate` writes): only then are they called synthetic.
    public var synthetic = false
    /// How the reported trend model was chosen (`TrendModelChoice`); nil when the trend is left
    /// out (no data, no case of the articles, too short a series: `notes` says which).
    public var trendChoice: TrendChoice?
    /// The weekly trend of cases received: the chosen model's fit.
    public var trend: TrendResult? { trendChoice?.result }
    /// The articles of the trend (337 unless filtered otherwise).
    public var trendArticles: [String] = ["337"]
    /// Custodial sentences among the convicted, mobilised (group a) against contract soldiers
    /// (group b), cases placed by their decision date (`CompareAnalysis.compare`); nil when left out.
    public var compare: CompareResult?
    /// The first and last decision dates of that comparison's cases; nil without cases.
    public var decisionDates: ClosedRange<CivilDate>?
    /// The lengths of each group's custodial sentences in 6-month bins; set with `compare`.
    public var sentenceLengths: SentenceLengthBins?
    /// The custodial share among each group's convicted per quarter of the decision date, with
    /// 95% Wilson score intervals; set with `compare`.
    public var quarterlyShares: QuarterlyShares?
    /// The claims checked on the published figures.
    public var figureClaims: [ClaimResult] = []
    /// The same claims checked with the case data's tally (empty without case data).
    public var dataClaims: [ClaimResult] = []
    /// The claims file checked, as given; nil when none.
    public var claimsPath: String?
    /// The published figures file read, as given; nil when none.
    public var figuresPath: String?
    /// Why a part of the report is left out, as sentences, in the order met.
    public var notes: [String] = []
    /// The import summary when the data were a scrape read with a profile.
    public var importSummary: [String] = []
    /// The published figures, when read.
    public var figures: PublishedFigures?
    /// The claims of the claims file, typed (kind, level, text), in the file's order.
    public var claims: [Claim] = []

    /// Empty findings for these inputs (filled in by `ReportAnalysis.run`).
    public init(dataPath: String?, claimsPath: String?, figuresPath: String?) {
        self.dataPath = dataPath; self.claimsPath = claimsPath; self.figuresPath = figuresPath
    }
}
