import CourtstatData
import CourtstatNumerics
import Foundation

/// What a simulation wrote.
public struct SimulationSummary: Sendable, Equatable {
    public var path: String
    public var rows: Int
    public var seed: UInt64
    public var first: CivilDate?
    public var last: CivilDate?
    /// Cases per article, in the parameters' order.
    public var byArticle: [String: Int]
}

/// Draws a synthetic case-level file from stated parameters (DESIGN.md "Synthetic case data").
///
/// Day by day from `start` to `end`, and article by article, the number of cases received is
/// Poisson with mean (weekly rate × weekday weight / 7), the weekly rate being the piecewise
/// exponential curve of the article. Each case then draws, in this order: its part, the
/// defendant's status (status mix in force that day), its court, the days to decision (gamma;
/// a decision after `as_of` leaves the case pending), the outcome (dismissal, acquittal, or a
/// conviction that is custodial, suspended or a fine, by status and receipt date; custodial ones
/// split into prison, colony settlement and disciplinary battalion), whether the outcome is
/// unknown (unpublished), and the term in months. The generator is GSL's MT19937 seeded with
/// `seed`, so the same parameters and seed give a byte-identical file.
public enum Simulator {
    /// Writes the simulated cases of `parameters` with `seed` to `path` (atomically) and returns a
    /// summary (rows, span, cases per article); `parametersFile` names the file in messages.
    public static func run(_ parameters: SimulationParameters, parametersFile: String, seed: UInt64,
                           out path: String) throws(DataError) -> SimulationSummary {
        let model = try parameters.model(file: parametersFile)
        let rng: RandomGenerator
        do { rng = try RandomGenerator(seed: seed) } catch {
            throw .cannotWrite(path: path, reason: "cannot set up the random generator (\(error))")
        }
        let writer = try AtomicFileWriter(path: path)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 18)
        // The data say they are synthetic (`data_source`), so that no report calls real data so.
        out.append(contentsOf: (CaseColumn.allCases.map(\.name) + [DataSourceColumn.name]).joined(separator: ",").utf8)
        out.append(10)
        let synthetic = Array(DataSourceColumn.synthetic.utf8)
        let statuses = DefendantStatus.allCases.map(\.rawValue)
        let types = SentenceType.allCases
        let typeOrdinal = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1.rawValue, $0) })
        let statusMixOrdinals = model.statusMix.values.map { $0.names.map { statuses.firstIndex(of: $0)! } }
        let courtBytes = model.courts.names.map { Array(CSVField.quoted($0).utf8) }
        let regionBytes = model.courtRegions.map { Array(CSVField.quoted($0).utf8) }
        let statusBytes = statuses.map { Array($0.utf8) }
        let typeBytes = types.map { Array($0.rawValue.utf8) }
        let articleBytes = model.articles.map { Array($0.name.utf8) }
        let prefix = Array(model.prefix.utf8)
        var byArticle = [Int](repeating: 0, count: model.articles.count)
        var rows = 0, first: Int?, last: Int?
        for day in model.start...model.end {
            let factor = model.weekdayFactor[CivilDate(dayNumber: day).isoWeekday - 1]
            let received = dateBytes(day)
            let mixIndex = model.statusMix.from.lastIndex { $0 <= day }!
            for (a, article) in model.articles.enumerated() {
                guard let rate = article.rates.at(day) else { continue }
                let mean = rate.perWeek * pow(1 + rate.growth, Double(day - rate.from) / 7) / 7 * factor
                let n = rng.poisson(mean: mean)
                guard n > 0 else { continue }
                let parts = article.parts.at(day)!
                for _ in 0..<n {
                    rows += 1; byArticle[a] += 1
                    if first == nil { first = day }
                    last = day
                    let part = parts.names[parts.draw(rng.uniform())]
                    let status = statusMixOrdinals[mixIndex][model.statusMix.values[mixIndex].draw(rng.uniform())]
                    let court = model.courts.draw(rng.uniform())
                    let delay = max(model.delayMin, Int(rng.gamma(shape: model.delayShape, scale: model.delayScale).rounded()))
                    var decision: Int? = day + delay
                    var type = SentenceType.pending
                    var months: Int?
                    if decision! > model.asOf {
                        decision = nil
                    } else {
                        let s = model.sentencing[status].at(day)!
                        let u = rng.uniform()
                        if u < s.dismissed { type = .dismissed } else if u < s.dismissed + s.acquitted { type = .acquitted } else {
                            switch s.convictions.names[s.convictions.draw(rng.uniform())] {
                            case "custodial":
                                let c = model.custodialTypes[status]
                                type = SentenceType(rawValue: c.names[c.draw(rng.uniform())])!
                            case "suspended": type = .suspended
                            default: type = .fine
                            }
                        }
                        if rng.uniform() < model.outcomeUnknown { type = .unknown }
                        else if let term = model.terms[typeOrdinal[type.rawValue]!][a][status] {
                            let m = rng.gamma(shape: term.shape, scale: term.scale).rounded()
                            months = Int(min(max(m, term.min), term.max))
                        }
                    }
                    // case_id,court,region,article,part,received_date,decision_date,defendant_status,sentence_type,sentence_months,source_url
                    out.append(contentsOf: prefix); appendDecimal(rows, width: 8, to: &out); out.append(44)
                    out.append(contentsOf: courtBytes[court]); out.append(44)
                    out.append(contentsOf: regionBytes[court]); out.append(44)
                    out.append(contentsOf: articleBytes[a]); out.append(44)
                    out.append(contentsOf: part.utf8); out.append(44)
                    out.append(contentsOf: received); out.append(44)
                    if let decision { out.append(contentsOf: dateBytes(decision)) }
                    out.append(44)
                    out.append(contentsOf: statusBytes[status]); out.append(44)
                    out.append(contentsOf: typeBytes[typeOrdinal[type.rawValue]!]); out.append(44)
                    if let months { appendDecimal(months, width: 1, to: &out) }
                    out.append(44)          // source_url: none
                    out.append(44); out.append(contentsOf: synthetic); out.append(10)
                    if out.count >= 1 << 18 {
                        try writer.write(out)
                        out.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        try writer.write(out)
        try writer.commit()
        return SimulationSummary(path: path, rows: rows, seed: seed, first: first.map(CivilDate.init(dayNumber:)),
                                 last: last.map(CivilDate.init(dayNumber:)),
                                 byArticle: Dictionary(uniqueKeysWithValues: zip(model.articles.map(\.name), byArticle)))
    }

    static func dateBytes(_ day: Int) -> [UInt8] { Array(CivilDate(dayNumber: day).description.utf8) }
}
