/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
/// above U+10FFFF). Returns the offset of the first byte of the first bad sequence, or nil.
@inlinable
func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, count: Int) -> Int? {
    var i = 0
    while i < count {
        // Skip ASCII eight bytes at a time.
        while i &+ 8 <= count,
              UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i &+= 8 }
        guard i < count else { return nil }
        let b0 = p[i]
        if b0 < 0x80 { i &+= 1; continue }
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
