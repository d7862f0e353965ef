/// How a published figure relates to the true number, as the source words it.
public enum FigureQualifier: String, CaseIterable, Sendable {
    case exact, about
    case moreThan = "more_than"
    case atLeast = "at_least"
    /// Computed from a ratio the source states ("double all of 2022" → 2,076 / 2); not a count.
    case derived

    /// Whether a figure so qualified may be used as a count: every qualifier but `derived`.
    public var isCount: Bool { self != .derived }
}

/// One row of datasets/published_figures.csv: a number a news outlet published, its period,
/// its qualifier and its source.
public struct PublishedFigure: Sendable, Equatable {
    public var id: String
    public var metric: String
    public var article: String
    public var group: String
    public var periodStart: CivilDate?
    public var periodEnd: CivilDate?
    public var value: Double
    public var unit: String
    public var qualifier: FigureQualifier
    public var sourceOutlet: String
    public var sourceURL: String
    public var publishedDate: CivilDate?
    public var quote: String
    /// The line of the figures file the row starts on.
    public var line: Int

    /// The inclusive range of days the figure covers, when both ends are known.
    public var period: Period? {
        guard let periodStart, let periodEnd else { return nil }
        return try? Period(start: periodStart, end: periodEnd)
    }

    /// Whether the figure may be used as a count (a derived figure may not).
    public var isCount: Bool { qualifier.isCount }
}

/// The published figures, read and checked from a CSV with the columns figure_id, metric,
/// article, group, period_start, period_end, value, unit, qualifier, source_outlet, source_url,
/// published_date, quote. Dates may be empty; a bad value stops reading with file:line:column.
public struct PublishedFigures: Sendable {
    public static let columns = ["figure_id", "metric", "article", "group", "period_start", "period_end", "value", "unit",
                                 "qualifier", "source_outlet", "source_url", "published_date", "quote"]
    /// The file the figures come from, as named in messages.
    public let file: String
    /// Every figure, in file order.
    public let figures: [PublishedFigure]
    private let byID: [String: Int]

    /// No figures (when no figures file is found): a claim that names a figure then reports
    /// that the figure is unknown.
    public static let empty = PublishedFigures(file: "(no figures file)", figures: [])

    private init(file: String, figures: [PublishedFigure]) {
        self.file = file; self.figures = figures; byID = [:]
    }

    /// Reads and checks a published-figures CSV (datasets/published_figures.csv's columns); a bad
    /// row is a `DataError` at file:line:column.
    public init(source: InputSource) throws(DataError) {
        let csv = try CSVReader(source: source)
        file = csv.fileName
        guard try csv.nextRecord() else {
            throw .bad(file: file, line: 1, column: 1, name: nil, expected: "a header row naming the columns", found: "an empty file")
        }
        let header = csv.strings
        var at: [Int] = []
        for name in Self.columns {
            guard let i = header.firstIndex(of: name) else {
                throw .bad(file: file, line: 1, column: 1, name: "header", expected: "a column '\(name)'",
                           found: "the columns " + header.map { DataError.quoted($0) }.joined(separator: ", "))
            }
            at.append(i)
        }
        csv.fieldNames = header
        var figures: [PublishedFigure] = [], byID: [String: Int] = [:]
        while try csv.nextRecord() {
            func fail(_ k: Int, _ expected: String) -> DataError {
                let (l, c) = csv.location(ofField: at[k])
                return .bad(file: csv.fileName, line: l, column: c, name: Self.columns[k], expected: expected,
                            found: DataError.quoted(csv.string(at[k])))
            }
            guard csv.fieldCount == header.count else {
                let (l, c) = csv.fieldCount > header.count ? csv.location(ofField: header.count) : csv.endLocation
                throw .bad(file: file, line: l, column: c, name: nil, expected: "\(header.count) fields, as in the header",
                           found: "\(csv.fieldCount)")
            }
            func text(_ k: Int) -> String { csv.string(at[k]) }
            func date(_ k: Int) throws(DataError) -> CivilDate? {
                let s = text(k)
                if s.isEmpty { return nil }
                switch CivilDate.parse(s) {
                case .success(let d): return d
                case .failure(let p): throw fail(k, p.expected + " or an empty cell")
                }
            }
            let id = text(0)
            guard !id.isEmpty else { throw fail(0, "a figure id") }
            if let earlier = byID[id] { throw fail(0, "a figure id not used before (it is on line \(figures[earlier].line))") }
            guard let value = Double(text(6)), value.isFinite, text(6).allSatisfy({ "0123456789.-".contains($0) }) else {
                throw fail(6, "a number")
            }
            guard let qualifier = FigureQualifier(rawValue: text(8)) else {
                throw fail(8, "one of " + FigureQualifier.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let start = try date(4), end = try date(5)
            if let start, let end, end < start { throw fail(5, "a date on or after period_start \(start)") }
            let figure = PublishedFigure(id: id, metric: text(1), article: text(2), group: text(3), periodStart: start,
                                         periodEnd: end, value: value, unit: text(7), qualifier: qualifier,
                                         sourceOutlet: text(9), sourceURL: text(10), publishedDate: try date(11),
                                         quote: text(12), line: csv.line)
            byID[id] = figures.count
            figures.append(figure)
        }
        self.figures = figures
        self.byID = byID
    }

    /// The figure with this id, or nil.
    public subscript(id: String) -> PublishedFigure? { byID[id].map { figures[$0] } }

    /// The figure with this id; an unknown id is an error.
    public func figure(_ id: String) throws(DataError) -> PublishedFigure {
        guard let f = self[id] else { throw .unknownFigure(id: id, file: file) }
        return f
    }

    /// The figure with this id for use as a count: a derived figure is refused (DESIGN.md:
    /// "using one as a count is an error (65) that says so"), and so is a value that is not a
    /// whole number.
    public func count(_ id: String) throws(DataError) -> PublishedFigure {
        let f = try figure(id)
        guard f.isCount else { throw .derivedFigure(id: id, file: file, line: f.line) }
        guard f.value >= 0, f.value == f.value.rounded() else {
            throw .bad(file: file, line: f.line, column: 1, name: "value", expected: "a whole number for a count (\(id))",
                       found: DataError.quoted("\(f.value)"))
        }
        return f
    }
}
