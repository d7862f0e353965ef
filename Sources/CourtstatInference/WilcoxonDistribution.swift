/// The exact null distribution of the Mann–Whitney statistic W (the rank sum of the first sample
/// minus m(m + 1)/2) for samples of m and n without ties (R: dwilcox, pwilcox, qwilcox).
///
/// Frequencies come from the recursion c(u; i, j) = c(u − j; i − 1, j) + c(u; i, j − 1) (the
/// largest observation is from the first sample or not), which only adds, so tail counts are
/// exact in double precision; R's cwilcox uses the same recursion.
struct WilcoxonDistribution {
    let m: Int, n: Int
    /// counts[u] = number of arrangements with W = u, u = 0...mn.
    let counts: [Double]
    let total: Double

    init(m: Int, n: Int) {
        self.m = m; self.n = n
        // previous[j] holds the counts for (i − 1, j); current[j] for (i, j).
        var previous = [[Double]](repeating: [1], count: n + 1)   // i = 0: W = 0 only
        for i in 1...max(m, 1) where m > 0 {
            var current = [[Double]]()
            current.reserveCapacity(n + 1)
            current.append([1])                                      // j = 0: W = 0 only
            for j in 1...max(n, 1) where n > 0 {
                var row = [Double](repeating: 0, count: i * j + 1)
                for (u, c) in previous[j].enumerated() { row[u + j] += c }   // largest is from sample 1
                for (u, c) in current[j - 1].enumerated() { row[u] += c }    // largest is from sample 2
                current.append(row)
            }
            previous = current
        }
        counts = previous[n]
        total = counts.reduce(0, +)
    }

    /// P(W ≤ q) (lowerTail) or P(W > q), summing the shorter tail as R's pwilcox.
    func cdf(_ q: Double, lowerTail: Bool = true) -> Double {
        let q = (q + 1e-7).rounded(.down)
        let mn = Double(m * n)
        if q < 0 { return lowerTail ? 0 : 1 }
        if q >= mn { return lowerTail ? 1 : 0 }
        var p = 0.0
        if q <= mn / 2 {
            for i in 0...Int(q) { p += counts[i] / total }
            return lowerTail ? p : 1 - p
        } else {
            let upperStart = Int(mn - q)
            for i in 0..<upperStart { p += counts[i] / total }
            return lowerTail ? 1 - p : p
        }
    }

    /// R's qwilcox(p, m, n): the smallest q with P(W ≤ q) ≥ p, with R's 10·ε fuzz.
    func quantile(_ x: Double) -> Int {
        var p = 0.0, q = 0
        if x <= 0.5 {
            let target = x - 10 * .ulpOfOne
            while true { p += counts[q] / total; if p >= target { break }; q += 1 }
            return q
        } else {
            let target = 1 - x + 10 * .ulpOfOne
            while true { p += counts[q] / total; if p > target { return m * n - q }; q += 1 }
        }
    }
}
