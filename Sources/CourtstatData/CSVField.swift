/// How a field is written in CSV (RFC 4180): as it is, or in double quotes with its quotes
/// doubled when it holds a comma, a quote or a line break. Shared by every CSV writer.
public enum CSVField {
    /// Whether the text must be quoted. Its UTF-8 bytes are read, not Characters ("\r\n" is
    /// one Character, equal to neither "\n" nor "\r"); the four are ASCII, and no byte of a
    /// longer character is below 0x80.
    public static func needsQuotes(_ s: String) -> Bool {
        var s = s       // withUTF8 reads the bytes in place (a copy only for a bridged string)
        return s.withUTF8 { bytes in bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } }
    }

    /// The text as a CSV field.
    public static func quoted(_ s: String) -> String {
        needsQuotes(s) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
