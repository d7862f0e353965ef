/// The form in which import values are compared (DESIGN.md, "Real data in"): spaces trimmed,
/// runs of white space (space, tab, no-break space) collapsed to one space, ASCII and Cyrillic
/// letters in lower case, and ё folded to е. Works on UTF-8 bytes; other characters are kept.
public enum TextFold {
    /// The folded form of UTF-8 bytes.
    /// With `lowercasing` false only the white space is folded (trimmed, runs made one space) and
    /// letters keep their case: how names (courts, regions) are cleaned for output.
    public static func fold(_ bytes: UnsafeRawBufferPointer, lowercasing: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // White space: ASCII space, tab, CR, LF, and U+00A0 (C2 A0).
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pendingSpace = !out.isEmpty; i += 1; continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { pendingSpace = !out.isEmpty; i += 2; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if !lowercasing { out.append(b); i += 1; continue }
            if b >= 0x41 && b <= 0x5A { out.append(b + 0x20); i += 1; continue }
            if (b == 0xD0 || b == 0xD1), i + 1 < n {
                let c = bytes[i + 1]
                let scalar = (UInt32(b & 0x1F) << 6) | UInt32(c & 0x3F)
                var lower = scalar
                if scalar >= 0x410 && scalar <= 0x42F { lower = scalar + 0x20 }          // А–Я
                else if scalar >= 0x400 && scalar <= 0x40F { lower = scalar + 0x50 }     // Ѐ–Џ (Ё = 0x401)
                if lower == 0x451 { lower = 0x435 }                                     // ё → е
                out.append(UInt8(0xC0 | (lower >> 6))); out.append(UInt8(0x80 | (lower & 0x3F)))
                i += 2; continue
            }
            out.append(b); i += 1
        }
        return out
    }

    /// The folded form of a string.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: fold(UnsafeRawBufferPointer($0)), as: UTF8.self) }
    }
}
