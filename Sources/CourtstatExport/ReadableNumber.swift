import CourtstatData
import Foundation

/// Numbers as a newsroom writes them: counts with thousands separators ("5,804"), values
/// rounded to what a sentence needs ("2.1", "35%"), never exponent notation.
public enum ReadableNumber {
    /// An integer with comma thousands separators: 14182 → "14,182", −1200 → "−1,200".
    public static func count(_ n: Int) -> String {
        (n < 0 ? "−" : "") + Thousands.grouped(Int(n.magnitude))
    }

    /// A count given as a double (a published value), rounded to the nearest whole number.
    public static func count(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return v.isNaN ? "—" : (v > 0 ? "∞" : "−∞") }
        return count(Int(v.rounded()))
    }

    /// A value rounded to `decimals` places (at most), thousands separated: 96.881 → "96.9",
    /// 2.0739 → "2.07" with 2, 1400.2 → "1,400".
    public static func value(_ v: Double?, decimals: Int = 1) -> String {
        guard let v else { return "—" }
        guard v.isFinite else { return v.isNaN ? "—" : (v > 0 ? "∞" : "−∞") }
        if abs(v) >= 100 { return count(v) }
        var text = String(format: "%.\(decimals)f", v)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text.replacingOccurrences(of: "-", with: "−")
    }

    /// A share (0–1) in whole percent, or with one decimal under 10%: 0.3516 → "35%".
    public static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "—" }
        let p = share * 100
        return (abs(p) < 10 ? value(p, decimals: 1) : value(p, decimals: 0)) + "%"
    }
}
