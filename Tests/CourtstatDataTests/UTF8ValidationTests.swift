@testable import CourtstatData
import CourtstatTestSupport
import Testing

/// `firstInvalidUTF8` against the standard library's UTF-8 decoder (Unicode's rules: no
/// overlong forms, no surrogates, nothing above U+10FFFF), on seeded text built from ASCII,
/// two-, three- and four-byte characters with damage: a byte replaced, a byte dropped, a
/// sequence cut at the end. Long runs of Cyrillic and ASCII exercise the 64-byte windows read
/// by masks (`twoByteWindowEnd`), including a lead as a window's last byte, the last window
/// read back from the end, and damage right after a window.
@Suite struct UTF8ValidationTests {
    /// The offset where the decoder first fails: the bytes of the scalars decoded before it.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Seeded text of up to `maxLength` bytes, mostly runs of one piece as in real fields (another
    /// piece one time in `mixOdds`), damaged as `round % 4` says: 0 not at all, 1 a byte replaced
    /// by one of `bad`, 2 a byte dropped, 3 the last byte cut.
    static func damagedText(_ round: Int, _ rng: inout SplitMix64, pieces: [[UInt8]], bad: [UInt8],
                            maxLength: Int, mixOdds: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        let length = Int.random(in: 0...maxLength, using: &rng)
        let favourite = Int.random(in: 0..<pieces.count, using: &rng)
        while bytes.count < length {
            bytes += Int.random(in: 0..<mixOdds, using: &rng) == 0 ? pieces.randomElement(using: &rng)! : pieces[favourite]
        }
        switch round % 4 {
        case 1 where !bytes.isEmpty: bytes[Int.random(in: 0..<bytes.count, using: &rng)] = bad.randomElement(using: &rng)!
        case 2 where !bytes.isEmpty: bytes.remove(at: Int.random(in: 0..<bytes.count, using: &rng))
        case 3 where !bytes.isEmpty: bytes.removeLast()
        default: break
        }
        return bytes
    }

    static func check(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0.baseAddress!, count: $0.count) }
    }

    @Test func agreesWithTheStandardDecoder() {
        var rng = SplitMix64(seed: 0x5554_4638)
        let pieces: [[UInt8]] = ["a", " ", ",", "Z", "д", "Ж", "ё", "é", "ß", "—", "€", "中", "😀", "𝄞"].map { Array($0.utf8) }
        let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F]
        for round in 0..<20_000 {
            let bytes = Self.damagedText(round, &rng, pieces: pieces, bad: bad, maxLength: 70, mixOdds: 3)
            let expected = Self.reference(bytes), found = Self.check(bytes)
            if found != expected {
                Issue.record("\(bytes.map { String($0, radix: 16) }): found \(String(describing: found)), expected \(String(describing: expected))")
                return
            }
        }
    }

    /// Windows of 64: a two-byte character split by the window's end, and every kind of damage
    /// at every position of a Cyrillic run long enough for two windows.
    @Test func damageAtEveryPositionOfACyrillicRun() {
        let text = Array("Новочеркасский гарнизонный военный суд, Ростовская область".utf8)
        #expect(Self.check(text) == nil)
        for shift in 0..<3 {
            let shifted = Array(repeating: UInt8(ascii: "x"), count: shift) + text
            #expect(Self.check(shifted) == nil)
            for k in shifted.indices {
                for b: UInt8 in [0x41, 0x80, 0xC1, 0xD0, 0xE0, 0xFF] {
                    var damaged = shifted
                    damaged[k] = b
                    #expect(Self.check(damaged) == Self.reference(damaged), "shift \(shift), byte \(k) = \(b)")
                }
                var cut = shifted
                cut.remove(at: k)
                #expect(Self.check(cut) == Self.reference(cut), "shift \(shift), byte \(k) removed")
            }
        }
    }

    /// The same against the decoder on texts long enough for several 64-byte windows (up to
    /// 200 bytes), at random offsets in a buffer with bytes after the text that must not count.
    @Test func windowsAgreeWithTheStandardDecoder() {
        var rng = SplitMix64(seed: 0x3634)
        let pieces: [[UInt8]] = ["a", ",", "д", "Ж", "ё", "é", "ß", "߿", "\u{80}", "—", "中", "😀"].map { Array($0.utf8) }
        let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF5, 0xFF]
        for round in 0..<20_000 {
            let bytes = Self.damagedText(round, &rng, pieces: pieces, bad: bad, maxLength: 200, mixOdds: 4)
            let expected = Self.reference(bytes)
            // Text at an offset in a buffer, with bytes after it that must not count.
            let offset = Int.random(in: 0..<64, using: &rng)
            let buffer = [UInt8](repeating: 0x41, count: offset) + bytes + [0x80, 0xD0, 0xC3] + [UInt8](repeating: 0xA9, count: 64)
            let found = buffer.withUnsafeBufferPointer { firstInvalidUTF8($0.baseAddress! + offset, count: bytes.count) }
            if found != expected {
                Issue.record("\(bytes.map { String($0, radix: 16) }) at \(offset): found \(String(describing: found)), expected \(String(describing: expected))")
                return
            }
        }
    }
}

