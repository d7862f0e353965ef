import CourtstatData

/// Parameters checked and prepared for drawing: dates as day numbers, weights in a fixed (sorted)
/// order so that the same seed gives the same file, schedules sorted by date.
struct SimulationModel {
    struct Schedule<T> {
        var from: [Int] = []
        var values: [T] = []
        /// The entry in force on `day`, or nil before the first.
        func at(_ day: Int) -> T? {
            var k = -1
            for (i, f) in from.enumerated() where f <= day { k = i }
            return k < 0 ? nil : values[k]
        }
    }
    struct Categorical {
        var names: [String]
        var cumulative: [Double]           // normalised, last = 1
        func draw(_ u: Double) -> Int {
            for (i, c) in cumulative.enumerated() where u < c { return i }
            return cumulative.count - 1
        }
    }
    struct Rate { var perWeek: Double; var growth: Double; var from: Int }
    struct Article { var name: String; var rates: Schedule<Rate>; var parts: Schedule<Categorical> }
    struct Sentencing { var dismissed: Double; var acquitted: Double; var convictions: Categorical }
    struct Term { var shape: Double; var scale: Double; var min: Double; var max: Double }

    var start: Int, end: Int, asOf: Int
    var scale: Double
    var prefix: String
    var weekdayFactor: [Double]           // Monday … Sunday, mean 1
    var articles: [Article]
    var statusMix: Schedule<Categorical>
    /// Sentencing schedules by status (in `DefendantStatus.allCases` order), each already
    /// falling back to the general schedule.
    var sentencing: [Schedule<Sentencing>]
    /// Custodial types by status (same order).
    var custodialTypes: [Categorical]
    var outcomeUnknown: Double
    /// Term distributions by sentence type, article and status (allCases orders).
    var terms: [[[Term?]]]
    var delayShape: Double, delayScale: Double, delayMin: Int
    var courts: Categorical, courtRegions: [String]
}
