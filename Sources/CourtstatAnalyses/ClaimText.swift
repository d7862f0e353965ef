import Foundation

/// Numbers in plain-language notes: up to 4 significant digits, no trailing zeros.
enum ClaimText {
    static func number(_ v: Double) -> String {
        if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
        if v == v.rounded() && abs(v) < 1e12 { return String(Int64(v)) }
        var s = String(format: "%.4g", v)
        if s.contains(".") && !s.contains("e") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
