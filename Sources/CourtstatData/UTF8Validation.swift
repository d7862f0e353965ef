internal import CByteMasks

/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF). Returns the offset of the first byte of the first bad sequence, or nil.
/// Text of ASCII and two-byte sequences (Latin-1, Cyrillic: the court and region names of
/// Russian data) is read 64 bytes at a time by masks (`twoByteWindowEnd`); anything else, and
/// text shorter than 64 bytes, byte by byte.
func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, count: Int) -> Int? {
    var i = 0
    var bytewiseUntil = count >= 64 ? 0 : count     // after a window that held anything else: its end
    while i < count {
        // `i` is where a sequence starts.
        if i >= bytewiseUntil {
            if let end = twoByteWindowEnd(p, from: i, count: count) {
                if end == count { return nil }
                i = end
                continue
            }
            bytewiseUntil = i &+ 64
        }
        // Eight bytes at a time, while they are ASCII.
        while i &+ 8 <= count,
              UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i &+= 8 }
        guard i < count else { return nil }
        let b0 = p[i]
        if b0 < 0x80 { i &+= 1; continue }
        if b0 &- 0xC2 <= 0xDF - 0xC2 {               // a two-byte sequence, the common case
            guard i &+ 1 < count, p[i &+ 1] & 0xC0 == 0x80 else { return i }
            i &+= 2
            continue
        }
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i &+ k < count && p[i &+ k] >= lo && p[i &+ k] <= hi
        }
        switch b0 {
        case 0xE0:
            guard cont(1, 0xA0), cont(2) else { return i }
            i &+= 3
        case 0xE1...0xEC, 0xEE...0xEF:
            guard cont(1), cont(2) else { return i }
            i &+= 3
        case 0xED:
            guard cont(1, 0x80, 0x9F), cont(2) else { return i }
            i &+= 3
        case 0xF0:
            guard cont(1, 0x90), cont(2), cont(3) else { return i }
            i &+= 4
        case 0xF1...0xF3:
            guard cont(1), cont(2), cont(3) else { return i }
            i &+= 4
        case 0xF4:
            guard cont(1, 0x80, 0x8F), cont(2), cont(3) else { return i }
            i &+= 4
        default:
            return i
        }
    }
    return nil
}

/// From `i`, a sequence boundary in the `count` (at least 64) bytes at `p`: whether the next 64
/// bytes hold only ASCII and complete two-byte sequences (every non-ASCII byte a lead C2–DF or
/// a continuation 80–BF, each lead followed by a continuation, each continuation after a lead),
/// looked at by the masks of `courtstat_utf8_masks`. The window ends at `count` at most (it is
/// then read from count − 64, its bytes before `i` left out). Returns where the next sequence
/// starts (i + 64, or i + 63 when byte 63 is a lead, which starts the next window; `count` when
/// the window reaches the end), or nil when the window holds anything else or a sequence cut
/// at the end.
@inline(__always)
private func twoByteWindowEnd(_ p: UnsafePointer<UInt8>, from i: Int, count: Int) -> Int? {
    let at = Swift.min(i, count &- 64)
    let skip = UInt64(truncatingIfNeeded: i &- at)
    let m = courtstat_utf8_masks(p + at)
    let lead = m.lead2 &>> skip, continuation = m.continuation &>> skip
    // A lead in the window's last byte wants a continuation past it: that fails the second test
    // when bytes were left out (zeros came in at the top), and is handled below when not.
    guard m.high &>> skip == lead | continuation, continuation == lead &<< 1 else { return nil }
    let end = at &+ 64
    if end == count { return lead &>> 63 == 0 ? count : nil }
    return end &- Int(truncatingIfNeeded: lead &>> 63)
}
