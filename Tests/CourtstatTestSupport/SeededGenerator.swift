/// The random source of every property test: SplitMix64 from a fixed seed, so a failure is the
/// same failure on every run and every machine (the seed and case number are in its message).
///
/// Hand-rolled rather than x-sheep/swift-property-based: that package draws a new random seed
/// on every run, and its `.fixedSeed` trait is meant for replaying one failing case (it runs a
/// single case and always records an issue), so it cannot give reproducible CI runs.
public struct SeededGenerator: RandomNumberGenerator {
    private var source: SplitMix64
    public init(seed: UInt64) { source = SplitMix64(seed: seed) }
    public mutating func next() -> UInt64 { source.next() }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Text that stresses CSV: commas, quotes, line breaks (LF, CRLF, a lone CR), tabs, spaces at
    /// the ends, Cyrillic, an em dash, an emoji, combining marks; never a NUL.
    public mutating func text(maxLength: Int = 12) -> String {
        let pieces = ["a", "Z", "7", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "'", ";", "Москва", "ё", "—",
                      "🙂", "e\u{301}", "№", "\\", "#", "=", "x,y", "\"a,b\""]
        return (0..<int(0...maxLength)).map { _ in pick(pieces) }.joined()
    }

    /// A section number as the case schema accepts it: 337, 352.1, 2.15.
    public mutating func sectionNumber(maxDigits: Int) -> String {
        var s = String(int(1...9)) + (0..<int(0...(maxDigits - 1))).map { _ in String(int(0...9)) }.joined()
        if chance(0.3) { s += "." + (0..<int(1...2)).map { _ in String(int(0...9)) }.joined() }
        return s
    }
}
