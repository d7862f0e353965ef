import CourtstatData
import CourtstatInference
import CourtstatNumerics
import CourtstatModels
import CourtstatStatus
import Foundation

/// The trend of counts per period (DESIGN.md `trend`): fits, the model chosen, the derived
/// quantities, as a `TrendResult`.
public enum TrendAnalysis {
    /// Fits the trend of a single series of counts per period. The models use log(days) of each
    /// period as offset, so coefficients are on the scale of cases per day and months of unequal
    /// length are compared fairly: exp(intercept) is the expected number per day at time 0.
    /// `exposureDays`: the days of each period the data cover (the first and last period of a
    /// collection are often covered in part); the offset is log of these, so a partial period's
    /// count is compared with a partial period's expectation. Default: every period whole.
    /// `exposure`: another exposure (log of it is the offset instead of log days).
    /// `season`: seasonal terms after the break terms. `standardErrors`: `.hac` gives every
    /// model Newey–West standard errors (terms keep the model's in std_error_model; the band and
    /// derived quantities use HAC). `completeThrough`: periods ending after this date are
    /// reported as incomplete and left out of every fit (their fitted value is a projection).
    public static func analyze(periods: [Period], counts: [Int], exposureDays: [Int]? = nil,
                               breakChoice: TrendBreak = .mobilisation,
                               confLevel: Double = 0.95, season: TrendSeason = .none,
                               standardErrors: TrendStandardErrors = .model, completeThrough: CivilDate? = nil,
                               exposure customExposure: TrendExposure? = nil) throws(AnalysisError) -> TrendResult {
        guard periods.count == counts.count, !periods.isEmpty else {
            throw .invalid("the trend needs a series of counts, one per period")
        }
        let exposure = exposureDays ?? periods.map(\.days)
        guard exposure.count == periods.count, exposure.allSatisfy({ $0 > 0 }) else {
            throw .invalid("every period needs at least one day of exposure")
        }
        var offsetAll = exposure.map { log(Double($0)) }
        if let customExposure {
            guard customExposure.values.count == periods.count else {
                throw .invalid("\(parameter: "exposure") \(customExposure.name): \(customExposure.values.count) values for \(periods.count) periods")
            }
            if let i = customExposure.values.firstIndex(where: { !($0 > 0) || !$0.isFinite }) {
                throw .invalid("\(parameter: "exposure") \(customExposure.name): period \(periods[i]) has \(customExposure.values[i]); expected a positive number (its log is the offset)")
            }
            offsetAll = customExposure.values.map { log($0) }
        }
        // The complete periods: every period ending on or before the date.
        var m = periods.count
        if let completeThrough {
            m = periods.prefix { $0.end <= completeThrough }.count
        }
        guard m >= 4 else {
            throw .invalid("a trend needs at least 4 periods; the series has \(m)\(m < periods.count ? " complete ones (\(parameter: "completeThrough"))" as Wording : "")")
        }
        guard counts.prefix(m).contains(where: { $0 > 0 }) else {
            throw .invalid("every period has 0 cases; there is no trend to fit")
        }
        let y = counts.prefix(m).map(Double.init)
        let offset = Array(offsetAll.prefix(m))
        let options = GeneralizedLinearModel.Options(confLevel: confLevel)
        var notes: [String] = []
        let seasonalAll = try models { () throws(ModelError) in try season.columns(periods, fitted: m) }
        let seasonal = seasonalAll.map { (name: $0.name, values: Array($0.values.prefix(m))) }
        let fitPeriods = Array(periods.prefix(m))

        // The breaks.
        var breakIndices: [Int] = []
        var breakEstimate: BreakEstimate?
        var breaksEstimate: MultipleBreakEstimate?
        func profileModel() throws(AnalysisError) -> ModelKind {
            // The profile uses the negative binomial when the series without a break is over-dispersed,
            // so that the likelihood-ratio set is not made too narrow by extra-Poisson variation.
            let plain = try models { () throws(ModelError) in try SegmentedRegression.fit(counts: y, breakIndices: [], seasonal: seasonal, model: .poisson, offset: offset, options: options) }
            let plainTest = try overdispersionTest(poisson: plain, negbin: try optionalNegbin(y: y, breakIndices: [], seasonal: seasonal, offset: offset, options: options))
            return (plainTest.pValue ?? 1) < 1 - confLevel ? .negbin : .poisson
        }
        switch breakChoice {
        case .none: break
        case let .date(date, explicit):
            if let k = fitPeriods.firstIndex(where: { $0.contains(date) }), k >= 2, m - k >= 2 {
                breakIndices = [k]
            } else if explicit {
                throw .invalidArgument(parameter: "breakChoice", expected: "a date at least two periods inside the series \(fitPeriods.first!.start)..\(fitPeriods.last!.end)", found: "\(date)")
            } else {
                notes.append("the mobilisation decree (2022-09-21) is not at least two periods inside the series; fitted without a break")
            }
        case let .dates(dates):
            for date in dates.sorted() {
                guard let k = fitPeriods.firstIndex(where: { $0.contains(date) }) else {
                    throw .invalidArgument(parameter: "breakChoice", expected: "dates inside the series \(fitPeriods.first!.start)..\(fitPeriods.last!.end)", found: "\(date)")
                }
                breakIndices.append(k)
            }
            var previous = 0
            for k in breakIndices {
                guard k - previous >= 2, m - k >= 2 else {
                    throw .invalidArgument(parameter: "breakChoice", expected: "dates with at least two periods before each break and two from it on (in \(fitPeriods.first!.start)..\(fitPeriods.last!.end))",
                                           found: dates.map(\.description).joined(separator: ","))
                }
                previous = k
            }
        case .estimate where seasonal.isEmpty:
            guard m >= 5 else { throw .invalid("estimating a break needs at least 5 periods") }
            let model = try profileModel()
            let estimate = try models { () throws(ModelError) in
                try SegmentedRegression.estimateBreak(counts: y, model: model, offset: offset, confLevel: confLevel, options: options)
            }
            breakIndices = [estimate.breakIndex]
            breakEstimate = estimate
            notes.append("break estimated by profile likelihood at \(periods[estimate.breakIndex]) (likelihood-ratio set \(periods[estimate.confLow])..\(periods[estimate.confHigh]), approximate)")
        case .estimate, .estimateUpTo:
            var maxBreaks = 1
            if case let .estimateUpTo(k) = breakChoice { maxBreaks = k }
            guard m >= 2 * (maxBreaks + 1) + 1 else {
                throw .invalidArgument(parameter: "maxBreaks", expected: "at most \((m - 1) / 2 - 1) breaks for \(m) periods (two per segment)", found: "\(maxBreaks)")
            }
            let model = try profileModel()
            let estimate = try models { () throws(ModelError) in
                try SegmentedRegression.estimateBreaks(counts: y, maxBreaks: maxBreaks, model: model, offset: offset,
                                                       seasonal: seasonal, confLevel: confLevel, options: options)
            }
            breakIndices = estimate.breaks
            breaksEstimate = estimate
            let bics = estimate.candidates.map { "\($0.breaks.count): \(ClaimText.number($0.bic))" }.joined(separator: ", ")
            for (k, set) in zip(estimate.breaks, estimate.confidenceSets) {
                notes.append("break estimated by profile likelihood at \(periods[k]) (likelihood-ratio set \(set.map { periods[$0].description }.joined(separator: ", ")), approximate)")
            }
            notes.append("number of breaks chosen by BIC (breaks: BIC) \(bics)")
            notes.append(contentsOf: estimate.notes)
        }
        let breakIndex = breakIndices.first

        // The over-dispersion test on the final design (with its breaks) decides the family.
        let basePoisson = try models { () throws(ModelError) in try SegmentedRegression.fit(counts: y, breakIndices: breakIndices, seasonal: seasonal, model: .poisson, offset: offset, options: options) }
        let baseNB: ModelFit? = try optionalNegbin(y: y, breakIndices: breakIndices, seasonal: seasonal, offset: offset, options: options)
        let overdispersion = try overdispersionTest(poisson: basePoisson, negbin: baseNB)
        let chosen: ModelKind = (overdispersion.pValue ?? 1) < 1 - confLevel ? .negbin : .poisson
        let chosenBecause = chosen == .negbin
            ? "negative binomial: the counts are over-dispersed (likelihood-ratio test against Poisson, p = \(ClaimText.number(overdispersion.pValue!)); Pearson dispersion \(ClaimText.number(pearsonDispersion(basePoisson, y)))), so Poisson's standard errors would be too small"
            : "Poisson: no significant over-dispersion (likelihood-ratio test against the negative binomial, p = \(ClaimText.number(overdispersion.pValue ?? 1)))"

        var hacLag: Int? = nil
        if case let .hac(lag) = standardErrors {
            let l = lag ?? NeweyWest.defaultLag(n: m)
            guard l >= 0, l < m else { throw .invalidArgument(parameter: "lag", expected: "a lag from 0 to \(m - 1) (the number of fitted periods minus 1)", found: "\(l)") }
            hacLag = l
        }
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
                var fit = try SegmentedRegression.fit(counts: y, breakIndices: breakIndices, seasonal: seasonal, model: kind, offset: offset, options: options)
                if let hacLag { fit = try fit.withNeweyWest(y: y, lag: hacLag) }
                fits.append((kind, fit))
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
        let diagnostics = try fits.map { (entry) throws(AnalysisError) -> [DiagnosticTest] in
            try models { () throws(ModelError) in try ModelDiagnostics.tests(entry.fit, y: y) }
        }
        let fullDesign = try models { () throws(ModelError) in
            try SegmentedRegression.design(periods: periods.count, breakIndices: breakIndices, seasonal: seasonalAll)
        }
        var series = try band(chosenFit, design: fullDesign, periods: periods, exposure: exposure, offset: offsetAll, counts: counts)
        for t in m..<periods.count { series[t].complete = false }
        if m < periods.count {
            notes.append("\(periods.count - m) period(s) after \(completeThrough!) (\(periods[m])…\(periods.last!)) are incomplete: reported, left out of every fit; their fitted values are projections")
        }
        if customExposure == nil, exposure != periods.map(\.days) {
            notes.append("periods covered in part by the data (first or last) enter with the days covered as exposure")
        }
        let lackOfFit = try TrendLackOfFit.check(chosenFit, y: y, periods: fitPeriods, confLevel: confLevel)
        if let lackOfFit, lackOfFit.flagged { notes.append(lackOfFit.note) }
        let derived = breakIndices.count <= 1 && seasonal.isEmpty
            ? try derivedRows(chosenFit, breakIndex: breakIndex, periods: periods)
            : try segmentDerivedRows(chosenFit, breakIndices: breakIndices)
        var result = TrendResult(series: series, models: fits, chosen: chosen, chosenBecause: chosenBecause,
                                 overdispersion: overdispersion, breakIndex: breakIndex, breakEstimate: breakEstimate,
                                 derived: derived, notes: notes)
        result.breakIndices = breakIndices
        result.breaksEstimate = breaksEstimate
        result.season = season
        result.hacLag = hacLag
        result.diagnostics = diagnostics
        result.lackOfFit = lackOfFit
        result.completeThrough = completeThrough
        result.exposureName = customExposure?.name
        return result
    }

