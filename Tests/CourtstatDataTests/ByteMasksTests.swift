import CByteMasks
import CourtstatTestSupport
import Testing

/// `courtstat_byte_masks` (the fast split's masks of 64 bytes) against the definition, byte by
/// byte, on random bytes and on every byte value at every position.
@Suite struct ByteMasksTests {
    static func expected(_ bytes: [UInt8]) -> (comma: UInt64, special: UInt64, high: UInt64) {
        var r: (comma: UInt64, special: UInt64, high: UInt64) = (0, 0, 0)
        for (k, b) in bytes.enumerated() {
            if b == 0x2C { r.comma |= 1 << UInt64(k) }
            if b == 0x22 || b < 0x20 { r.special |= 1 << UInt64(k) }
            if b >= 0x80 { r.high |= 1 << UInt64(k) }
        }
        return r
    }

    static func check(_ bytes: [UInt8]) -> Bool {
        let m = bytes.withUnsafeBufferPointer { courtstat_byte_masks($0.baseAddress!) }
        let e = expected(bytes)
        return m.comma == e.comma && m.special == e.special && m.high == e.high
    }

    @Test func randomBytes() {
        var rng = SplitMix64(seed: 64)
        for _ in 0..<20_000 {
            // Mostly text, with the bytes that matter mixed in.
            let bytes = (0..<64).map { _ -> UInt8 in
                let r = rng.next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : [0x2C, 0x22, 0x0A, 0x0D, 0x1F, 0x20, 0x7F, 0x80, 0xD0, 0xFF, 0x41][Int(r >> 8) % 11]
            }
            #expect(Self.check(bytes), "\(bytes)")
        }
    }

    @Test func everyByteValueAtEveryPosition() {
        for value in 0...255 {
            for position in 0..<64 {
                var bytes = [UInt8](repeating: 0x61, count: 64)
                bytes[position] = UInt8(value)
                #expect(Self.check(bytes), "byte \(value) at \(position)")
            }
        }
    }

    /// `courtstat_utf8_masks` (non-ASCII, continuation and two-byte-lead bytes) the same way.
    @Test func utf8MasksForEveryByteValueAtEveryPosition() {
        for value in 0...255 {
            for position in 0..<64 {
                var bytes = [UInt8](repeating: 0xD0, count: 64)
                bytes[position] = UInt8(value)
                let m = bytes.withUnsafeBufferPointer { courtstat_utf8_masks($0.baseAddress!) }
                var high: UInt64 = 0, continuation: UInt64 = 0, lead2: UInt64 = 0
                for (k, b) in bytes.enumerated() {
                    if b >= 0x80 { high |= 1 << UInt64(k) }
                    if b >= 0x80 && b <= 0xBF { continuation |= 1 << UInt64(k) }
                    if b >= 0xC2 && b <= 0xDF { lead2 |= 1 << UInt64(k) }
                }
                #expect(m.high == high && m.continuation == continuation && m.lead2 == lead2, "byte \(value) at \(position)")
            }
        }
    }
}

