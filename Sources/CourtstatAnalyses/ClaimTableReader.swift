import CourtstatData
import Foundation

/// Typed access to the keys of one claim table, with errors that name the file and line.
struct TableReader {
    let table: ClaimTable
    let path: String
    let context: ClaimContext

    /// A count operand: its whole value, the figure it came from, and notes about it.
    struct Operand {
        var value: Int; var figure: FigureOperand?; var notes: [String]
        /// What the value counts when the case data counted it as the claim's measure
        /// (convictions), rather than what the figure counts.
        var measured: String? = nil
    }
    struct Proportion { var value: Double; var notes: [String] }

    func error(_ key: String, _ message: String) -> ClaimError {
        .file(path: path, line: table.entries[key]?.line ?? table.line, message: "\(key): \(message)")
    }

    /// The data cannot evaluate the claim (the claim becomes inconclusive with this reason).
    func notEvaluable(_ key: String, _ message: String) -> ClaimError {
        .notEvaluable(path: path, line: table.entries[key]?.line ?? table.line, message: message)
    }

    func string(_ key: String) throws(ClaimError) -> String {
        guard let s = try optionalString(key) else {
            throw .file(path: path, line: table.line, message: "\(key): missing in the claim that starts here")
        }
        return s
    }

    func optionalString(_ key: String) throws(ClaimError) -> String? {
        guard let entry = table.entries[key] else { return nil }
        guard case .string(let s) = entry.value else { throw error(key, "expected a \"string\"") }
        return s
    }

    func optionalNumber(_ key: String) throws(ClaimError) -> Double? {
        guard let entry = table.entries[key] else { return nil }
        guard case .number(let v) = entry.value else { throw error(key, "expected a number") }
        return v
    }

    /// A figure by id, refusing unknown ids and derived figures used as counts.
    func figure(_ id: String, key: String) throws(ClaimError) -> FigureOperand {
        guard let f = context.figure(id) else {
            throw error(key, "unknown figure '\(id)' (not in \(context.figuresPath))")
        }
        return f
    }

    func qualifierNotes(_ f: FigureOperand) -> [String] {
        var notes = ["\(f.id): \(ClaimText.number(f.value)) \(f.unit) (\(f.metric), article \(f.article), \(f.group)), \(f.qualifier.rawValue), \(f.outlet): \(f.sourceURL)"]
        switch f.qualifier {
        case .atLeast: notes.append("\(f.id) is an 'at least' figure: the true value may be higher")
        case .moreThan: notes.append("\(f.id) is a 'more than' figure: a lower bound, not a count")
        case .about: notes.append("\(f.id) is an approximate ('about') figure")
        case .exact, .derived: break
        }
        return notes
    }

    func count(_ key: String) throws(ClaimError) -> Operand {
        guard let entry = table.entries[key] else {
            throw .file(path: path, line: table.line, message: "\(key): missing in the claim that starts here")
        }
        switch entry.value {
        case .number(let v):
            guard v >= 0, v == v.rounded(), v < 1e15 else { throw error(key, "expected a whole count ≥ 0, found \(ClaimText.number(v))") }
            return Operand(value: Int(v), figure: nil, notes: [])
        case .string(let id):
            let f = try figure(id, key: key)
            guard f.qualifier.isCount else {
                throw error(key, "figure \(id) is derived from a ratio the source states (\(ClaimText.number(f.value)) \(f.unit)), not a count; name the counted figure it was derived from")
            }
            guard f.value >= 0, f.value == f.value.rounded(), f.unit != "percent" else {
                throw error(key, "figure \(id) is \(ClaimText.number(f.value)) \(f.unit), not a count")
            }
            if let tally = context.caseData {
                if let (n, note) = try dataCount(f, tally: tally, key: key) {
                    let measure = try optionalString("measure")
                    return Operand(value: n, figure: f, notes: qualifierNotes(f) + [note],
                                   measured: measure == "convictions" ? measure : nil)
                }
                return Operand(value: Int(f.value), figure: f,
                               notes: qualifierNotes(f) + ["\(f.id) (\(f.metric), article \(f.article)) cannot be counted in the case data; its published value is used"])
            }
            return Operand(value: Int(f.value), figure: f, notes: qualifierNotes(f))
        default:
            throw error(key, "expected a count or a figure id such as \"F001\"")
        }
    }

    func countPair(_ key: String) throws(ClaimError) -> (Int, Int) {
        guard case .array(let items)? = table.entries[key]?.value, items.count == 2,
              case .number(let a) = items[0], case .number(let b) = items[1],
              a >= 0, b >= 0, a == a.rounded(), b == b.rounded() else {
            throw error(key, "expected two whole counts, e.g. [58, 46]")
        }
        return (Int(a), Int(b))
    }

    /// A proportion: a number in [0, 1], or a figure in percent.
    func proportion(_ key: String) throws(ClaimError) -> Proportion {
        guard let entry = table.entries[key] else {
            throw .file(path: path, line: table.line, message: "\(key): missing in the claim that starts here")
        }
        switch entry.value {
        case .number(let v):
            guard (0...1).contains(v) else { throw error(key, "expected a proportion in [0, 1], found \(ClaimText.number(v))") }
            return Proportion(value: v, notes: [])
        case .string(let id):
            let f = try figure(id, key: key)
            guard f.unit == "percent", (0...100).contains(f.value) else {
                throw error(key, "figure \(id) is \(ClaimText.number(f.value)) \(f.unit), not a percentage")
            }
            return Proportion(value: f.value / 100, notes: qualifierNotes(f))
        default:
            throw error(key, "expected a proportion or a figure id")
        }
    }

    /// The figure a proportion key names, if it names one.
    func proportionFigure(_ key: String) throws(ClaimError) -> FigureOperand? {
        guard case .string(let id)? = table.entries[key]?.value else { return nil }
        return try figure(id, key: key)
    }

    /// The period for an operand: the key's label, else the figure's own period.
    func period(_ key: String, for operand: Operand) throws(ClaimError) -> ClaimPeriod {
        if let label = try optionalString(key) {
            do { return try context.period(label) } catch { throw self.error(key, "\(error)") }
        }
        if let p = operand.figure?.period { return p }
        throw .file(path: path, line: table.line,
                    message: "\(key): missing (give a period such as \"2023-H1\", or name a figure that has one)")
    }

    /// The keys that state a claimed region.
    static let regionKeys = ["at_least", "at_most", "more_than", "less_than", "about"]

    /// The claimed region: exactly one of at_least, at_most, about (with margin), more_than, less_than.
    func region() throws(ClaimError) -> ClaimRegion {
        var found: [(String, ClaimRegion)] = []
        if let v = try optionalNumber("at_least") { found.append(("at_least", .atLeast(v))) }
        if let v = try optionalNumber("at_most") { found.append(("at_most", .atMost(v))) }
        if let v = try optionalNumber("more_than") { found.append(("more_than", .moreThan(v))) }
        if let v = try optionalNumber("less_than") { found.append(("less_than", .lessThan(v))) }
        if let v = try optionalNumber("about") {
            let m = try optionalNumber("margin") ?? ClaimRegion.defaultAboutMargin
            guard m > 0, m < 1 else { throw error("margin", "expected a relative margin in (0, 1), found \(ClaimText.number(m))") }
            found.append(("about", .about(v, margin: m)))
        }
        guard found.count == 1 else {
            let message = found.isEmpty ? "missing: give one of at_least, at_most, about, more_than, less_than"
                : "give only one of \(found.map(\.0).joined(separator: ", "))"
            throw .file(path: path, line: table.line, message: "claimed region: \(message)")
        }
        return found[0].1
    }
}
