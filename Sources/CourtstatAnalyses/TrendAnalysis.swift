import CourtstatData
import CourtstatInference
import CourtstatNumerics
import CourtstatModels
import Foundation

/// Where the trend's break goes: at the period holding a date (DESIGN.md's default, the
/// mobilisation decree of 2022-09-21), estimated by profile likelihood, or none.
public enum TrendBreak: Sendable, Equatable {
    case date(CivilDate, explicit: Bool)
    case estimate
    case none

    /// The mobilisation decree, 2022-09-21.
    public static let mobilisation = TrendBreak.date(CivilDate(year: 2022, month: 9, day: 21)!, explicit: false)
}

/// One period of the trend's series with the chosen model's fitted count and its band.
public struct TrendPoint: Sendable, Equatable {
    public var period: Period
    public var n: Int
    /// The fitted expected count μ̂ = exp(log days + x'β̂) of the chosen model.
    public var fitted: Double
    /// exp(η̂ ∓ q·se(η̂)), se(η̂) = √(x'Vx): the Wald band of the expected count (not a
    /// prediction interval for a new count).
    public var fitLow: Double
    public var fitHigh: Double
    /// The days of the period the data cover (fewer than `period.days` for a first or last
    /// period covered in part); `fitted` is the expected count over these days.
    public var exposureDays: Int
    /// Whether the data cover only part of the period.
    public var isPartial: Bool { exposureDays < period.days }
}

/// A derived quantity of the chosen model with the segment it describes.
public struct TrendDerived: Sendable, Equatable {
    /// all (no break), before, after, or break (the jump at the break).
    public var segment: String
    public var result: TestResult
}

/// The trend of counts per period: Poisson, quasi-Poisson and negative-binomial log-linear fits
/// (with an interrupted-time-series design when there is a break), the over-dispersion test that
/// chooses between Poisson and the negative binomial, the chosen model's fitted series and band,
/// and growth per period, doubling time and the rate ratio at the break.
public struct TrendResult: Sendable {
    public var series: [TrendPoint]
    public var models: [(kind: ModelKind, fit: ModelFit)]
    public var chosen: ModelKind
    /// Why the model was chosen (the over-dispersion test in words).
    public var chosenBecause: String
    /// The likelihood-ratio test of the negative binomial against Poisson (θ = ∞ on the
    /// boundary, so the p-value is half the χ²(1) tail).
    public var overdispersion: TestResult
    public var breakIndex: Int?
    public var breakEstimate: BreakEstimate?
    public var derived: [TrendDerived]
    public var notes: [String]
}

