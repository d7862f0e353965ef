import CourtstatData
import CourtstatInference

/// The share of each group's convicted defendants whose sentence has the outcome (custodial by
/// default), per calendar quarter of the decision date, each with its Wilson score interval.
///
/// The share is of the convicted only (`SentenceType.isConviction`: custodial, suspended or fine);
/// pending, acquitted, dismissed and unknown cases and cases without a sentence are not counted.
/// The interval is Wilson's score interval without continuity correction (`wilsonInterval`, R's
/// `prop.test(x, n, correct = FALSE)`) at `confLevel`. A quarter in which a group has no convicted
/// case has no share for that group.
public struct QuarterlyShares: Sendable {
    /// One group's share in one quarter.
    public struct Share: Sendable {
        /// The calendar quarter of the decision dates.
        public var quarter: Period
        /// Convicted defendants of the group decided in the quarter (n).
        public var convicted: Int
        /// Of those, the ones whose sentence has the outcome (x).
        public var withOutcome: Int
        /// x/n as `estimate`, with the Wilson limits as `confLow` and `confHigh` (fractions, not percent).
        public var interval: TestResult
    }

    /// One group's shares, quarter by quarter in time order.
    public struct Group: Sendable {
        /// The group's value (e.g. `mobilized`).
        public var name: String
        /// The quarters in which the group has a convicted case, in time order.
        public var shares: [Share]
        /// The group's convicted defendants over all quarters.
        public var convicted: Int { shares.reduce(0) { $0 + $1.convicted } }
    }

    /// The outcome whose share is counted.
    public var outcome: CompareOutcome
    /// The confidence level of the intervals.
    public var confLevel: Double
    /// Group a, then group b.
    public var groups: [Group]
    /// Every quarter in which either group has a convicted case, in time order.
    public var quarters: [Period]

    /// The shares of the cases' groups a (`inA`) and b, named `groupA` and `groupB`. Throws when
    /// the interval cannot be computed (a confidence level outside (0, 1)).
    public init(_ cases: [CompareCase], groupA: String, groupB: String, outcome: CompareOutcome = .custodial,
                confLevel: Double = 0.95) throws(InferenceError) {
        self.outcome = outcome
        self.confLevel = confLevel
        var counts: [(name: String, byQuarter: [Int: (x: Int, n: Int)])] = []
        for (inA, name) in [(true, groupA), (false, groupB)] {
            var byQuarter: [Int: (x: Int, n: Int)] = [:]        // by CivilDate.quarterIndex
            for c in cases where c.inA == inA {
                guard let s = c.sentence, s.isConviction else { continue }
                let key = c.date.quarterIndex
                var v = byQuarter[key] ?? (0, 0)
                v.n += 1
                if outcome.holds(s) { v.x += 1 }
                byQuarter[key] = v
            }
            counts.append((name, byQuarter))
        }
        quarters = Set(counts.flatMap { $0.byQuarter.keys }).sorted().map { Period(quarterIndex: $0) }
        groups = []
        for (name, byQuarter) in counts {
            var shares: [Share] = []
            for key in byQuarter.keys.sorted() {
                let (x, n) = byQuarter[key]!
                shares.append(Share(quarter: Period(quarterIndex: key), convicted: n, withOutcome: x,
                                    interval: try wilsonInterval(x: x, n: n, confLevel: confLevel)))
            }
            groups.append(Group(name: name, shares: shares))
        }
    }
}
