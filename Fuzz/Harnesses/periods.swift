// libFuzzer harness: the period parser (`--period`, claims files, figures) and the date parser.
// Built with the CourtstatData sources by scripts/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeriods(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let period = try Period.parse(text)
        precondition(period.days >= 1 && period.start <= period.end, "a period of \(period.days) days")
        // What parses prints as a label that parses back to the same days.
        let again = try Period.parse(period.description)
        precondition(again.start == period.start && again.end == period.end, "\(text) → \(period) → \(again)")
        _ = period.next
        _ = Period.isoWeek(of: period.start)
    } catch {
        _ = error.description
    }
    if case .success(let d) = CivilDate.parse(bytes) {
        precondition(d.description.utf8.count == 10 || d.year > 9999 || d.year < 0, "date \(d)")
    }
    _ = CivilDate.parse(text)
    return 0
}
