/// Reads a sentence term as scrapes write it: `2 года 6 месяцев` → 30, `2,5 года` → 30,
/// `30 мес.` → 30, `1 год` → 12, `5 лет` → 60, a bare `30` → 30 months; words in parentheses
/// (`2 (два) года`, as sentence texts spell numbers out) are skipped. The text is folded
/// (`TextFold`). Years are 12 months.
public enum TermText {
    /// The months of a folded term; `yearWords` and `monthWords` are the profile's unit words.
    public static func months(_ folded: String, yearWords: Set<String> = ["год", "года", "лет", "г"],
                              monthWords: Set<String> = ["месяц", "месяца", "месяцев", "мес", "м"]) -> Parsed<Double> {
        let expected = "a term like '2 года 6 месяцев', '2,5 года', '30 мес.' or a number of months"
        var number: Double?
        var total = 0.0
        var sawUnit = false
        var depth = 0
        var word = ""
        var digits = ""
        func flushNumber() -> Bool {
            guard !digits.isEmpty else { return true }
            guard number == nil, let v = Double(digits.replacingOccurrences(of: ",", with: ".")) else { return false }
            number = v; digits = ""
            return true
        }
        func flushWord() -> Bool {
            guard !word.isEmpty else { return true }
            defer { word = "" }
            guard let n = number else { return false }
            if yearWords.contains(word) { total += n * 12 } else if monthWords.contains(word) { total += n } else { return false }
            number = nil; sawUnit = true
            return true
        }
        for c in folded.unicodeScalars {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth -= 1; if depth < 0 { return .problem(expected) }; continue }
            if depth > 0 { continue }
            if ("0"..."9").contains(c) || ((c == "," || c == ".") && !digits.isEmpty && word.isEmpty) {
                guard flushWord() else { return .problem(expected) }
                digits.unicodeScalars.append(c)
            } else if c.properties.isAlphabetic {
                guard flushNumber() else { return .problem(expected) }
                word.unicodeScalars.append(c)
            } else if c == " " || c == "." || c == "," {
                if c == "." && !word.isEmpty { guard flushWord() else { return .problem(expected) }; continue }
                guard flushNumber(), flushWord() else { return .problem(expected) }
            } else {
                return .problem(expected)
            }
        }
        if digits.hasSuffix(",") || digits.hasSuffix(".") { digits.removeLast() }
        guard depth == 0, flushNumber(), flushWord() else { return .problem(expected) }
        if let n = number {             // a number with no unit: months, and only alone
            guard !sawUnit else { return .problem(expected) }
            total = n
        } else if !sawUnit { return .problem(expected) }
        guard total > 0, total.isFinite else { return .problem("a term above 0 months") }
        return .value(total)
    }
}
