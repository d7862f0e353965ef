import CourtstatNumerics

/// A break period estimated by profile likelihood, with its likelihood-ratio set.
public struct BreakEstimate: Sendable {
    /// The candidate with the largest maximised log-likelihood.
    public var breakIndex: Int
    /// The segmented fit at that break.
    public var fit: ModelFit
    /// Every candidate that could be fitted, with its maximised log-likelihood.
    public var profile: [(breakIndex: Int, logLik: Double)]
    /// Candidates with 2(ℓ_max − ℓ) ≤ χ²₁(level): the likelihood-ratio confidence set.
    public var confidenceSet: [Int]
    /// Its smallest and largest member (the set need not be contiguous).
    public var confLow: Int
    public var confHigh: Int
    public var confLevel: Double
    public var method: String
    /// Candidates that could not be fitted, and why.
    public var notes: [String]
}

extension SegmentedRegression {
    /// Estimates the break by profile likelihood: every candidate k (default: 2 ≤ k ≤ n − 2,
    /// so that each segment has two periods) is fitted and the one with the largest
    /// maximised log-likelihood is chosen. The confidence set holds the candidates whose
    /// likelihood-ratio statistic 2(ℓ_max − ℓ_k) is at most the `confLevel` quantile of χ²
    /// with 1 df (qchisq(0.95, 1) = 3.84). A change point is not a regular parameter, so this
    /// set is an approximation (usually conservative), not an exact interval.
    ///
    /// Log-likelihoods: Poisson's for poisson and quasipoisson (same estimates; the quasi
    /// model has no likelihood of its own), the negative binomial's with θ re-estimated at
    /// each candidate (the full profile), the normal one for OLS. A candidate whose fit fails
    /// on separation (e.g. all-zero counts on one side) is skipped and named in the notes.
    public static func estimateBreak(counts: [Double], model: ModelKind = .poisson, offset: [Double]? = nil,
                                     candidates: ClosedRange<Int>? = nil, confLevel: Double = 0.95,
                                     options: GeneralizedLinearModel.Options = .init()) throws(ModelError) -> BreakEstimate {
        try requireLevel(confLevel)
        let n = counts.count
        let range = candidates ?? 2...max(2, n - 2)
        guard range.lowerBound >= 2, range.upperBound <= n - 2 else {
            throw .invalidInput("break candidates must lie in 2...\(n - 2) for \(n) periods")
        }
        let likelihoodModel: ModelKind = model == .quasipoisson ? .poisson : model
        var profile: [(breakIndex: Int, logLik: Double)] = []
        var best: (k: Int, fit: ModelFit)? = nil
        var notes: [String] = []
        for k in range {
            let fit: ModelFit
            do {
                fit = try Self.fit(counts: counts, breakIndex: k, model: likelihoodModel, offset: offset, options: options)
            } catch {
                switch error {
                case .separation, .noConvergence, .rankDeficient, .noOverdispersion:
                    notes.append("break at period \(k) skipped: \(error)")
                    continue
                default: throw error
                }
            }
            guard let ll = fit.glance.logLik else { continue }
            profile.append((k, ll))
            if best == nil || ll > best!.fit.glance.logLik! { best = (k, fit) }
        }
        guard let best else { throw .invalidInput("no candidate break could be fitted: \(notes.joined(separator: "; "))") }
        let critical = try numerics { () throws(NumericsError) in try ChiSquared.quantile(confLevel, df: 1) }
        let maxLL = best.fit.glance.logLik!
        let set = profile.filter { 2 * (maxLL - $0.logLik) <= critical }.map(\.breakIndex)
        let finalFit = model == likelihoodModel ? best.fit
            : try Self.fit(counts: counts, breakIndex: best.k, model: model, offset: offset, options: options)
        if set.count > 1, set.max()! - set.min()! + 1 != set.count {
            notes.append("the likelihood-ratio set is not contiguous: \(set.map(String.init).joined(separator: ", "))")
        }
        let method = "Break by profile likelihood over periods \(range.lowerBound)-\(range.upperBound) "
            + "(\(likelihoodModel.rawValue) log-likelihood); likelihood-ratio set 2(lmax - l) <= qchisq(\(confLevel), 1)"
        return BreakEstimate(breakIndex: best.k, fit: finalFit, profile: profile, confidenceSet: set,
                             confLow: set.min()!, confHigh: set.max()!, confLevel: confLevel, method: method,
                             notes: notes)
    }
}
