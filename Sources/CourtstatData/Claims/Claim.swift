/// One claim of a claims file, typed: what every kind shares (`id`, `kind`, `conf_level`, the
/// quoted `text`, its `source`, the `measure` it is about) and the table holding the kind's
/// operands (counts, figure ids, periods, the claimed region), which are read when the claim is
/// checked because figure ids mean something only with a figures file.
public struct Claim: Sendable {
    /// The claim's id: the `claim` column of its row.
    public var id: String
    public var kind: ClaimKind
    /// The level of the interval the verdict rests on (default 0.95), strictly between 0 and 1.
    public var confLevel: Double
    /// The wording quoted from the source, if given.
    public var text: String?
    /// Where the claim was published (a URL), if given.
    public var source: String?
    /// What the claim counts ("convictions"), when a figure it names may count something else.
    public var measure: String?
    /// The `[[claim]]` table, with the line of every key, for the kind's operands.
    public var table: ClaimTable

    /// Reads the shared keys of `table` in the order a reader meets them (id, kind, conf_level,
    /// text, source, measure, then whether the kind is one there is), so the first problem is
    /// the one reported.
    public init(_ table: ClaimTable, path: String) throws(ClaimsFileError) {
        func error(_ key: String, _ message: String) -> ClaimsFileError {
            ClaimsFileError(path: path, line: table.entries[key]?.line ?? table.line, message: "\(key): \(message)")
        }
        func string(_ key: String) throws(ClaimsFileError) -> String? {
            guard let entry = table.entries[key] else { return nil }
            guard case .string(let s) = entry.value else { throw error(key, "expected a \"string\"") }
            return s
        }
        func required(_ key: String) throws(ClaimsFileError) -> String {
            guard let s = try string(key) else {
                throw ClaimsFileError(path: path, line: table.line, message: "\(key): missing in the claim that starts here")
            }
            return s
        }
        id = try required("id")
        let kindName = try required("kind")
        var level = 0.95
        if let entry = table.entries["conf_level"] {
            guard case .number(let v) = entry.value else { throw error("conf_level", "expected a number") }
            level = v
        }
        guard level > 0, level < 1 else { throw error("conf_level", "expected a number strictly between 0 and 1, found \(level)") }
        confLevel = level
        text = try string("text")
        source = try string("source")
        measure = try string("measure")
        guard let kind = ClaimKind(rawValue: kindName) else {
            throw error("kind", "expected one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")), found '\(kindName)'")
        }
        self.kind = kind
        self.table = table
    }
}

extension ClaimsFile {
    /// The claims of `text`, typed, in file order: the first problem in the file is thrown.
    public static func claims(_ text: String, path: String) throws(ClaimsFileError) -> [Claim] {
        var claims: [Claim] = []
        for table in try parse(text, path: path) { claims.append(try Claim(table, path: path)) }
        return claims
    }
}
