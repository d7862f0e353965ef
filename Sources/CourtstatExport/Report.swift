import CourtstatAnalyses

/// `courtstat report`: the analyses on a dataset (`ReportAnalysis`), written to a folder as CSV,
/// gnuplot .dat/.gp, rendered PNG/SVG and report.md (`ReportWriter`). Everything is written first
/// into a staging folder beside the output folder and moved into place only when the whole report
/// has succeeded, so that a report that fails leaves the output folder exactly as it was (and does
/// not create it).
public enum Report {
    /// Runs the report; returns the names of the files written into `o.outDir`. `progress` is told
    /// each step's name as it starts.
    public static func run(_ o: ReportOptions, progress: (String) -> Void = { _ in }) throws -> [String] {
        let staging = try StagingFolder(for: o.outDir)
        let findings = try ReportAnalysis.run(o.inputs, progress: progress)
        let written = try ReportWriter.write(findings, options: o, in: staging.path, progress: progress)
        try staging.publish(written)
        return written
    }
}
