/// Tests on SIMD16 bytes and byte compares, for the UTF-8 check. Swift has no portable
/// movemask, so they read the two 64-bit halves (which SSE2 and NEON both turn into a few
/// scalar instructions); only whether any lane is set is needed here, not which.

/// Whether any lane of the compare was true.
@inline(__always)
func anyLane(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
    let x = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    return x[0] | x[1] != 0
}

/// Whether any byte of `v` is 0x80 or above (not ASCII).
@inline(__always)
func hasHighByte(_ v: SIMD16<UInt8>) -> Bool {
    let x = unsafeBitCast(v, to: SIMD2<UInt64>.self)
    return (x[0] | x[1]) & 0x8080_8080_8080_8080 != 0
}
