/// How a field is written in CSV (RFC 4180): as it is, or in double quotes with its quotes
/// doubled when it holds a comma, a quote or a line break. Shared by every CSV writer.
public enum CSVField {
    /// Whether the text must be quoted. Its UTF-8 bytes are read, not Characters ("\r\n" is
    /// one Character, equal to neither "\n" nor "\r"); the four are ASCII, and no byte of a
    /// longer character is below 0x80.
    public static func needsQuotes(_ s: String) -> Bool {
        var s = s       // withUTF8 reads the bytes in place (a copy only for a bridged string)
        return s.withUTF8 { needsQuotes(UnsafeRawBufferPointer($0)) }
    }

    /// Whether a field given as UTF-8 bytes must be quoted.
    public static func needsQuotes(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Appends a field given as UTF-8 bytes to a CSV line: as it is, or quoted with its quotes doubled.
    public static func append(_ bytes: UnsafeRawBufferPointer, to line: inout [UInt8]) {
        guard needsQuotes(bytes) else { line.append(contentsOf: bytes); return }
        line.append(0x22)
        for c in bytes { if c == 0x22 { line.append(0x22) }; line.append(c) }
        line.append(0x22)
    }

    /// The text as a CSV field.
    public static func quoted(_ s: String) -> String {
        needsQuotes(s) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
