// libFuzzer harness: the claims-file reader (ClaimsFile.parse, the TOML subset of
// datasets/claims/, and ClaimsFile.claims, the typed claims), compiled with
// Sources/CourtstatData/Claims/*.swift by scripts/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let tables = try ClaimsFile.parse(text, path: "claims.toml")
        precondition(!tables.isEmpty, "no table and no error")
        for t in tables {
            precondition(t.keys.count == t.entries.count, "keys and entries differ")
            for (_, entry) in t.entries { precondition(entry.line >= t.line, "a key before its table") }
        }
        // The typed claims: the same tables, each with an id, a kind and a level in (0, 1), or an error.
        let claims = try ClaimsFile.claims(text, path: "claims.toml")
        precondition(claims.count == tables.count, "a table without a claim")
        for c in claims { precondition(c.confLevel > 0 && c.confLevel < 1, "a level outside (0, 1)") }
    } catch {
        _ = error.description
    }
    return 0
}
