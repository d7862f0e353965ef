import CByteMasks
import CourtstatTestSupport
import Testing

/// The C header's masks of 64 bytes — `courtstat_byte_masks` (the fast split's) and
/// `courtstat_utf8_masks` (the UTF-8 check's) — against their definitions, byte by byte, on
/// random bytes and on every byte value at every position.
@Suite struct ByteMasksTests {
    /// Bit k set where `test` holds for byte k.
    static func mask(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { test($1.element) ? $0 | 1 << UInt64($1.offset) : $0 }
    }

    static func check(_ bytes: [UInt8]) -> Bool {
        let (m, u) = bytes.withUnsafeBufferPointer { (courtstat_byte_masks($0.baseAddress!), courtstat_utf8_masks($0.baseAddress!)) }
        return m.comma == mask(bytes) { $0 == 0x2C }
            && m.special == mask(bytes) { $0 == 0x22 || $0 < 0x20 }
            && m.high == mask(bytes) { $0 >= 0x80 }
            && u.high == m.high
            && u.continuation == mask(bytes) { $0 >= 0x80 && $0 <= 0xBF }
            && u.lead2 == mask(bytes) { $0 >= 0xC2 && $0 <= 0xDF }
    }

    @Test func randomBytes() {
        var rng = SplitMix64(seed: 64)
        for _ in 0..<20_000 {
            // Mostly text, with the bytes that matter mixed in.
            let bytes = (0..<64).map { _ -> UInt8 in
                let r = rng.next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8)
                    : [0x2C, 0x22, 0x0A, 0x0D, 0x1F, 0x20, 0x7F, 0x80, 0xBF, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xFF, 0x41][Int(r >> 8) % 16]
            }
            #expect(Self.check(bytes), "\(bytes)")
        }
    }

    @Test func everyByteValueAtEveryPosition() {
        for filler: UInt8 in [0x61, 0xD0] {
            for value in 0...255 {
                for position in 0..<64 {
                    var bytes = [UInt8](repeating: filler, count: 64)
                    bytes[position] = UInt8(value)
                    #expect(Self.check(bytes), "byte \(value) at \(position) among \(filler)")
                }
            }
        }
    }
}
