// libFuzzer harness: the published-figures reader (datasets/published_figures.csv), and every
// figure used as a count as a claim would use it. Built with the CourtstatData sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFigures(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = MemoryFile.path(holding: UnsafeBufferPointer(start: data, count: size))
    do {
        let figures = try PublishedFigures(source: InputSource(path: path))
        for f in figures.figures {
            precondition(figures[f.id] != nil, "figure \(f.id) not found by its id")
            _ = f.period
            do { _ = try figures.count(f.id) } catch { _ = error.description }
        }
        do { _ = try figures.figure("no such figure") } catch { _ = error.description }
    } catch {
        _ = error.description
    }
    return 0
}
