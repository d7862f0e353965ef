#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes, for phrases in long sentence texts, where String's `contains`
/// goes through Foundation's Unicode-aware search and costs tens of microseconds a row. The texts
/// are folded first (`TextFold`), so a byte match is a match of the folded words. memchr finds
/// each candidate first byte (Glibc's memmem is a GNU extension Swift does not import).
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `from`, or nil.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, from <= haystack.count, haystack.count - from >= needle.count else { return nil }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let first = Int32(n[0]), last = h.count - n.count
                var i = from
                while i <= last {
                    guard let p = memchr(h.baseAddress! + i, first, last - i + 1) else { return nil }
                    i = h.baseAddress!.distance(to: UnsafeRawPointer(p))
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
