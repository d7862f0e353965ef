import CourtstatNumerics
import Foundation

/// Binomial(n, p) as a `DiscreteLaw`.
struct BinomialLaw: DiscreteLaw {
    let n: Int, p: Double
    var lo: Int { 0 }
    var hi: Int? { n }
    var mode: Int { min(n, Int((Double(n + 1) * p).rounded(.down))) }
    func pmf(_ i: Int) throws(NumericsError) -> Double { try Binomial.pmf(i, n: n, p: p) }
    func cdf(_ i: Int) throws(NumericsError) -> Double { try Binomial.cdf(i, n: n, p: p) }
    func sf(_ i: Int) throws(NumericsError) -> Double { try Binomial.cdf(i - 1, n: n, p: p, lowerTail: false) }
}

/// Poisson(mu) as a `DiscreteLaw`.
struct PoissonLaw: DiscreteLaw {
    let mu: Double
    var lo: Int { 0 }
    var hi: Int? { nil }
    var mode: Int { Int(mu.rounded(.down)) }
    func pmf(_ i: Int) throws(NumericsError) -> Double { try Poisson.pmf(i, mu: mu) }
    func cdf(_ i: Int) throws(NumericsError) -> Double { try Poisson.cdf(i, mu: mu) }
    func sf(_ i: Int) throws(NumericsError) -> Double { try Poisson.cdf(i - 1, mu: mu, lowerTail: false) }
}

/// Fisher's noncentral hypergeometric distribution of the (1,1) cell at one odds ratio, with its
/// probabilities and both cumulative sums tabulated (each tail summed from its own end).
struct FisherLaw: DiscreteLaw {
    let lo: Int
    let top: Int
    let density: [Double]
    let below: [Double]   // below[j] = P(X ≤ lo + j)
    let above: [Double]   // above[j] = P(X ≥ lo + j)
    let mode: Int
    var hi: Int? { top }

    init(_ model: NoncentralHypergeometric, ncp: Double) {
        lo = model.lo; top = model.hi
        let d = model.density(ncp: ncp)
        var s = 0.0
        below = d.map { s += $0; return s }
        s = 0
        above = Array(d.reversed().map { s += $0; return s }.reversed())
        mode = model.lo + (d.indices.max { d[$0] < d[$1] } ?? 0)
        density = d
    }
    func pmf(_ i: Int) throws(NumericsError) -> Double { (lo...top).contains(i) ? density[i - lo] : 0 }
    func cdf(_ i: Int) throws(NumericsError) -> Double { i < lo ? 0 : i >= top ? 1 : below[i - lo] }
    func sf(_ i: Int) throws(NumericsError) -> Double { i <= lo ? 1 : i > top ? 0 : above[i - lo] }
}
