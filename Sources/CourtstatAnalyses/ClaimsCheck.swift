import CourtstatData
import Foundation

/// A claims file read and parsed into typed claims, ready to be checked: the one call behind
/// `courtstat check` and the report's claims. It is made before any data is read, so that a
/// typo in the claims file is reported first; checking then needs the published figures and,
/// optionally, case-level data.
///
///     let claims = try ClaimsCheck(path: "datasets/claims/mediazona.toml")
///     let rows = try claims.check(figures: PublishedFigures(source: InputSource(path: "datasets/published_figures.csv")))
///
/// Each row's verdict is `supported` when the whole interval at the claim's `conf_level` lies in
/// the claimed region, `contradicted` when none of it does, `inconclusive` otherwise.
public struct ClaimsCheck: Sendable {
    /// The claims file as named (errors name it).
    public let path: String
    /// The claims in file order.
    public let claims: [Claim]

    /// Parses claims from `text`; `path` names the file in errors (ClaimError.file, exit status 65).
    public init(text: String, path: String) throws(ClaimError) {
        self.path = path
        do { claims = try ClaimsFile.claims(text, path: path) } catch { throw ClaimError(error) }
    }

    /// Reads and parses the claims file at `path` ("-" for standard input): a missing or
    /// unreadable file is a DataError (66), invalid UTF-8 a DataError (65), a malformed claim a
    /// ClaimError (65).
    public init(path: String) throws {
        try self.init(text: try ClaimsFile.read(path: path), path: path)
    }

    /// One result per claim, in file order: each checked on the published `figures` (ids the
    /// claims name are looked up there), and, when `caseData` is given, with the figures' counts
    /// and shares counted again in those cases and the claims only case data can decide checked.
    public func check(figures: PublishedFigures, caseData: CaseTally? = nil) throws(ClaimError) -> [ClaimResult] {
        try check(context: FiguresClaimContext(figures: figures, caseData: caseData))
    }

    /// One result per claim, in file order, with periods and figures as `context` gives them.
    public func check(context: ClaimContext) throws(ClaimError) -> [ClaimResult] {
        let checker = ClaimChecker(context: context, path: path)
        var results: [ClaimResult] = []
        for claim in claims { results.append(try checker.check(claim)) }
        return results
    }
}

extension ClaimsFile {
    /// A claims file's text: a missing or unreadable file is DataError 66, invalid UTF-8 is 65.
    public static func read(path: String) throws(DataError) -> String {
        let fd = try InputSource(path: path).open()
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: fd != 0)
        let data = handle.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw .bad(file: path, line: 1, column: 1, name: nil, expected: "UTF-8 text", found: "invalid bytes")
        }
        return text
    }
}
