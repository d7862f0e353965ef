/// A `CaseFilter` applied to the current row of a `CaseReader`, for analyses that read cases
/// one by one (compare, claims on case data) rather than counting them.
public struct CaseMatcher {
    let compiled: CompiledFilter
    /// The filter, compiled once for row-by-row matching.
    public init(_ filter: CaseFilter) { compiled = CompiledFilter(filter) }

    /// The date that places the current row in time when it passes the filter, else nil.
    public func date(of reader: CaseReader) -> CivilDate? {
        compiled.day(of: reader).map { CivilDate(dayNumber: $0) }
    }
}
