// libFuzzer harness: the parsing of numbers and lists given on the command line
// (Sources/courtstat/ArgumentValues.swift, compiled in with ArgumentProblem.swift and CLIError.swift
// by scripts/fuzz.sh): every value parses or is a problem whose message names the option.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let v) = ArgumentValues.parseNumber(text) { precondition(v.isFinite, "number \(v) from '\(text)'") }
    if case .success(let v) = ArgumentValues.parseCount(text) { precondition(v >= 0, "count \(v) from '\(text)'") }
    if case .success(let v) = ArgumentValues.parseNumbers(text) { precondition(v.allSatisfy(\.isFinite) && !v.isEmpty) }
    if case .success(let v) = ArgumentValues.parseCounts(text) { precondition(v.allSatisfy { $0 >= 0 } && !v.isEmpty) }
    switch ArgumentValues.parseTable(text) {
    case .success(let t): precondition(t.allSatisfy { $0.allSatisfy { $0 >= 0 } })
    case .failure(let problem): precondition(problem.error("--table").message.hasPrefix("--table: expected "))
    }
    return 0
}
