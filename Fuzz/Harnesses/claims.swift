// libFuzzer harness: the claims-file parser (ClaimsFile.parse, the TOML subset of
// datasets/claims/), compiled with ClaimsFile.swift and ClaimError.swift by scripts/fuzz.sh.

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
    } catch {
        _ = error.description
    }
    return 0
}
