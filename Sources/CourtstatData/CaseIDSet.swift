/// The case ids seen so far, for the duplicate check of `validate`. It keeps two independent
/// hashes of each id (96 bits) and the line where it was first seen — 16 bytes a slot, at most
/// 3/4 of the slots used, not the ids themselves — so ten million rows need about 270 MB (400 MB
/// for a moment while the table doubles); two different ids are taken for the same with a
/// probability below 1e-14 at that size.
struct CaseIDSet {
    /// One slot: the 64-bit hash (0 for an empty slot), the second hash's 32 bits, the line.
    /// Kept together so that a lookup touches one cache line, not one in each of three arrays.
    private struct Slot {
        var key: UInt64 = 0
        var check: UInt32 = 0
        var line: UInt32 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var count = 0

    /// Records `id` at `line`; returns the line of an earlier occurrence, if there is one.
    mutating func insert(_ id: UnsafeRawBufferPointer, line: Int) -> Int? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325, g: UInt64 = 0x9E37_79B9_7F4A_7C15
        for b in id { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3; g = (g &+ UInt64(b)) &* 0xBF58_476D_1CE4_E5B9; g ^= g >> 31 }
        if h == 0 { h = 1 }
        let check = UInt32(truncatingIfNeeded: g >> 32)
        let earlier: Int? = slots.withUnsafeMutableBufferPointer { s in
            let mask = s.count &- 1
            var i = Int(truncatingIfNeeded: h) & mask
            while s[i].key != 0 {
                if s[i].key == h && s[i].check == check { return Int(s[i].line) }
                i = (i &+ 1) & mask
            }
            s[i] = Slot(key: h, check: check, line: UInt32(truncatingIfNeeded: line))
            return nil
        }
        if earlier != nil { return earlier }
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        slots.withUnsafeMutableBufferPointer { s in
            let mask = s.count &- 1
            for slot in old where slot.key != 0 {
                var i = Int(truncatingIfNeeded: slot.key) & mask
                while s[i].key != 0 { i = (i &+ 1) & mask }
                s[i] = slot
            }
        }
    }
}
