/// The distribution of sentence lengths (`sentence_months`) in each of two groups, as counts and
/// percentages in bins of `width` months: bin b holds the lengths from b·width up to but not
/// including (b + 1)·width. Counted are the group's custodial sentences (or, with `custodialOnly`
/// false, all its convictions) that have a length; every group has the same bins, from 0 to the
/// bin of the longest sentence in either group.
public struct SentenceLengthBins: Sendable {
    /// One group's distribution.
    public struct Group: Sendable {
        /// The group's value (e.g. `mobilized`).
        public var name: String
        /// The group's sentences with a length (the percentages' denominator).
        public var sentences: Int
        /// Sentences in each bin, bin 0 first.
        public var counts: [Int]
        /// The bin's share of the group's sentences, in percent (0 for a group without sentences).
        public var percents: [Double]
    }

    /// The bins' width in months.
    public var width: Double
    /// Whether only custodial sentences are counted.
    public var custodialOnly: Bool
    /// Group a, then group b.
    public var groups: [Group]

    /// The distributions of the cases' groups a (`inA`) and b, named `groupA` and `groupB`.
    public init(_ cases: [CompareCase], groupA: String, groupB: String, custodialOnly: Bool = true, width: Double = 6) {
        self.width = width
        self.custodialOnly = custodialOnly
        let lengths = [(true, groupA), (false, groupB)].map { inA, name in
            (name, cases.filter { $0.inA == inA && ($0.sentence.map { custodialOnly ? $0.isCustodial : $0.isConviction } ?? false) }
                .compactMap(\.months))
        }
        var top = 0
        for (_, months) in lengths { for m in months { top = max(top, Int((m / width).rounded(.down))) } }
        groups = lengths.map { name, months in
            var bins: [Int: Int] = [:]
            for m in months { bins[Int((m / width).rounded(.down)), default: 0] += 1 }
            let counts = (0...top).map { bins[$0] ?? 0 }
            let percents = (0...top).map { b in months.isEmpty ? 0 : Double(bins[b] ?? 0) / Double(months.count) * 100 }
            return Group(name: name, sentences: months.count, counts: counts, percents: percents)
        }
    }
}
