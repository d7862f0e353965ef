import CByteMasks

/// Whether the bytes from `start` to `end` are valid UTF-8 made only of ASCII and two-byte
/// sequences (U+0080 to U+07FF: Cyrillic, Latin-1, Greek, …; the court and region names of
/// Russian data), checked 64 bytes at a time by masks (`courtstat_utf8_masks`): every non-ASCII
/// byte is a lead C2–DF or a continuation 80–BF, each lead is followed by a continuation, and
/// each continuation follows a lead. False also for valid text with longer sequences (or
/// overlong two-byte leads C0, C1): the caller then asks `firstInvalidUTF8`, which decides.
/// The 64 bytes from every offset below `end` in steps of 64 from `start` must be readable
/// (a record in a `CSVReader` buffer, which has 64 spare bytes at its end).
@inline(__always)
func isTwoByteUTF8(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    var w = start
    var carry: UInt64 = 0                 // 1 when the byte before this window is a lead
    while w < end {
        let m = courtstat_utf8_masks(base + w)
        let n = end &- w
        let inside: UInt64 = n >= 64 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: n)) &- 1
        let lead = m.lead2 & inside, continuation = m.continuation & inside
        // Each lead wants a continuation right after it; none may be wanted past the end.
        let wanted = (lead &<< 1) | carry
        guard m.high & inside == lead | continuation, continuation == wanted & inside, wanted & ~inside == 0 else { return false }
        carry = lead &>> 63
        w &+= 64
    }
    return carry == 0                     // a lead as the last byte wants a continuation
}
