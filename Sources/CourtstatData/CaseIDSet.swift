/// The case ids seen so far, for the duplicate check of `validate`. It keeps two independent
/// hashes of each id (96 bits) and the line where it was first seen — 16 bytes a slot, at most
/// 3/4 of the slots used, not the ids themselves — so ten million rows need about 270 MB (400 MB
/// for a moment while the table doubles); two different ids are taken for the same with a
/// probability below 1e-14 at that size.
struct CaseIDSet {
    private var keys: [UInt64]
    private var checks: [UInt32]
    private var lines: [UInt32]
    private var count = 0
    private var mask: Int

    init() {
        keys = Array(repeating: 0, count: 1024); checks = Array(repeating: 0, count: 1024)
        lines = Array(repeating: 0, count: 1024); mask = 1023
    }

    /// Records `id` at `line`; returns the line of an earlier occurrence, if there is one.
    mutating func insert(_ id: UnsafeRawBufferPointer, line: Int) -> Int? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325, g: UInt64 = 0x9E37_79B9_7F4A_7C15
        for b in id { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3; g = (g &+ UInt64(b)) &* 0xBF58_476D_1CE4_E5B9; g ^= g >> 31 }
        if h == 0 { h = 1 }
        let check = UInt32(truncatingIfNeeded: g >> 32)
        var i = Int(truncatingIfNeeded: h) & mask
        while keys[i] != 0 {
            if keys[i] == h && checks[i] == check { return Int(lines[i]) }
            i = (i + 1) & mask
        }
        keys[i] = h; checks[i] = check; lines[i] = UInt32(truncatingIfNeeded: line)
        count += 1
        if count * 4 > keys.count * 3 { grow() }
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldChecks, oldLines) = (keys, checks, lines)
        let size = oldKeys.count * 2
        keys = Array(repeating: 0, count: size); checks = Array(repeating: 0, count: size)
        lines = Array(repeating: 0, count: size); mask = size - 1
        for j in oldKeys.indices where oldKeys[j] != 0 {
            var i = Int(truncatingIfNeeded: oldKeys[j]) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]; checks[i] = oldChecks[j]; lines[i] = oldLines[j]
        }
    }
}
