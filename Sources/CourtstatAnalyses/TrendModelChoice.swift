import CourtstatData
import CourtstatModels
import CourtstatNumerics
import Foundation

/// A trend model chosen because it fits: the report's trend (issue 22). Starting from the
/// segmented fit at the mobilisation decree, it considers up to two further breaks (placed one at a
/// time by profile likelihood) and Fourier seasonal terms, keeps the candidate with the lowest BIC
/// (the placed break dates counted as parameters), and switches
/// to Newey–West standard errors when the chosen fit's Pearson residuals are autocorrelated
/// (Ljung–Box p < 1 − conf_level), as Bernal, Cummins & Gasparrini (2017) advise for interrupted
/// time series. Every step is recorded in `reasons`, in words.
public struct TrendChoice: Sendable {
    /// One model considered.
    public struct Candidate: Sendable {
        public var label: String
        public var breaks: [Period]
        public var season: TrendSeason
        public var model: ModelKind
        /// −2ℓ + log(n)·k; k counts coefficients, θ (negbin) and each break date estimated from the data.
        public var bic: Double
        public var lackOfFit: TrendLackOfFit?
        /// Ljung–Box p of the candidate's chosen model.
        public var ljungBoxP: Double?
    }
    /// The analysis reported (with HAC errors when chosen).
    public var result: TrendResult
    public var periods: [Period]
    public var candidates: [Candidate]
    public var chosen: Int
    /// The likelihood-ratio set (periods) of each break placed from the data (the breaks after
    /// the decree in the order they were placed).
    public var breakSets: [[Period]]
    public var reasons: [String]
    /// The last complete day used, and why.
    public var completeThrough: CivilDate?
    public var completeThroughReason: String?
}

/// The report's choice of trend model (breaks by BIC, seasonal terms, the last complete period),
/// with the reasons in words; see `choose`.
public enum TrendModelChoice {
    /// The Fourier harmonics tried: two (a yearly and a half-yearly wave).
    public static let harmonics = 2
    /// Breaks placed from the data besides the decree: at most two, each at least a tenth of the
    /// series (and two periods) from the others and from the ends (trimming, as Bai & Perron
    /// 2003, J Appl Econometrics 18:1, trim 5–25% so that no segment fits a few odd periods).
    public static let maximumExtraBreaks = 2

