/// Counts per day and group over a window of days that grows as dates arrive, in one flat
/// array (group g, day d at g × width + d − lo), so that adding a case costs one index
/// computation and one increment.
struct DayCounts {
    private(set) var lo = 0, hi = 0
    private(set) var groupCount = 0
    private var counts: [Int] = []

    @inline(__always)
    mutating func add(day: Int, group: Int) {
        if day < lo || day >= hi || group >= groupCount { grow(to: day, groups: group + 1) }
        counts[group &* (hi &- lo) &+ (day &- lo)] &+= 1
    }

    /// The first and last day with a count ((Int.max, Int.min) when there is none); found when
    /// asked rather than kept up to date on every case, so callers ask once.
    var dayRange: (first: Int, last: Int) {
        let width = hi - lo
        func counted(_ d: Int) -> Bool { (0..<groupCount).contains { counts[$0 * width + d] != 0 } }
        guard let first = (0..<width).first(where: counted), let last = (0..<width).last(where: counted) else {
            return (Int.max, Int.min)
        }
        return (lo + first, lo + last)
    }

    /// Widens the window to hold `day` (doubling, so that a file in date order grows it only
    /// a few times) and makes room for at least `groups` groups.
    mutating func grow(to day: Int, groups: Int) {
        var newLo = lo, newHi = hi
        if hi == lo { newLo = day - 512; newHi = day + 512 } else if day < lo || day >= hi {
            let width = hi - lo
            newLo = day < lo ? min(day, lo - width) : lo
            newHi = day >= hi ? max(day + 1, hi + width) : hi
        }
        let newGroups = max(groupCount, groups)
        let oldWidth = hi - lo, newWidth = newHi - newLo
        var grown = [Int](repeating: 0, count: newGroups * newWidth)
        for g in 0..<groupCount {
            for i in 0..<oldWidth { grown[g * newWidth + lo - newLo + i] = counts[g * oldWidth + i] }
        }
        counts = grown
        lo = newLo; hi = newHi; groupCount = newGroups
    }

    /// Adds every group g of `other` to group `targets[g]` of these counts.
    mutating func add(_ other: DayCounts, into targets: [Int]) {
        let (first, last) = other.dayRange
        guard first <= last, let top = targets.prefix(other.groupCount).max() else { return }
        if first < lo || first >= hi || top >= groupCount { grow(to: first, groups: top + 1) }
        if last >= hi { grow(to: last, groups: top + 1) }
        let width = hi - lo, otherWidth = other.hi - other.lo
        for (g, target) in targets.prefix(other.groupCount).enumerated() {
            for day in first...last {
                counts[target * width + day - lo] += other.counts[g * otherWidth + day - other.lo]
            }
        }
    }

    /// The count of `group` over the days `from...through`.
    func sum(group: Int, from: Int, through: Int) -> Int {
        guard group < groupCount else { return 0 }
        let a = max(from, lo), b = min(through, hi - 1)
        guard a <= b else { return 0 }
        let base = group * (hi - lo) - lo
        return counts[(base + a)...(base + b)].reduce(0, +)
    }
}
