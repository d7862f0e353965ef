import Foundation

/// Seasonal columns for a trend design (Bernal, Cummins & Gasparrini 2017, "Interrupted time
/// series regression for the evaluation of public health interventions: a tutorial", Int J
/// Epidemiol 46:348–355, which adjusts for season by Fourier terms or month indicators).
public enum SeasonalTerms {
    /// The seasonal cycle in periods: 52.18 weeks (DESIGN.md; 365.25 / 7 = 52.179 rounded) or 12 months.
    public static let weeksPerYear = 52.18
    public static let monthsPerYear = 12.0

    /// `sin_1, cos_1, …, sin_K, cos_K` at time t = 0, 1, …: sin(2π k t / cycle), cos(2π k t / cycle).
    /// K must satisfy 2K < cycle (higher harmonics alias lower ones).
    public static func fourier(periods: Int, harmonics: Int, cycle: Double) throws(ModelError) -> [(name: String, values: [Double])] {
        guard harmonics >= 1, Double(2 * harmonics) < cycle else {
            throw .invalidInput("fourier:\(harmonics): expected 1 ≤ K < \(cycle / 2) harmonics for a cycle of \(cycle) periods")
        }
        var columns: [(name: String, values: [Double])] = []
        for k in 1...harmonics {
            let w = 2 * Double.pi * Double(k) / cycle
            columns.append(("sin_\(k)", (0..<periods).map { sin(w * Double($0)) }))
            columns.append(("cos_\(k)", (0..<periods).map { cos(w * Double($0)) }))
        }
        return columns
    }

    /// Month-of-year indicators `month_MM` (1 in the periods of month MM, else 0) for every month
    /// that occurs in the series except the first in calendar order (the reference level, as R's
    /// treatment contrasts of `factor(month)`): `month_02 … month_12` when January is present.
    /// `months`: the month (1…12) of each period; `levelsFrom`: how many leading periods decide
    /// the levels (default all: with a complete-through date, the fitted ones, so that a month seen
    /// only in the projected periods adds no all-zero column to the fit).
    public static func months(_ months: [Int], levelsFrom: Int? = nil) throws(ModelError) -> [(name: String, values: [Double])] {
        guard months.allSatisfy({ (1...12).contains($0) }) else { throw .invalidInput("month of year outside 1...12") }
        let levels = Set(months.prefix(levelsFrom ?? months.count)).sorted()
        guard levels.count >= 2 else { throw .invalidInput("month-of-year terms need at least two different months in the series") }
        return levels.dropFirst().map { m in
            (String(format: "month_%02d", m), months.map { $0 == m ? 1.0 : 0.0 })
        }
    }
}