    /// Chooses the trend model for a series (see `TrendChoice`). `exposureDays`: days covered per
    /// period; a last period covered in part is treated as incomplete (`completeThrough` the
    /// end of the last whole period) and left out of every fit.
    public static func choose(periods: [Period], counts: [Int], exposureDays: [Int]? = nil,
                              firstBreak: CivilDate = TrendBreak.mobilisationDecree,
                              confLevel: Double = 0.95) throws(AnalysisError) -> TrendChoice {
        let exposure = exposureDays ?? periods.map(\.days)
        var completeThrough: CivilDate? = nil, completeReason: String? = nil
        if let last = periods.indices.last, exposure[last] < periods[last].days,
           let whole = periods.indices.last(where: { exposure[$0] == periods[$0].days }) {
            completeThrough = periods[whole].end
            completeReason = "the data end inside \(periods[last]) (\(exposure[last]) of its \(periods[last].days) days), so the fits use the periods through \(periods[whole]) (complete through \(periods[whole].end)) and \(periods[last]) is shown apart; court sites publish cards with a delay, so with scraped data the last weeks are short even when whole, and a complete-through date should leave them out too"
        }
        func run(_ breaks: TrendBreak, _ season: TrendSeason, _ se: TrendStandardErrors = .model) throws(AnalysisError) -> TrendResult {
            try TrendAnalysis.analyze(periods: periods, counts: counts, exposureDays: exposureDays, breakChoice: breaks,
                                      confLevel: confLevel, season: season, standardErrors: se, completeThrough: completeThrough)
        }
        let base = try run(.date(firstBreak, explicit: false), .none)
        guard let k1 = base.breakIndex else {
            return TrendChoice(result: base, periods: periods, candidates: [], chosen: 0, breakSets: [],
                               reasons: ["the decree is not inside the series: one log-linear trend"],
                               completeThrough: completeThrough, completeThroughReason: completeReason)
        }
        let m = base.series.filter(\.complete).count
        var reasons: [String] = []

        // Further breaks, placed one at a time by profile likelihood (θ held at the one-break fit's),
        // each at least `minimumSegment` periods from the others and the ends.
        let y = counts.prefix(m).map(Double.init)
        let offset = exposure.prefix(m).map { log(Double($0)) }
        let theta = base.models.first { $0.kind == .negbin && base.chosen == .negbin }?.fit.glance.theta
        let minimumSegment = max(2, m / 10)
        let critical = try TrendAnalysis.numerics { () throws(NumericsError) in try ChiSquared.quantile(confLevel, df: 1) }
        func placeBreak(_ existing: [Int]) -> (k: Int, set: [Int])? {
            var profile: [(k: Int, ll: Double)] = []
            for k in minimumSegment...(m - minimumSegment) where existing.allSatisfy({ abs($0 - k) >= minimumSegment }) {
                let ll: Double? = try? {
                    let design = try SegmentedRegression.design(periods: m, breakIndices: (existing + [k]).sorted())
                    let fit = try theta.map { try GeneralizedLinearModel.negativeBinomial(y: y, design: design, offset: offset, fixedTheta: $0) }
                        ?? GeneralizedLinearModel.poisson(y: y, design: design, offset: offset)
                    return fit.glance.logLik
                }() ?? nil
                if let ll { profile.append((k, ll)) }
            }
            guard let best = profile.max(by: { $0.ll < $1.ll }) else { return nil }
            return (best.k, profile.filter { 2 * (best.ll - $0.ll) <= critical }.map(\.k))
        }
        var candidates: [(TrendChoice.Candidate, TrendResult)] = []
        func add(_ label: String, _ breaks: TrendBreak, _ season: TrendSeason, estimatedBreaks: Int,
                 fitted: TrendResult? = nil) throws(AnalysisError) {
            let r: TrendResult
            if let fitted { r = fitted } else { r = try run(breaks, season) }
            guard let index = r.models.firstIndex(where: { $0.kind == r.chosen }), let ll = r.models[index].fit.glance.logLik else { return }
            let fit = r.models[index].fit
            let k = Double(fit.coefficients.count + (r.chosen == .negbin ? 1 : 0) + estimatedBreaks)
            let ljung = r.diagnostics[index].first { $0.test == "ljung_box" }?.pValue
            candidates.append((.init(label: label, breaks: r.breakIndices.map { periods[$0] }, season: season, model: r.chosen,
                                     bic: -2 * ll + log(Double(m)) * k, lackOfFit: r.lackOfFit, ljungBoxP: ljung), r))
        }
        let seasonal = TrendSeason.fourier(harmonics)
        // The one-break fit is `base`, already fitted with these very options.
        try add("one break (the decree)", .date(firstBreak, explicit: false), .none, estimatedBreaks: 0, fitted: base)
        try add("one break with Fourier seasonal terms", .date(firstBreak, explicit: false), seasonal, estimatedBreaks: 0)
        var placed: [(k: Int, set: [Int])] = []
        var existing = [k1]
        for extra in 1...maximumExtraBreaks {
            guard let next = placeBreak(existing) else { break }
            placed.append(next); existing.append(next.k)
            let dates = TrendBreak.dates([firstBreak] + placed.map { periods[$0.k].start })
            let words = extra == 1 ? "two breaks" : "three breaks"
            let at = placed.map { periods[$0.k].description }.joined(separator: ", ")
            try add("\(words) (the decree and \(at))", dates, .none, estimatedBreaks: extra)
            try add("\(words) with Fourier seasonal terms", dates, seasonal, estimatedBreaks: extra)
        }
        guard let chosenIndex = candidates.indices.min(by: { candidates[$0].0.bic < candidates[$1].0.bic }) else {
            return TrendChoice(result: base, periods: periods, candidates: [], chosen: 0, breakSets: [], reasons: [],
                               completeThrough: completeThrough, completeThroughReason: completeReason)
        }
        let one = candidates[0].0
        if let lack = one.lackOfFit, lack.flagged {
            reasons.append("the one-break fit does not fit the end of the series: it \(lack.departure)")
        }
        let chosen = candidates[chosenIndex].0
        reasons.append("of the models considered (" + candidates.map { "\($0.0.label): BIC \(ClaimText.number($0.0.bic))" }.joined(separator: "; ")
                       + "), the lowest BIC is that of \(chosen.label)")
        for (j, p) in placed.prefix(chosen.breaks.count - 1).enumerated() {
            reasons.append("\(j == 0 ? "a further" : "another") break is placed by profile likelihood at \(periods[p.k]) (likelihood-ratio set \(periods[p.set.min()!])…\(periods[p.set.max()!]), approximate; searched at least \(minimumSegment) weeks from the other breaks and the ends)")
        }
        var result = candidates[chosenIndex].1
        if let p = chosen.ljungBoxP, p < 1 - confLevel {
            let breakChoice: TrendBreak = chosen.breaks.count > 1 ? .dates([firstBreak] + chosen.breaks.dropFirst().map(\.start)) : .date(firstBreak, explicit: false)
            result = try run(breakChoice, chosen.season, .hac(lag: nil))
            reasons.append("its Pearson residuals are autocorrelated (Ljung–Box p = \(ClaimText.number(p))), so the standard errors and intervals are Newey–West's (lag \(result.hacLag!)); the model-based ones would be too small")
        } else if let p = chosen.ljungBoxP {
            reasons.append("its Pearson residuals show no significant autocorrelation (Ljung–Box p = \(ClaimText.number(p))), so the model-based standard errors are kept")
        }
        if let lack = result.lackOfFit, lack.flagged {
            reasons.append("the chosen fit still departs from the end of the series (\(lack.note))")
        } else if let lack = result.lackOfFit {
            reasons.append("the chosen fit follows the end of the series (\(lack.first)…\(lack.last): \(lack.totals))")
        }
        let sets = placed.prefix(chosen.breaks.count - 1).map { $0.set.map { periods[$0] } }
        return TrendChoice(result: result, periods: periods, candidates: candidates.map(\.0), chosen: chosenIndex,
                           breakSets: sets, reasons: reasons, completeThrough: completeThrough,
                           completeThroughReason: completeReason)
    }
}
