// libFuzzer harness: the parsing of numbers and lists given on the command line
// (Sources/courtstat/ArgumentValues.swift, compiled in with ExitStatus.swift by scripts/fuzz.sh).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    if let v = try? ArgumentValues.number(text, "--x") { precondition(v.isFinite, "number \(v) from '\(text)'") }
    if let v = try? ArgumentValues.count(text, "--n") { precondition(v >= 0, "count \(v) from '\(text)'") }
    if let v = try? ArgumentValues.numbers(text, "--a") { precondition(v.allSatisfy(\.isFinite) && !v.isEmpty) }
    if let v = try? ArgumentValues.counts(text, "--x") { precondition(v.allSatisfy { $0 >= 0 } && !v.isEmpty) }
    if let t = try? ArgumentValues.table(text, "--table") { precondition(t.allSatisfy { $0.allSatisfy { $0 >= 0 } }) }
    do { _ = try ArgumentValues.table(text, "--table") } catch { _ = "\(error)" }
    return 0
}
