/// Multiple-testing adjustments of p-values; agree with R's `p.adjust(p, method)`.
public enum PAdjustMethod: String, Sendable, CaseIterable {
    /// Holm (1979) step-down: max over j ≤ i of (n − j + 1)·p(j), capped at 1 (controls the FWER).
    case holm
    /// Benjamini–Hochberg (1995) step-up: min over j ≥ i of n/j·p(j), capped at 1 (controls the FDR).
    case bh = "BH"
    /// Bonferroni: n·p, capped at 1.
    case bonferroni
}

/// Adjusted p-values in the order given. Throws for an empty list or a value outside [0, 1].
public func adjustPValues(_ p: [Double], method: PAdjustMethod) throws(InferenceError) -> [Double] {
    guard !p.isEmpty else { throw .invalidArgument(parameter: "p", expected: "at least one p-value", found: "none") }
    if let bad = p.first(where: { !($0 >= 0 && $0 <= 1) }) {
        throw .invalidArgument(parameter: "p", expected: "p-values in [0, 1]", found: "\(bad)")
    }
    let n = Double(p.count)
    switch method {
    case .bonferroni:
        return p.map { min(1, n * $0) }
    case .holm:
        // Stable order, as R's order(): ties keep their input order.
        let order = p.indices.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var out = [Double](repeating: 0, count: p.count)
        var running = 0.0
        for (i, index) in order.enumerated() {
            running = max(running, (n - Double(i)) * p[index])
            out[index] = min(1, running)
        }
        return out
    case .bh:
        let order = p.indices.sorted { p[$0] > p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var out = [Double](repeating: 0, count: p.count)
        var running = Double.infinity
        for (k, index) in order.enumerated() {
            let i = n - Double(k)       // rank from the top: n, n − 1, …, 1
            running = min(running, n / i * p[index])
            out[index] = min(1, running)
        }
        return out
    }
}
