/// Distinct byte strings (split values such as articles or courts) numbered 0, 1, 2, … in the
/// order first seen, looked up by hash without making a String per row.
struct ByteKeyTable {
    private(set) var keys: [[UInt8]] = []
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes = [UInt64](repeating: 0, count: 64)
    /// Recently seen keys of at most 8 bytes, each packed in a word with its number and length
    /// (`tags`: number << 8 | length; -1 for an empty slot), so that a repeated short key costs
    /// a load, a mask and two compares instead of hashing its bytes.
    private var shortWords = [UInt64](repeating: 0, count: 64)
    private var shortTags = [Int](repeating: -1, count: 64)

    /// `index(of:)` for bytes of which the 8 from the start may be read even when fewer belong
    /// to the key (a field in a `CSVReader` buffer, which has 64 spare bytes at its end).
    @inline(__always)
    mutating func index(ofPadded b: UnsafeRawBufferPointer) -> Int {
        let n = b.count
        guard n <= 8, let p = b.baseAddress else { return index(of: b) }
        let mask: UInt64 = n == 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: n &* 8)) &- 1
        let word = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) & mask
        let slot = Int(truncatingIfNeeded: ((word ^ UInt64(truncatingIfNeeded: n)) &* 0x9E37_79B9_7F4A_7C15) &>> 58)
        let tag = shortTags[slot]
        if shortWords[slot] == word && tag & 0xFF == n { return tag &>> 8 }
        let k = index(of: b)
        shortWords[slot] = word; shortTags[slot] = k << 8 | n
        return k
    }

    /// The number of `b`, adding it when new.
    @inline(__always)
    mutating func index(of b: UnsafeRawBufferPointer) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { break }
            if hashes[i] == h && keys[k].withUnsafeBytes({ $0.elementsEqual(b) }) { return k }
            i = (i + 1) & mask
        }
        let k = keys.count
        keys.append(Array(b))
        slots[i] = Int32(k); hashes[i] = h
        if keys.count * 2 > slots.count { rehash() }
        return k
    }

    private mutating func rehash() {
        let old = zip(slots, hashes).filter { $0.0 >= 0 }
        slots = [Int32](repeating: -1, count: slots.count * 2)
        hashes = [UInt64](repeating: 0, count: slots.count)
        let mask = slots.count - 1
        for (k, h) in old {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = k; hashes[i] = h
        }
    }
}
