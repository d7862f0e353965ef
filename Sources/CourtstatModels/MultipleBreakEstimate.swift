import CourtstatNumerics
import Foundation

/// Several breaks estimated by profile likelihood, their number chosen by BIC.
public struct MultipleBreakEstimate: Sendable {
    /// One number of breaks m: the best break periods found, the maximised log-likelihood and BIC.
    public struct Candidate: Sendable {
        public var breaks: [Int]
        public var logLik: Double
        /// −2ℓ + log(n)·(coefficients + m break dates + θ for negbin).
        public var bic: Double
    }
    /// The chosen break periods (increasing).
    public var breaks: [Int]
    /// The fit of the requested model at those breaks.
    public var fit: ModelFit
    /// The best fit for each m = 1…K.
    public var candidates: [Candidate]
    /// For each chosen break, the periods it may move to (the others held at their estimates)
    /// whose profile log-likelihood ℓ satisfies 2(ℓ_max − ℓ) ≤ qchisq(confLevel, 1): the
    /// likelihood-ratio set.
    public var confidenceSets: [[Int]]
    public var confLevel: Double
    public var method: String
    public var notes: [String]
}

extension SegmentedRegression {
    /// Searches 1…`maxBreaks` breaks by profile likelihood and picks their number by BIC.
    ///
    /// For m breaks the search is Bai's (1997, "Estimating multiple breaks one at a time",
    /// Econometric Theory 13:315–352) sequential method with his repartition step: the best
    /// (m−1)-break solution gains the one further break that maximises the likelihood, then each
    /// break in turn is re-placed at its best period between its neighbours (every segment two
    /// periods or more), until a full pass moves none. Each step is an exhaustive search, so
    /// one break is found exactly; with several the result is a local maximum that is
    /// the global one whenever the breaks are separated by more than their likelihood-ratio sets.
    ///
    /// BIC = −2ℓ + log(n)·k counts the coefficients, θ (negbin) and the m break dates (as the
    /// BIC of Yao 1988 and strucchange's breakpoints, Zeileis et al. 2002, J Stat Softw 7(2)).
    /// Log-likelihoods as `estimateBreak`: Poisson's for poisson and quasipoisson, the negative
    /// binomial's with θ re-estimated at every candidate, the normal one for OLS.
    public static func estimateBreaks(counts: [Double], maxBreaks: Int, model: ModelKind = .poisson,
                                      offset: [Double]? = nil, seasonal: [(name: String, values: [Double])] = [],
                                      confLevel: Double = 0.95,
                                      options: GeneralizedLinearModel.Options = .init()) throws(ModelError) -> MultipleBreakEstimate {
        try requireLevel(confLevel)
        let n = counts.count
        guard maxBreaks >= 1 else { throw .invalidInput("\(parameter: "maxBreaks"): expected at least 1, got \(maxBreaks)") }
        guard n >= 2 * (maxBreaks + 1) else {
            throw .invalidInput("\(maxBreaks) breaks need at least \(2 * (maxBreaks + 1)) periods (two per segment); the series has \(n)")
        }
        let likelihoodModel: ModelKind = model == .quasipoisson ? .poisson : model
        var notes: [String] = []
        var cache: [[Int]: Double?] = [:]
        func logLik(_ breaks: [Int]) throws(ModelError) -> Double? {
            if let cached = cache[breaks] { return cached }
            var value: Double? = nil
            do {
                value = try fit(counts: counts, breakIndices: breaks, seasonal: seasonal, model: likelihoodModel,
                                offset: offset, options: options).glance.logLik
            } catch {
                switch error {
                case .separation, .noConvergence, .rankDeficient, .noOverdispersion, .constantColumn:
                    notes.append("breaks at periods \(breaks.map(String.init).joined(separator: ", ")) skipped: \(error)")
                default: throw error
                }
            }
            cache[breaks] = value
            return value
        }
        /// The best position of one break between `low` and `high` (inclusive), others fixed.
        func bestPosition(_ others: [Int], in range: ClosedRange<Int>) throws(ModelError) -> (Int, Double)? {
            var best: (Int, Double)? = nil
            for k in range {
                guard let ll = try logLik((others + [k]).sorted()) else { continue }
                if best == nil || ll > best!.1 { best = (k, ll) }
            }
            return best
        }
        func freeRange(_ breaks: [Int], excluding j: Int?) -> [ClosedRange<Int>] {
            // Gaps between the other breaks where a break keeps every segment ≥ 2 periods.
            let others = breaks.enumerated().filter { $0.offset != j }.map(\.element)
            var bounds = [0] + others + [n]
            bounds.sort()
            var ranges: [ClosedRange<Int>] = []
            for i in 0..<(bounds.count - 1) {
                let low = bounds[i] + 2, high = bounds[i + 1] - 2
                if low <= high { ranges.append(low...high) }
            }
            return ranges
        }
        var candidates: [MultipleBreakEstimate.Candidate] = []
        var current: [Int] = []
        var currentLL = -Double.infinity
        for m in 1...maxBreaks {
            // Add one break.
            var added: (Int, Double)? = nil
            for range in freeRange(current, excluding: nil) {
                if let b = try bestPosition(current, in: range), added == nil || b.1 > added!.1 { added = b }
            }
            guard let added else {
                notes.append("no fit with \(m) breaks could be found")
                break
            }
            current = (current + [added.0]).sorted(); currentLL = added.1
            // Repartition.
            var moved = true, passes = 0
            while moved, passes < 50 {
                moved = false; passes += 1
                for j in current.indices {
                    let others = current.enumerated().filter { $0.offset != j }.map(\.element)
                    let low = (j == 0 ? 0 : current[j - 1]) + 2, high = (j == current.count - 1 ? n : current[j + 1]) - 2
                    guard low <= high, let b = try bestPosition(others, in: low...high) else { continue }
                    if b.1 > currentLL + 1e-10 * abs(currentLL), b.0 != current[j] {
                        current[j] = b.0; currentLL = b.1; moved = true
                    }
                }
            }
            let design = try design(periods: n, breakIndices: current, seasonal: seasonal)
            let k = Double(design.parameterCount + m + (likelihoodModel == .negbin ? 1 : 0) + (likelihoodModel == .ols ? 1 : 0))
            candidates.append(.init(breaks: current, logLik: currentLL, bic: -2 * currentLL + log(Double(n)) * k))
        }
        guard let chosen = candidates.min(by: { $0.bic < $1.bic }) else {
            throw .invalidInput("no break could be fitted: \(notes.joined(separator: "; "))")
        }
        let critical = try numerics { () throws(NumericsError) in try ChiSquared.quantile(confLevel, df: 1) }
        var sets: [[Int]] = []
        for j in chosen.breaks.indices {
            let others = chosen.breaks.enumerated().filter { $0.offset != j }.map(\.element)
            let low = (j == 0 ? 0 : chosen.breaks[j - 1]) + 2
            let high = (j == chosen.breaks.count - 1 ? n : chosen.breaks[j + 1]) - 2
            var set: [Int] = []
            for k in low...high {
                if let ll = try logLik((others + [k]).sorted()), 2 * (chosen.logLik - ll) <= critical { set.append(k) }
            }
            sets.append(set)
        }
        let final = try fit(counts: counts, breakIndices: chosen.breaks, seasonal: seasonal, model: model,
                            offset: offset, options: options)
        let method = "Breaks by profile likelihood (\(likelihoodModel.rawValue) log-likelihood), 1-\(maxBreaks) breaks searched "
            + "one at a time with repartition (Bai 1997), their number by BIC counting break dates; "
            + "likelihood-ratio set of each break (others fixed): 2(lmax - l) <= qchisq(\(confLevel), 1)"
        return MultipleBreakEstimate(breaks: chosen.breaks, fit: final, candidates: candidates, confidenceSets: sets,
                                     confLevel: confLevel, method: method, notes: notes)
    }
}
