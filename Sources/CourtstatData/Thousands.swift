/// Whole numbers with comma thousands separators, as a newsroom writes counts: 2076 → "2,076".
/// The one implementation behind the import summary, the claims' notes and the report's prose.
public enum Thousands {
    /// `n` with a comma every three digits; a negative number keeps its ASCII minus sign.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
