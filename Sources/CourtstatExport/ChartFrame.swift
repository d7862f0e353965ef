/// What every chart of one report shares: where its data come from (the footer's first half) and
/// whether they are synthetic (the "SYNTHETIC DATA" marker).
public struct ChartFrame: Sendable {
    /// "cases_synthetic_2021_2024.csv (synthetic cases from courtstat simulate)".
    public var source: String
    /// Whether the data are synthetic: the chart then carries the "SYNTHETIC DATA" marker.
    public var synthetic: Bool

    /// A chart's frame: the source named in its footer, and whether its data are synthetic.
    public init(source: String = "", synthetic: Bool = false) { self.source = source; self.synthetic = synthetic }

    /// Sets the script's footer ("Source: … · period") and synthetic marker.
    public func apply(to script: inout GnuplotScript, period: String) {
        script.footer = "Source: " + (source.isEmpty ? "the data named in report.md" : source) + (period.isEmpty ? "" : " · " + period)
        script.synthetic = synthetic
    }
}