public enum TrendAnalysis {
    /// Fits the trend of a single series of counts per period. The models use log(days) of each
    /// period as offset, so coefficients are on the scale of cases per day and months of unequal
    /// length are compared fairly: exp(intercept) is the expected number per day at time 0.
    /// `exposureDays`: the days of each period the data cover (the first and last period of a
    /// collection are often covered in part); the offset is log of these, so a partial period's
    /// count is compared with a partial period's expectation. Default: every period whole.
    public static func analyze(periods: [Period], counts: [Int], exposureDays: [Int]? = nil,
                               breakChoice: TrendBreak = .mobilisation,
                               confLevel: Double = 0.95) throws(AnalysisError) -> TrendResult {
        guard periods.count == counts.count, !periods.isEmpty else {
            throw .invalid("the trend needs a series of counts, one per period")
        }
        guard periods.count >= 4 else {
            throw .invalid("a trend needs at least 4 periods; the series has \(periods.count)")
        }
        guard counts.contains(where: { $0 > 0 }) else {
            throw .invalid("every period has 0 cases; there is no trend to fit")
        }
        let exposure = exposureDays ?? periods.map(\.days)
        guard exposure.count == periods.count, exposure.allSatisfy({ $0 > 0 }) else {
            throw .invalid("every period needs at least one day of exposure")
        }
        let y = counts.map(Double.init)
        let offset = exposure.map { log(Double($0)) }
        let options = GeneralizedLinearModel.Options(confLevel: confLevel)
        var notes: [String] = []

        // The break.
        var breakIndex: Int?
        var breakEstimate: BreakEstimate?
        switch breakChoice {
        case .none: break
        case let .date(date, explicit):
            if let k = periods.firstIndex(where: { $0.contains(date) }), k >= 2, periods.count - k >= 2 {
                breakIndex = k
            } else if explicit {
                throw .invalidArgument(option: "--break", expected: "a date at least two periods inside the series \(periods.first!.start)..\(periods.last!.end)", found: "\(date)")
            } else {
                notes.append("the mobilisation decree (2022-09-21) is not at least two periods inside the series; fitted without a break")
            }
        case .estimate:
            guard periods.count >= 5 else { throw .invalid("estimating a break needs at least 5 periods") }
            // The profile uses the negative binomial when the series without a break is over-dispersed,
            // so that the likelihood-ratio set is not made too narrow by extra-Poisson variation.
            let plain = try models { () throws(ModelError) in try SegmentedRegression.fit(counts: y, breakIndex: nil, model: .poisson, offset: offset, options: options) }
            let plainTest = try overdispersionTest(poisson: plain, negbin: try optionalNegbin(y: y, breakIndex: nil, offset: offset, options: options))
            let profileModel: ModelKind = (plainTest.pValue ?? 1) < 1 - confLevel ? .negbin : .poisson
            let estimate = try models { () throws(ModelError) in
                try SegmentedRegression.estimateBreak(counts: y, model: profileModel, offset: offset, confLevel: confLevel, options: options)
            }
            breakIndex = estimate.breakIndex
            breakEstimate = estimate
            notes.append("break estimated by profile likelihood at \(periods[estimate.breakIndex]) (likelihood-ratio set \(periods[estimate.confLow])..\(periods[estimate.confHigh]), approximate)")
        }

        // The over-dispersion test on the final design (with its break) decides the family.
        let basePoisson = try models { () throws(ModelError) in try SegmentedRegression.fit(counts: y, breakIndex: breakIndex, model: .poisson, offset: offset, options: options) }
        let baseNB: ModelFit? = try optionalNegbin(y: y, breakIndex: breakIndex, offset: offset, options: options)
        let overdispersion = try overdispersionTest(poisson: basePoisson, negbin: baseNB)
        let chosen: ModelKind = (overdispersion.pValue ?? 1) < 1 - confLevel ? .negbin : .poisson
        let chosenBecause = chosen == .negbin
            ? "negative binomial: the counts are over-dispersed (likelihood-ratio test against Poisson, p = \(ClaimText.number(overdispersion.pValue!)); Pearson dispersion \(ClaimText.number(pearsonDispersion(basePoisson, y)))), so Poisson's standard errors would be too small"
            : "Poisson: no significant over-dispersion (likelihood-ratio test against the negative binomial, p = \(ClaimText.number(overdispersion.pValue ?? 1)))"

        var fits: [(kind: ModelKind, fit: ModelFit)] = []
        for kind in [ModelKind.poisson, .quasipoisson, .negbin] {
            // Counts exactly on the fitted curve (a constant series) have dispersion 0 up to
            // rounding; quasi-Poisson's standard errors would be that rounding noise (R prints
            // p = 2e-151 for the intercept of twelve weeks of 5).
            if kind == .quasipoisson, pearsonDispersion(basePoisson, y) < 1e-20 {
                notes.append("quasi-Poisson not fitted: the counts lie on the fitted curve (dispersion 0)")
                continue
            }
            do {
                fits.append((kind, try SegmentedRegression.fit(counts: y, breakIndex: breakIndex, model: kind, offset: offset, options: options)))
            } catch {
                if kind == .negbin, case .noOverdispersion = error {
                    notes.append("negative binomial not fitted: no over-dispersion (theta grows without bound)")
                    continue
                }
                throw .model(error)
            }
        }
        guard let chosenFit = fits.first(where: { $0.kind == chosen })?.fit ?? fits.first?.fit else {
            throw .invalid("no trend model could be fitted")
        }
        let series = try band(chosenFit, periods: periods, exposure: exposure, counts: counts, breakIndex: breakIndex)
        if exposure != periods.map(\.days) {
            notes.append("periods covered in part by the data (first or last) enter with the days covered as exposure")
        }
        let derived = try derivedRows(chosenFit, breakIndex: breakIndex, periods: periods)
        return TrendResult(series: series, models: fits, chosen: chosen, chosenBecause: chosenBecause,
                           overdispersion: overdispersion, breakIndex: breakIndex, breakEstimate: breakEstimate,
                           derived: derived, notes: notes)
    }

