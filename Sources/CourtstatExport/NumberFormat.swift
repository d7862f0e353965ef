import Foundation

/// How numbers are written. CSV and JSON carry full precision unless `digits` asks for fewer:
/// the shortest decimal that reads back as exactly the same double (at most 17 significant
/// digits, so 0.35 is written 0.35, not 0.34999999999999998). Tables show 7, as R prints.
public struct NumberFormat: Sendable {
    /// Significant digits written (17: as many as a double needs to read back exactly).
    public var significantDigits: Int
    /// Numbers rounded to `significantDigits` (17: the shortest text that reads back as the same double).
    public init(significantDigits: Int = 17) { self.significantDigits = significantDigits }

    /// Full precision (CSV and JSON).
    public static let full = NumberFormat()
    /// 7 significant digits, as R prints (tables).
    public static let table = NumberFormat(significantDigits: 7)

    /// "Inf", "-Inf" as R prints them; NaN (never expected) as "NaN".
    public func string(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        if significantDigits >= 17 { return "\(v)" }
        return String(format: "%.\(significantDigits)g", v)
    }
}
