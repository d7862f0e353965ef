import CourtstatNumerics
import Foundation

/// A one-parameter discrete family on a search scale t (logit p, log mean, log odds ratio), the
/// observed outcome x, and where to look: tMin...tMax, with tEstimate a point where the
/// p-value is large (the estimate; for x at an end of the support, the matching end of the scale).
struct DiscreteFamily {
    let law: (Double) throws(NumericsError) -> any DiscreteLaw
    let x: Int
    let lo: Int
    /// The outcomes above x (for Poisson, an upper bound on those that can count against x at t).
    let outcomesAbove: (Double) -> Double
    let tMin: Double, tMax: Double
    let tEstimate: Double
    let atLowerEnd: Bool, atUpperEnd: Bool
}

/// The interval that inverts a test: the convex hull of {t : p(t) > α} on the search scale
/// (as exactci and exact2x2 report it), and whether that set has a gap (is not an interval).
/// -∞ / +∞ stand for the ends of the parameter range (x at an end of the support, one-sided).
///
/// How it is found: the p-value as a function of t is smooth wherever the set of outcomes it
/// sums (`SignedPValue.signature`) does not change, and that set changes monotonically in t
/// (each tail's ratio to the observed one is monotone in the parameter), so t splits into
/// pieces. Below the estimate, every t with K·F̄(x; t) ≤ α is rejected (K bounds how many
/// outcomes can count against x), which brackets the lower limit; the pieces are then walked
/// upward, each sampled at its ends and 7 inner points, until the p-value first exceeds α; that
/// crossing (a root inside a piece, or a jump at a piece's start) is bisected to the last bit.
/// The upper limit is found the same way from above. After the crossing the walk continues
/// (up to 200 pieces) looking for p ≤ α again, which would mean a gap.
func matchingInterval(_ family: DiscreteFamily, alternative: Alternative, method: TwoSidedMethod,
                      midp: Bool, alpha: Double) throws(NumericsError) -> (low: Double, high: Double, gap: Bool) {
    let x = family.x
    func p(_ t: Double) throws(NumericsError) -> SignedPValue {
        try family.law(t).pValue(x, alternative: alternative, method: method, midp: midp)
    }
    let twoSidedMinlike = alternative == .twoSided && method == .minlike
    var centre = min(max(family.tEstimate, family.tMin), family.tMax)
    // At an end of the support the estimate is the end of the scale: step from the given point
    // toward it until the p-value is large.
    if family.atLowerEnd != family.atUpperEnd {
        let direction = family.atLowerEnd ? -1.0 : 1.0
        var step = 1.0
        while try p(centre).p <= 0.5, abs(centre) < 700 { centre += direction * step; step *= 2 }
        centre = min(max(centre, family.tMin), family.tMax)
    }
    var gap = false
    var low = -Double.infinity, high = Double.infinity

    if !family.atLowerEnd && alternative != .less {
        let k = twoSidedMinlike ? Double(x - family.lo + 2) : 2.5
        let start = try bracket(from: centre, direction: -1, limit: family.tMin) { t throws(NumericsError) in
            k * (try family.law(t).sf(x)) <= alpha
        }
        let found = try scan(from: start, to: centre, alpha: alpha, p)
        low = found.entry ?? centre
        gap = gap || found.gap
    }
    if !family.atUpperEnd && alternative != .greater {
        let start = try bracket(from: centre, direction: 1, limit: family.tMax) { t throws(NumericsError) in
            let k = twoSidedMinlike ? family.outcomesAbove(t) + 2 : 2.5
            return k * (try family.law(t).cdf(x)) <= alpha
        }
        let found = try scan(from: start, to: centre, alpha: alpha, p)
        high = found.entry ?? centre
        gap = gap || found.gap
    }
    return (low, high, gap)
}

/// Steps from `from` in `direction` (1, 2, 4, … units) until `done` holds or `limit` is reached,
/// then bisects back to within 1e-3 of where `done` starts to hold (it holds from there on).
private func bracket(from: Double, direction: Double, limit: Double,
                     _ done: (Double) throws(NumericsError) -> Bool) throws(NumericsError) -> Double {
    var step = 1.0, previous = from
    while true {
        var t = from + direction * step
        if direction < 0 ? t <= limit : t >= limit {
            t = limit
            if !(try done(t)) { return limit }
        }
        if try done(t) {
            var notDone = previous, isDone = t
            while abs(isDone - notDone) > 1e-3 {
                let mid = notDone + (isDone - notDone) / 2
                if try done(mid) { isDone = mid } else { notDone = mid }
            }
            return isDone
        }
        previous = t
        step *= 2
    }
}

/// Walks from `a` (rejected: p ≤ α) toward `b`, piece by piece, to the first t with p(t) > α.
private func scan(from a: Double, to b: Double, alpha: Double,
                  _ p: (Double) throws(NumericsError) -> SignedPValue) throws(NumericsError) -> (entry: Double?, gap: Bool) {
    var u = a
    var signature = try p(u).signature
    let endSignature = try p(b).signature
    var lastRejected = a
    var entry: Double?
    var gap = false
    var piecesAfterEntry = 0
    while true {
        // The piece [u, v] shares u's signature; w (if any) is the first point past it.
        var v = b, w: Double? = nil
        if endSignature != signature {
            var inside = u, outside = b
            while abs(outside - inside) > 1e-7 * max(1, abs(inside)) {
                let mid = inside + (outside - inside) / 2
                if try p(mid).signature == signature { inside = mid } else { outside = mid }
            }
            v = inside; w = outside
        }
        let samples = 8
        var previous = u
        for j in 0...samples {
            let t = j == samples ? v : u + (v - u) * Double(j) / Double(samples)
            let value = try p(t).p
            if entry == nil {
                if value > alpha {
                    entry = try crossing(rejected: j == 0 ? lastRejected : previous, accepted: t, alpha: alpha, p)
                } else {
                    lastRejected = t
                }
            } else if value <= alpha {
                gap = true
            }
            previous = t
        }
        if entry != nil { piecesAfterEntry += 1 }
        guard let next = w, !(gap || piecesAfterEntry > 200) else { break }
        u = next
        signature = try p(u).signature
    }
    return (entry, gap)
}

/// Bisects between a rejected and an accepted t to where the p-value crosses α (to the last bit).
private func crossing(rejected: Double, accepted: Double, alpha: Double,
                      _ p: (Double) throws(NumericsError) -> SignedPValue) throws(NumericsError) -> Double {
    var r = rejected, s = accepted
    for _ in 0..<2000 {
        let mid = r + (s - r) / 2
        if mid == r || mid == s { break }
        if try p(mid).p > alpha { s = mid } else { r = mid }
    }
    return s
}
