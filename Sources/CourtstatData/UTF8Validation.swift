/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF). Returns the offset of the first byte of the first bad sequence, or nil.
func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, count: Int) -> Int? {
    var i = 0
    while i < count {
        // `i` is where a sequence starts. Sixteen bytes at a time while they hold only ASCII and
        // two-byte sequences (Latin-1, Cyrillic: the court and region names of Russian data).
        while i &+ 17 <= count {
            let raw = UnsafeRawPointer(p + i)
            let v = raw.loadUnaligned(as: SIMD16<UInt8>.self)
            if !hasHighByte(v) { i &+= 16; continue }
            guard let step = twoByteBlockLength(v, next: raw.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self))
            else { break }
            i &+= step
        }
        // Eight bytes at a time near the end, while they are ASCII.
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
        case 0xC2...0xDF:
            guard cont(1) else { return i }
            i &+= 2
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

/// For sixteen bytes `v` that start at a sequence boundary, followed by `next` (the same bytes
/// shifted by one: lane k of `next` is byte k + 1), how far they are valid UTF-8 made of ASCII
/// and two-byte sequences only: 16, or 17 when the last byte is a lead whose continuation is
/// byte 16; nil when they hold anything else (a longer sequence, or an error), which the
/// byte-by-byte check then reads. Valid when every byte is ASCII, a lead C2–DF or a
/// continuation (80–BF), each lead is followed by a continuation and each continuation follows
/// a lead (lead at k exactly when continuation at k + 1), and byte 0 is no continuation.
@inline(__always)
func twoByteBlockLength(_ v: SIMD16<UInt8>, next: SIMD16<UInt8>) -> Int? {
    // Whole-vector constants: the operators that take a scalar are not vectorised.
    let e0 = SIMD16<UInt8>(repeating: 0xE0), c0 = SIMD16<UInt8>(repeating: 0xC0)
    let x1e = SIMD16<UInt8>(repeating: 0x1E), x80 = SIMD16<UInt8>(repeating: 0x80)
    let zero = SIMD16<UInt8>()
    let isLead = ((v & e0) .== c0) .& ((v & x1e) .!= zero)        // C2–DF: C0 and C1 are overlong
    let isCont = (v & c0) .== x80
    let isASCII = (v & x80) .== zero
    let notAllowed = .!(isLead .| isCont .| isASCII)
    let pairsMismatch = isLead .^ ((next & c0) .== x80)
    guard !anyLane(notAllowed .| pairsMismatch), !isCont[0] else { return nil }
    return isLead[15] ? 17 : 16
}
