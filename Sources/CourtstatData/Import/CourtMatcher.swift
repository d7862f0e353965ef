/// One garrison military court of the official list (datasets/garrison_courts.csv).
public struct GarrisonCourt: Sendable, Equatable {
    public var id: String
    public var name: String
    public var region: String
    public var website: String
}

/// Matches the ways scrapes and news reports name a garrison military court to the official
/// list (formats/court-scrapes.md): the full name (`Барнаульский гарнизонный военный суд`), with
/// the region in parentheses, shortened (`Барнаульский ГВС`), in another case
/// (`Барнаульского гарнизонного военного суда`), numbered (`224 гарнизонный военный суд`,
/// `224 ГВС`), or the court code (`54GV0003`, which starts every УИД of the court).
///
/// Named courts are matched by the stem of their first word (the city adjective without its case
/// ending), and only when the rest of the name says garrison or military court (or is absent):
/// `Барнаульский районный суд` is not matched. The stems of the 100 names are all different; a
/// stem that two courts shared would match neither.
public struct CourtMatcher: Sendable {
    public let courts: [GarrisonCourt]
    private var byID: [String: Int] = [:]
    private var byNumber: [String: Int] = [:]
    private var byStem: [String: Int] = [:]

    /// The built-in official list.
    public static let official = CourtMatcher(csv: GarrisonCourtsData.csv)

    init(csv: String) {
        var courts: [GarrisonCourt] = []
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { continue }
            courts.append(GarrisonCourt(id: f[0], name: f[1], region: f[2], website: f[3]))
        }
        self.courts = courts
        var ambiguous = Set<String>()
        for (k, c) in courts.enumerated() {
            byID[c.id.uppercased()] = k
            let first = TextFold.fold(c.name).split(separator: " ").first.map(String.init) ?? ""
            if first.allSatisfy(\.isNumber) { byNumber[first] = k; continue }
            let stem = Self.stem(first)
            if byStem[stem] != nil { ambiguous.insert(stem) }
            byStem[stem] = k
        }
        for s in ambiguous { byStem[s] = nil }
    }

    static let endings = ["ому", "ему", "ого", "его", "ими", "ыми", "ий", "ый", "ой", "ом", "ем", "им", "ым", "ая", "ое"]

    /// The first word without its adjective endings, part by part for a hyphenated name
    /// ("Комсомольского-на-Амуре" and "Комсомольский-на-Амуре" both give "комсомольск-на-амуре").
    static func stem(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false).map { part in
            for e in endings where part.hasSuffix(e) && part.count > e.count + 2 { return String(part.dropLast(e.count)) }
            return String(part)
        }.joined(separator: "-")
    }

    /// The court a name (any form above) or a court code stands for; nil when none matches.
    public func match(name: String) -> GarrisonCourt? {
        var folded = TextFold.fold(name)
        // The region in parentheses is not needed to tell the courts apart.
        while let open = folded.firstIndex(of: "("), let close = folded[open...].firstIndex(of: ")") {
            folded.removeSubrange(open...close)
        }
        let words = folded.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        if words.count == 1, let k = byID[first.uppercased()] { return courts[k] }
        let rest = words.dropFirst().joined(separator: " ")
        let saysCourt = rest.isEmpty || rest.contains("гарнизон") || rest.contains("гвс") || rest.contains("военн")
        guard saysCourt else { return nil }
        if first.allSatisfy(\.isNumber) {
            return byNumber[first].map { courts[$0] }
        }
        if first == "гвс" || first.hasPrefix("гарнизон") { return nil }
        return byStem[Self.stem(first)].map { courts[$0] }
    }

    /// The court whose code starts a УИД (`54GV0003-01-2023-000123-45`); nil when none does.
    public func match(uid: String) -> GarrisonCourt? {
        guard let code = uid.split(separator: "-").first, code.count >= 6 else { return nil }
        return byID[code.uppercased()].map { courts[$0] }
    }
}
