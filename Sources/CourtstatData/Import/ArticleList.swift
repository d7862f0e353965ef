/// One article of the Criminal Code as a scrape lists it: `ст.337 ч.5`, `ч. 5 ст. 337 УК РФ`,
/// `ст.163 ч.2 п.п.а,в`. The points of a part (`а`, `в`) are read and kept here but not written
/// to the case schema.
public struct ArticleRef: Sendable, Equatable {
    /// The article number: `337`, `352.1`.
    public var article: String
    /// The part: `5`, `2.1`; nil when none is given.
    public var part: String?
    /// The points of the part (`а`, `в`), in the order given.
    public var points: [String] = []

    /// The form of the `articles` output column: `338.1`, or `338` without a part.
    public var compact: String { part.map { "\(article).\($0)" } ?? article }

    /// The article number as (whole, fraction) for range checks: 352.1 → (352, 1).
    var numberKey: (Int, Int) { ArticleRef.key(article) }
    static func key(_ s: String) -> (Int, Int) {
        let parts = s.split(separator: ".", maxSplits: 1)
        return (Int(parts.first ?? "") ?? 0, parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }
}

/// Reads the articles of a scrape's cell (DESIGN.md, "Real data in"; formats/court-scrapes.md):
/// several articles separated by `;` or `,`; article first (`ст.337 ч.5`, `337 ч.5`, `337`) or
/// part first (`ч. 5 ст. 337`); spaces anywhere or nowhere; points (`п.а`, `п.п.а,в`, `п. «а»`);
/// `УК РФ` and `и` between articles ignored. Any other word makes the cell not understood:
/// nothing is guessed.
public enum ArticleList {
    enum Token: Equatable { case article, part, points, number(String), word(String), separator, comma }

    /// The articles of a cell in its folded form (`TextFold`), or what was expected.
    public static func parse(_ folded: String) -> Parsed<[ArticleRef]> {
        guard let tokens = tokenize(folded) else {
            return .problem("articles like 'ст.337 ч.5' or 'ч. 5 ст. 337 УК РФ'")
        }
        var refs: [ArticleRef] = []
        var current = ArticleRef(article: "", part: nil)
        var pending: Token?         // the marker whose number comes next
        var inPoints = false
        func push() { if !current.article.isEmpty || current.part != nil { refs.append(current) }; current = ArticleRef(article: "", part: nil) }
        for t in tokens {
            switch t {
            case .article: pending = .article; inPoints = false
            case .part: pending = .part; inPoints = false
            case .points: pending = nil; inPoints = true
            case .separator: push(); pending = nil; inPoints = false
            case .comma: if !inPoints { pending = nil }
            case .number(let n):
                inPoints = false
                if pending == .part {
                    if current.part != nil { push() }
                    current.part = n
                } else {
                    if !current.article.isEmpty { push() }
                    current.article = n
                }
                pending = nil
            case .word(let w):
                guard inPoints, w.unicodeScalars.count <= 2 else {
                    return .problem("articles like 'ст.337 ч.5' or 'ч. 5 ст. 337 УК РФ' (found the word '\(w)')")
                }
                current.points.append(w)
            }
        }
        push()
        guard !refs.isEmpty else { return .problem("at least one article number, like 'ст.337 ч.5'") }
        if let bad = refs.first(where: { $0.article.isEmpty }) {
            return .problem("an article number for part \(bad.part ?? "")")
        }
        return .value(refs)
    }

    /// The principal offence (DESIGN.md): the first article from `chapter.from` to `chapter.to`
    /// (Chapter 33, military service, Arts. 331–352.1), else the first that is not a qualifier
    /// (Arts. 30 and 33); nil when only qualifiers are listed.
    public static func principal(_ refs: [ArticleRef], chapter: (from: String, to: String), qualifiers: Set<String>) -> ArticleRef? {
        let lo = ArticleRef.key(chapter.from), hi = ArticleRef.key(chapter.to)
        return refs.first { !qualifiers.contains($0.article) && $0.numberKey >= lo && $0.numberKey <= hi }
            ?? refs.first { !qualifiers.contains($0.article) }
    }

    /// Words of a folded cell: markers, numbers, separators; nil for a character that has no
    /// place in an article list.
    static func tokenize(_ s: String) -> [Token]? {
        var tokens: [Token] = []
        let chars = Array(s.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "." || c == "«" || c == "»" || c == "\"" || c == ":" || c == "(" || c == ")" || c == "№" { i += 1; continue }
            if c == ";" { tokens.append(.separator); i += 1; continue }
            if c == "," { tokens.append(.comma); i += 1; continue }
            if c.properties.numericType != nil, ("0"..."9").contains(c) {
                var j = i
                var text = ""
                while j < chars.count, ("0"..."9").contains(chars[j]) { text.unicodeScalars.append(chars[j]); j += 1 }
                // A fraction: a dot followed by a digit (352.1, 2.1), not the dot that ends "ч.5."
                if j + 1 < chars.count, chars[j] == ".", ("0"..."9").contains(chars[j + 1]) {
                    text.append(".")
                    j += 1
                    while j < chars.count, ("0"..."9").contains(chars[j]) { text.unicodeScalars.append(chars[j]); j += 1 }
                }
                let whole = text.split(separator: ".")
                guard whole[0].count <= 3, whole.count == 1 || whole[1].count <= 2 else { return nil }
                tokens.append(.number(text)); i = j; continue
            }
            if c.properties.isAlphabetic {
                var j = i
                var word = ""
                while j < chars.count, chars[j].properties.isAlphabetic { word.unicodeScalars.append(chars[j]); j += 1 }
                i = j
                switch word {
                case "ст", "статья", "статьи", "статье", "статей", "ст-я": tokens.append(.article)
                case "ч", "часть", "части", "частью", "чч": tokens.append(.part)
                case "п", "пп", "пункт", "пункта", "пункты", "пунктам", "пунктами": tokens.append(.points)
                case "ук", "рф", "уголовного", "кодекса", "российской", "федерации", "и": break
                default: tokens.append(.word(word))
                }
                continue
            }
            if c == "-" || c == "–" || c == "/" { i += 1; continue }
            return nil
        }
        return tokens
    }
}
