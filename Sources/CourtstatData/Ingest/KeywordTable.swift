/// A fixed set of ASCII words (at most 24 bytes each), recognised in a field of a `CSVReader`
/// buffer without branching on which word it is: the field's first, middle and last 8 bytes
/// (masked to its length when shorter) pick a slot by hash and are compared with the one word
/// stored there. For the fast path's categories (statuses, sentence types), where a `switch` on
/// the length mispredicts on most rows because the values come in random order.
struct KeywordTable<Value: Sendable>: Sendable {
    /// A slot: the word's three 8-byte pieces, its length (-1 for an empty slot) and value.
    private struct Entry {
        var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0
        var length = -1
        var value: Value?
    }
    private static var slotCount: Int { 32 }
    private var entries: [Entry]
    private let multiplier: UInt64

    /// The table of `words` (at most 16, distinct, ASCII, 1 to 24 bytes each) and their values.
    init(_ words: [(String, Value)]) {
        // Multipliers tried in turn until no two words share a slot: for 16 words in 32 slots,
        // about one multiplier in a hundred will do; for the schema's 5 and 9 words, the first
        // few. (The tests build every table the package uses.)
        precondition(words.count <= 16, "at most 16 keywords")
        var m: UInt64 = 0x9E37_79B9_7F4A_7C15
        while true {
            var entries = [Entry](repeating: Entry(), count: Self.slotCount)
            var collided = false
            for (word, value) in words {
                var bytes = Array(word.utf8)
                precondition(!bytes.isEmpty && bytes.count <= 24 && bytes.allSatisfy { $0 < 0x80 }, "keyword '\(word)'")
                let n = bytes.count
                bytes += [UInt8](repeating: 0, count: 8)
                let (a, b, c) = bytes.withUnsafeBytes { Self.words($0.baseAddress!, count: n) }
                let slot = Self.slot(a, n, m)
                if entries[slot].length >= 0 { collided = true; break }
                entries[slot] = Entry(a: a, b: b, c: c, length: n, value: value)
            }
            if !collided {
                self.entries = entries; multiplier = m
                return
            }
            m = m &* 0xBF58_476D_1CE4_E5B9 &+ 1
        }
    }

    /// The first, middle and last 8 bytes of the `n` at `p` (n >= 8; the middle one starts at
    /// min(8, n - 8)), or for n < 8 the n bytes in a word three times. The 8 bytes from `p` must
    /// be readable. No branch on `n`: the offsets and mask are selected.
    @inline(__always)
    private static func words(_ p: UnsafeRawPointer, count n: Int) -> (UInt64, UInt64, UInt64) {
        let long = n >= 8
        let middle = long ? Swift.min(8, n &- 8) : 0
        let last = long ? n &- 8 : 0
        let mask: UInt64 = long ? ~0 : (1 &<< UInt64(truncatingIfNeeded: n &* 8)) &- 1
        let a = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) & mask
        let b = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: middle, as: UInt64.self)) & mask
        let c = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: last, as: UInt64.self)) & mask
        return (a, b, c)
    }

    @inline(__always)
    private static func slot(_ a: UInt64, _ n: Int, _ m: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a ^ UInt64(truncatingIfNeeded: n)) &* m) &>> 59)      // 0..<32
    }

    /// The value of the word in the `n` bytes at `p`, or nil when they are none of the words.
    /// `n` >= 1, and the 8 bytes from `p` readable (a field in a `CSVReader` buffer, which
    /// has 64 spare bytes at its end).
    @inline(__always)
    func value(_ p: UnsafeRawPointer, count n: Int) -> Value? {
        let (a, b, c) = Self.words(p, count: n)
        let slot = Self.slot(a, n, multiplier)
        return entries.withUnsafeBufferPointer { e in
            // One test for all four compares, so that a miss costs no more branches than a hit.
            let differs = (e[slot].a ^ a) | (e[slot].b ^ b) | (e[slot].c ^ c) | UInt64(bitPattern: Int64(e[slot].length ^ n))
            return differs == 0 ? e[slot].value : nil
        }
    }
}

extension DefendantStatus {
    /// Every status by its spelling, for the fast path.
    static let keywords = KeywordTable(allCases.map { ($0.rawValue, $0) })
}

extension SentenceType {
    /// Every sentence type by its spelling, with `mayHaveTerm`, for the fast path.
    static let keywords = KeywordTable(allCases.map { ($0.rawValue, (type: $0, mayHaveTerm: $0.mayHaveTerm)) })
}