    static func models<T>(_ body: () throws(ModelError) -> T) throws(AnalysisError) -> T {
        do { return try body() } catch { throw .model(error) }
    }

    static func optionalNegbin(y: [Double], breakIndex: Int?, offset: [Double],
                               options: GeneralizedLinearModel.Options) throws(AnalysisError) -> ModelFit? {
        do { return try SegmentedRegression.fit(counts: y, breakIndex: breakIndex, model: .negbin, offset: offset, options: options) }
        catch { if case .noOverdispersion = error { return nil }; throw .model(error) }
    }

    static func pearsonDispersion(_ fit: ModelFit, _ y: [Double]) -> Double {
        var s = 0.0
        for (obs, mu) in zip(y, fit.fitted) { s += (obs - mu) * (obs - mu) / mu }
        return s / Double(max(1, fit.glance.dfResidual))
    }

    /// LR = 2(ℓ_NB − ℓ_Poisson); θ = ∞ lies on the boundary, so p = ½·P(χ²₁ > LR).
    static func overdispersionTest(poisson: ModelFit, negbin: ModelFit?) throws(AnalysisError) -> TestResult {
        let method = "likelihood-ratio test of over-dispersion (negative binomial against Poisson; boundary: half the chi-square(1) tail)"
        guard let negbin, let l1 = negbin.glance.logLik, let l0 = poisson.glance.logLik else {
            return TestResult(term: "overdispersion", statistic: 0, df: 1, pValue: 1, method: method,
                              n: poisson.glance.n, notes: ["theta grows without bound: no over-dispersion"])
        }
        let lr = max(0, 2 * (l1 - l0))
        let p = try numerics { () throws(NumericsError) in 0.5 * (try ChiSquared.cdf(lr, df: 1, lowerTail: false)) }
        return TestResult(term: "overdispersion", estimate: negbin.glance.theta, statistic: lr, df: 1, pValue: p,
                          method: method + "; estimate is theta", n: poisson.glance.n)
    }

    static func numerics<T>(_ body: () throws(NumericsError) -> T) throws(AnalysisError) -> T {
        do { return try body() } catch { throw .model(.numerics(error)) }
    }

    /// The fitted counts and their Wald band on the log scale.
    static func band(_ fit: ModelFit, periods: [Period], exposure: [Int], counts: [Int], breakIndex: Int?) throws(AnalysisError) -> [TrendPoint] {
        let q = try models { () throws(ModelError) in try fit.criticalValue() }
        var points: [TrendPoint] = []
        for (t, period) in periods.enumerated() {
            let x = SegmentedRegression.row(time: Double(t), breakIndex: breakIndex)
            let (eta, se) = try models { () throws(ModelError) in try fit.linearCombination(x) }
            let logDays = log(Double(exposure[t]))
            points.append(TrendPoint(period: period, n: counts[t], fitted: exp(logDays + eta),
                                     fitLow: exp(logDays + eta - q * se), fitHigh: exp(logDays + eta + q * se),
                                     exposureDays: exposure[t]))
        }
        return points
    }

    /// Growth per period and doubling time (before and after the break, or overall), and the
    /// rate ratio of the break period against the period before it.
    static func derivedRows(_ fit: ModelFit, breakIndex: Int?, periods: [Period]) throws(AnalysisError) -> [TrendDerived] {
        try models { () throws(ModelError) in
            guard let k = breakIndex else {
                return [TrendDerived(segment: "all", result: try DerivedQuantities.growthPerPeriod(fit)),
                        TrendDerived(segment: "all", result: try DerivedQuantities.doublingPeriods(fit))]
            }
            let after: [String: Double] = ["time": 1, "slope_change": 1]
            return [
                TrendDerived(segment: "before", result: try DerivedQuantities.growthPerPeriod(fit)),
                TrendDerived(segment: "after", result: try DerivedQuantities.growthPerPeriod(fit, combination: after)),
                TrendDerived(segment: "before", result: try DerivedQuantities.doublingPeriods(fit)),
                TrendDerived(segment: "after", result: try DerivedQuantities.doublingPeriods(fit, combination: after)),
                TrendDerived(segment: "break", result: try DerivedQuantities.rateRatio(fit, laterTime: Double(k), earlierTime: Double(k - 1), breakIndex: k)),
            ]
        }
    }
}
