/// Bit tricks on the results of SIMD16 byte compares, shared by the CSV reader's fast paths.
/// Swift has no portable movemask, so the lanes are gathered with integer arithmetic on the two
/// 64-bit halves (which SSE2 and NEON both turn into a few scalar instructions).

/// Whether any lane of the compare was true.
@inline(__always)
func anyLane(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
    let x = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    return x[0] | x[1] != 0
}

/// Bit k set when byte k of the compare was true (the multiply gathers the eight top bits of
/// each half into one byte, as SSE's pmovmskb would).
@inline(__always)
func laneBits(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 {
    let x = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    let lo = ((x[0] & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) &>> 56
    let hi = ((x[1] & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) &>> 56
    return UInt32(truncatingIfNeeded: lo) | UInt32(truncatingIfNeeded: hi) &<< 8
}

/// Whether any byte of `v` is 0x80 or above (not ASCII).
@inline(__always)
func hasHighByte(_ v: SIMD16<UInt8>) -> Bool {
    let x = unsafeBitCast(v, to: SIMD2<UInt64>.self)
    return (x[0] | x[1]) & 0x8080_8080_8080_8080 != 0
}
