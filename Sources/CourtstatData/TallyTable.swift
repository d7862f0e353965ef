/// A table of counts per period (DESIGN.md `trend --counts FILE`): a newsroom's tally of
/// published monthly or weekly figures. Columns: `period` (`2023-W05`, `2023-05`) or
/// `period_start` (the period's first day, YYYY-MM-DD), and `n` (a whole number ≥ 0); optionally
/// an exposure column named by `exposureColumn` (a positive number). Rows are in time order, one per
/// period, with no period missing inside the span: a tally that skips a month did not count
/// zero, so a gap is an error (65, file:line), as is a repeated or out-of-order period.
public struct TallyTable: Sendable {
    public let file: String
    public let periods: [Period]
    public let counts: [Int]
    /// The exposure column's values, when one was named.
    public let exposure: [Double]?

    /// Reads and checks a tally of `unit` periods, with the exposure column `exposureColumn` when
    /// given; a bad row, a gap or a repeated period is a `DataError` at file:line.
    public init(source: InputSource, unit: PeriodUnit, exposureColumn: String? = nil) throws(DataError) {
        let csv = try CSVReader(source: source)
        file = csv.fileName
        guard try csv.nextRecord() else {
            throw .bad(file: file, line: 1, column: 1, name: nil, expected: "a header row with the columns period (or period_start) and n", found: "an empty file")
        }
        let header = csv.strings
        let periodColumn = header.firstIndex(of: "period") ?? header.firstIndex(of: "period_start")
        let columnNames = header.map { DataError.quoted($0) }.joined(separator: ", ")
        guard let periodColumn, let nColumn = header.firstIndex(of: "n") else {
            throw .bad(file: file, line: 1, column: 1, name: "header", expected: "the columns period (or period_start) and n", found: "the columns " + columnNames)
        }
        var exposureIndex: Int? = nil
        if let exposureColumn {
            guard let i = header.firstIndex(of: exposureColumn) else {
                throw .badArgument(parameter: "exposureColumn", expected: "a column of \(file) (\(columnNames))", found: exposureColumn)
            }
            exposureIndex = i
        }
        let byStart = header[periodColumn] == "period_start"
        csv.fieldNames = header
        var periods: [Period] = [], counts: [Int] = [], exposure: [Double] = []
        var previousLine = 0     // the line of the period before
        let shape = unit == .week ? "an ISO week like 2023-W05" : "a month like 2023-05"
        while try csv.nextRecord() {
            if csv.fieldCount == 1, csv.string(0).isEmpty { continue }
            guard csv.fieldCount == header.count else {
                let (l, c) = csv.fieldCount > header.count ? csv.location(ofField: header.count) : csv.endLocation
                throw .bad(file: file, line: l, column: c, name: nil, expected: "\(header.count) fields, as in the header", found: "\(csv.fieldCount)")
            }
            func fail(_ column: Int, _ expected: String) -> DataError {
                let (l, c) = csv.location(ofField: column)
                return .bad(file: csv.fileName, line: l, column: c, name: header[column], expected: expected, found: DataError.quoted(csv.string(column)))
            }
            let text = csv.string(periodColumn)
            let period: Period
            if byStart {
                guard case let .success(date) = CivilDate.parse(text) else { throw fail(periodColumn, "a date YYYY-MM-DD, the first day of a \(unit.rawValue)") }
                let p = Period(containing: date, unit: unit)
                guard p.start == date else { throw fail(periodColumn, "the first day of a \(unit.rawValue) (\(p.start) for \(p))") }
                period = p
            } else {
                guard let p = try? Period.parse(text), p.unit == unit else { throw fail(periodColumn, shape) }
                period = p
            }
            let nText = csv.string(nColumn)
            guard let n = Int(nText), n >= 0 else { throw fail(nColumn, "a whole number of cases ≥ 0") }
            if let exposureIndex {
                guard let v = Double(csv.string(exposureIndex)), v.isFinite, v > 0 else {
                    throw fail(exposureIndex, "a positive number (its log is the offset)")
                }
                exposure.append(v)
            }
            if let last = periods.last, period != last.next {
                let (l, c) = csv.location(ofField: periodColumn)
                if period.start <= last.start {
                    throw .bad(file: file, line: l, column: c, name: header[periodColumn],
                               expected: "periods in time order, each once (after \(last) on line \(previousLine) comes \(last.next))",
                               found: DataError.quoted(text))
                }
                throw .bad(file: file, line: l, column: c, name: header[periodColumn],
                           expected: "\(last.next) after \(last) on line \(previousLine): a missing period is not a zero count; add it with its n",
                           found: DataError.quoted(text))
            }
            periods.append(period); counts.append(n); previousLine = csv.line
        }
        guard !periods.isEmpty else {
            throw .bad(file: file, line: 2, column: 1, name: nil, expected: "at least one row of counts", found: "none")
        }
        self.periods = periods; self.counts = counts; self.exposure = exposureIndex == nil ? nil : exposure
    }
}