    static func models<T>(_ body: () throws(ModelError) -> T) throws(AnalysisError) -> T {
        do { return try body() } catch { throw .model(error) }
    }

    static func optionalNegbin(y: [Double], breakIndices: [Int], seasonal: [(name: String, values: [Double])],
                               offset: [Double], options: GeneralizedLinearModel.Options) throws(AnalysisError) -> ModelFit? {
        do { return try SegmentedRegression.fit(counts: y, breakIndices: breakIndices, seasonal: seasonal, model: .negbin, offset: offset, options: options) }
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

    /// The fitted counts and their Wald band on the log scale, for every period of `design`
    /// (projections beyond the fitted ones).
    static func band(_ fit: ModelFit, design: Design, periods: [Period], exposure: [Int], offset: [Double],
                     counts: [Int]) throws(AnalysisError) -> [TrendPoint] {
        let q = try models { () throws(ModelError) in try fit.criticalValue() }
        var points: [TrendPoint] = []
        for (t, period) in periods.enumerated() {
            let (eta, se) = try models { () throws(ModelError) in try fit.linearCombination(design.row(t)) }
            points.append(TrendPoint(period: period, n: counts[t], fitted: exp(offset[t] + eta),
                                     fitLow: exp(offset[t] + eta - q * se), fitHigh: exp(offset[t] + eta + q * se),
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

    /// The name of segment s (0-based) of a fit with `breaks` breaks: all (none), before and
    /// after (one), segment_1 … segment_{B+1} (several).
    public static func segmentName(_ s: Int, breaks: Int) -> String {
        switch breaks {
        case 0: "all"
        case 1: s == 0 ? "before" : "after"
        default: "segment_\(s + 1)"
        }
    }

    /// The name of break j (0-based): break (one), break_1 … (several).
    public static func breakName(_ j: Int, breaks: Int) -> String { breaks == 1 ? "break" : "break_\(j + 1)" }

    /// Growth per period and doubling time in every segment (time plus the slope changes of the
    /// breaks before it) and the rate ratio at each break (its period against the one before, on
    /// the trend terms only: seasonal terms are held fixed, so the ratio is the break's level and
    /// slope change, not the season's).
    static func segmentDerivedRows(_ fit: ModelFit, breakIndices: [Int]) throws(AnalysisError) -> [TrendDerived] {
        try models { () throws(ModelError) in
            let b = breakIndices.count
            var combinations: [[String: Double]] = [["time": 1]]
            for j in 0..<b { var c = combinations[j]; c[SegmentedRegression.breakTermNames(j + 1).slope] = 1; combinations.append(c) }
            var rows: [TrendDerived] = []
            for (s, c) in combinations.enumerated() {
                rows.append(TrendDerived(segment: segmentName(s, breaks: b), result: try DerivedQuantities.growthPerPeriod(fit, combination: c)))
            }
            for (s, c) in combinations.enumerated() {
                rows.append(TrendDerived(segment: segmentName(s, breaks: b), result: try DerivedQuantities.doublingPeriods(fit, combination: c)))
            }
            let p = fit.coefficients.count
            func trendRow(_ t: Double) -> [Double] {
                var row = [1, t]
                for k in breakIndices.map(Double.init) { row += t >= k ? [1, t - k] : [0, 0] }
                return row + Array(repeating: 0, count: p - row.count)
            }
            for (j, k) in breakIndices.enumerated() {
                rows.append(TrendDerived(segment: breakName(j, breaks: b), result: try DerivedQuantities.rateRatio(
                    fit, later: trendRow(Double(k)), earlier: trendRow(Double(k - 1)),
                    label: "period \(k) vs period \(k - 1), trend terms only")))
            }
            return rows
        }
    }
}
