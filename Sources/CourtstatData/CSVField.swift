/// How a field is written in CSV (RFC 4180): as it is, or in double quotes with its quotes
/// doubled when it holds a comma, a quote or a line break. Shared by every CSV writer.
public enum CSVField {
    /// Whether the text must be quoted. Unicode scalars, not Characters: "\r\n" is one
    /// Character, equal to neither "\n" nor "\r".
    public static func needsQuotes(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    }

    /// The text as a CSV field.
    public static func quoted(_ s: String) -> String {
        needsQuotes(s) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
