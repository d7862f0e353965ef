import CourtstatData

/// What `courtstat report` computes, without writing anything: the claims file parsed first (a
/// typo in it is reported before any data is read), the published figures read, then on the case
/// data the weekly trend of cases received (Art. 337 unless the filter names articles, dated by
/// receipt, the model chosen by `TrendModelChoice`), custodial sentences of mobilised against
/// contract soldiers (`CompareAnalysis`, dated by decision) with their quarterly shares
/// (`QuarterlyShares`) and sentence lengths (`SentenceLengthBins`), and every claim checked on the published figures and on the cases' tally.
/// A part the data cannot support (no case of the articles, too short a series, groups that cannot
/// be formed) is left out with a note; anything else that fails is thrown.
public enum ReportAnalysis {
    /// Runs the report's analyses on `o`; `progress` is told each step's name as it starts.
    public static func run(_ o: ReportInputs, progress: (String) -> Void = { _ in }) throws -> ReportFindings {
        // The claims file first: a typo in it is reported before any data is read.
        let claimsFile = try o.claimsPath.map { try ClaimsCheck(path: $0) }
        let figures = try o.figuresPath.map { try PublishedFigures(source: InputSource(path: $0)) }
        var findings = ReportFindings(dataPath: o.dataPath, claimsPath: o.claimsPath, figuresPath: o.figuresPath)
        findings.figures = figures
        findings.claims = claimsFile?.claims ?? []
        if o.figuresPath == nil {
            findings.notes.append("No published figures file was named or found beside the installation, so the published figures are left out.")
        }

        // A scrape is imported once into a temporary case file; the cases are then read three
        // times (the claims' tally on another thread, see BackgroundTally): standard input or a
        // FIFO is copied once first.
        var imported: ImportedCases?
        defer { withExtendedLifetime(imported) {} }
        let data: ReusableInput?
        if let path = o.dataPath, let options = o.importOptions {
            progress("importing \(path)")
            imported = try ImportedCases(InputSource(path: path), options: options)
            findings.importSummary = imported!.summary.lines
            data = try ReusableInput(imported!.source)
        } else {
            data = try o.dataPath.map { path throws(DataError) in try ReusableInput(InputSource(path: path)) }
        }
        let mapping = o.importOptions == nil ? o.mapping : ColumnMapping()
        let background = claimsFile != nil ? data.map { BackgroundTally(source: $0.source, mapping: mapping) } : nil
        defer { background?.finish() }
        if let data {
            findings.synthetic = try DataSourceColumn.isSynthetic(data.source)
            // Columns first: a missing one is a data error that names it, before any analysis runs.
            if let missing = try CompareColumns.missing(in: data.source, mapping: mapping) { throw missing }
            progress("weekly trend")
            var filter = o.filter
            if filter.articles.isEmpty { filter.articles = ["337"] }
            filter.date = .received
            findings.trendArticles = filter.articles
            let reader = try CaseReader(source: data.source, mapping: mapping)
            var table: CountTable?
            do { table = try CaseCounter.count(reader, by: .week, filter: filter) } catch {
                // Data without a case of the article (a scrape of other articles): no trend, said so.
                guard error.isNoCases else { throw error }
                findings.notes.append("The weekly trend is left out: \(error.description).")
            }
            if let counts = table {
                do {
                    findings.trendChoice = try TrendModelChoice.choose(periods: counts.periods, counts: counts.totals, exposureDays: counts.coveredDays)
                } catch {
                    // Too short a series for a trend (a small scrape): left out, said so.
                    guard case .invalid(let why) = error else { throw error }
                    findings.notes.append("The weekly trend is left out: \(why).")
                }
            }

            progress("custodial sentences, mobilised against contract soldiers")
            var byDecision = o.filter
            byDecision.date = .decision
            do {
                let cases = try CompareAnalysis.readCases(source: data.source, mapping: mapping, filter: byDecision,
                                                          column: .defendantStatus, a: "mobilized", b: "contract")
                let compare = try CompareAnalysis.compare(cases: cases, groupA: "mobilized", groupB: "contract")
                let shares = try QuarterlyShares(cases, groupA: "mobilized", groupB: "contract", outcome: .custodial)
                findings.compare = compare
                findings.quarterlyShares = shares
                findings.sentenceLengths = SentenceLengthBins(cases, groupA: "mobilized", groupB: "contract")
                let dates = cases.map(\.date)
                findings.decisionDates = dates.min().map { $0...dates.max()! }
            } catch let error as AnalysisError where error.isEmptyGroup {
                // Data that cannot form the groups (a scrape without hand-coded statuses, no
                // decision dates): the comparison is left out and the report says why.
                findings.notes.append("The comparison of mobilised and contract soldiers (cases placed by their decision date) is left out: "
                                      + "\(error.emptyGroupWords ?? error.description).")
            }
        }

        if let claimsFile {
            progress("claims")
            let figureTable = figures ?? .empty
            findings.figureClaims = try claimsFile.check(figures: figureTable)
            if let background {
                let tally = try background.value()
                findings.dataClaims = try claimsFile.check(figures: figureTable, caseData: tally)
            }
        }
        return findings
    }
}
