import CourtstatTestSupport
import Testing
@testable import CourtstatData

/// The fast path's category tables give exactly what `DefendantStatus(bytes:)` and
/// `SentenceType(bytes:)` give, whatever follows the field in the buffer.
@Suite struct KeywordTableTests {
    /// Every keyword, each with its prefixes, suffixes, one byte changed or added, and case changed.
    static func candidates(_ words: [String]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for w in words.map({ Array($0.utf8) }) {
            out.append(w)
            for k in 0..<w.count {
                out.append(Array(w[..<k])); out.append(Array(w[k...]))
                for b: UInt8 in [0x00, 0x2C, 0x41, 0x5F, 0x61, 0x7A, 0xD0, w[k] ^ 0x20, w[k] &+ 1] {
                    var changed = w; changed[k] = b; out.append(changed)
                    var added = w; added.insert(b, at: k); out.append(added)
                }
            }
            out.append(w + [0x73])
        }
        return out
    }

    /// `value` on `field` followed by each of several paddings.
    static func agree<V: Equatable>(_ field: [UInt8], _ table: (UnsafeRawPointer, Int) -> V?, _ reference: (UnsafeRawBufferPointer) -> V?) -> Bool {
        for padding: [UInt8] in [[0x2C], [0x0A], [0x00], [0x65, 0x64, 0x2C], Array("suspended,".utf8)] {
            let bytes = field + padding + [UInt8](repeating: 0x78, count: 8)
            let same = bytes.withUnsafeBytes { raw in
                table(raw.baseAddress!, field.count) == reference(UnsafeRawBufferPointer(rebasing: raw[0..<field.count]))
            }
            if !same { return false }
        }
        return true
    }

    @Test func statusesAsTheSchemaSpellsThem() {
        let words = DefendantStatus.allCases.map(\.rawValue) + SentenceType.allCases.map(\.rawValue)
        for field in Self.candidates(words) where !field.isEmpty && field.count <= 30 {
            #expect(Self.agree(field, { DefendantStatus.keywords.value($0, count: $1) }, { DefendantStatus(bytes: $0) }), "\(field)")
        }
    }

    @Test func sentenceTypesAsTheSchemaSpellsThem() {
        let words = SentenceType.allCases.map(\.rawValue) + DefendantStatus.allCases.map(\.rawValue)
        for field in Self.candidates(words) where !field.isEmpty && field.count <= 30 {
            #expect(Self.agree(field, { SentenceType.keywords.value($0, count: $1)?.type }, { SentenceType(bytes: $0) }), "\(field)")
        }
        for type in SentenceType.allCases {
            let bytes = Array(type.rawValue.utf8) + [UInt8](repeating: 0, count: 8)
            #expect(bytes.withUnsafeBytes { SentenceType.keywords.value($0.baseAddress!, count: type.rawValue.utf8.count)?.mayHaveTerm } == type.mayHaveTerm)
        }
    }

    @Test func randomFields() {
        var rng = SplitMix64(seed: 22)
        let alphabet = Array("abcdefilmnoprstuvy_,".utf8)
        for _ in 0..<50_000 {
            let n = 1 + Int(rng.next() % 24)
            let field = (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            #expect(Self.agree(field, { SentenceType.keywords.value($0, count: $1)?.type }, { SentenceType(bytes: $0) }), "\(field)")
            #expect(Self.agree(field, { DefendantStatus.keywords.value($0, count: $1) }, { DefendantStatus(bytes: $0) }), "\(field)")
        }
    }

    /// A full table (16 words, which collide under most multipliers) still finds each word,
    /// and nothing else.
    @Test func fullTableFindsEachWord() {
        let words = (0..<10).map { "w\($0)" } + (0..<6).map { String(repeating: "q", count: 9 + $0) }
        let table = KeywordTable(words.enumerated().map { ($0.element, $0.offset) })
        for (k, w) in words.enumerated() {
            let bytes = Array(w.utf8) + [UInt8](repeating: 0x2C, count: 8)
            #expect(bytes.withUnsafeBytes { table.value($0.baseAddress!, count: w.utf8.count) } == k, "\(w)")
            #expect(bytes.withUnsafeBytes { table.value($0.baseAddress!, count: w.utf8.count + 1) } == nil, "\(w),")
        }
    }
}
