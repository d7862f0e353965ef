/// The two samples of a rank-sum test, sorted once, so that the statistic at any shift d of the
/// first sample costs one merge, O(m + n), instead of a rank of the pooled sample.
struct RankSumSamples {
    let x: [Double], y: [Double]

    init(x: [Double], y: [Double]) {
        self.x = x.sorted(); self.y = y.sorted()
    }

    /// For the pooled sample (x − d, y): W = Σ rank(x − d) − m(m + 1)/2, which equals
    /// #{x_i − d > y_j} + ½·#{x_i − d = y_j} (mid-ranks for ties), and Σ(t³ − t) over the tie
    /// groups of the pooled sample (for the variance's tie correction).
    func statistic(shift d: Double) -> (w: Double, tieSum: Double) {
        var w = 0.0, tieSum = 0.0
        var i = 0, j = 0
        while i < x.count || j < y.count {
            let xv = i < x.count ? x[i] - d : .infinity
            let yv = j < y.count ? y[j] : .infinity
            let v = min(xv, yv)
            var cx = 0, cy = 0
            while i < x.count && x[i] - d == v { cx += 1; i += 1 }
            while j < y.count && y[j] == v { cy += 1; j += 1 }
            // The cy equal y's were counted in j already; those strictly below are j − cy.
            w += Double(cx) * (Double(j - cy) + 0.5 * Double(cy))
            let t = Double(cx + cy)
            tieSum += t * t * t - t
        }
        return (w, tieSum)
    }

    /// The pairwise difference x_i − y_j nearest to `d` (the jump points of the statistic).
    func nearestDifference(to d: Double) -> Double {
        var best = d, bestDistance = Double.infinity
        for xi in x {
            let target = xi - d
            // First y ≥ target.
            var lo = 0, hi = y.count
            while lo < hi { let mid = (lo + hi) / 2; if y[mid] < target { lo = mid + 1 } else { hi = mid } }
            for k in [lo - 1, lo] where k >= 0 && k < y.count {
                let candidate = xi - y[k]
                if abs(candidate - d) < bestDistance { bestDistance = abs(candidate - d); best = candidate }
            }
        }
        return best
    }
}
