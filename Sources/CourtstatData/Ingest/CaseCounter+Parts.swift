#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

extension CaseCounter {
    /// Files smaller than this are counted by one reader.
    static let minimumBytesForParts = 8 << 20

    /// Counts a large file in parts on several threads; nil when the file is better read in one
    /// piece (standard input, a small file, one core) or when the cuts did not fall between
    /// records. The first reader (`reader`, past its header) takes the first part.
    static func countInParts(_ reader: CaseReader, splitIndex: Int, filter: CompiledFilter) throws(DataError) -> PartialCount? {
        let source = reader.source
        guard source.path != "-" else { return nil }
        var info = stat()
        guard stat(source.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        let workers = min(4, System.activeProcessorCount)
        guard workers >= 2, size >= minimumBytesForParts else { return nil }
        // Cut points: the start of the line after each nth of the file.
        let fd = open(source.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var cuts: [Int] = []
        for k in 1..<workers {
            guard let cut = lineStart(after: size * k / workers, fd: fd, size: size),
                  cut > (cuts.last ?? reader.csv.offset), cut < size else { return nil }
            cuts.append(cut)
        }
        reader.csv.stopOffset = cuts[0]
        var readers: [CaseReader] = [reader]
        for (k, cut) in cuts.enumerated() {
            let csv = try CSVReader(source: source, startOffset: cut, stopOffset: k + 1 < cuts.count ? cuts[k + 1] : .max)
            readers.append(CaseReader(continuing: reader, csv: csv))
        }
        let work = PartsWork(readers: readers)
        DispatchQueue.concurrentPerform(iterations: readers.count) { k in
            work.results[k] = Result { () throws(DataError) in
                try countPart(work.readers[k], splitIndex: splitIndex, filter: filter)
            }
        }
        // Combine in file order; the first error in the file wins.
        var total = PartialCount()
        var lineOffset = 0
        for k in readers.indices {
            let r = readers[k]
            switch work.results[k]! {
            case .failure(let error): throw error.shifted(lines: lineOffset)
            case .success(let part): total.add(part)
            }
            if k + 1 < readers.count {
                guard r.csv.offset == cuts[k] else {       // a record ran across the cut
                    let whole = try CaseReader(source: source, mapping: reader.mapping)
                    whole.usesFastPath = reader.usesFastPath
                    return try countPart(whole, splitIndex: splitIndex, filter: filter)
                }
                lineOffset += r.csv.currentLine - 1
            }
        }
        return total
    }

    /// The offset just after the first line feed at or after `offset` (read with pread), or nil.
    static func lineStart(after offset: Int, fd: Int32, size: Int) -> Int? {
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var at = offset
        while at < size {
            let n = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
            guard n > 0 else { return nil }
            if let i = block[..<n].firstIndex(of: 10) { return at + i + 1 }
            at += n
            if at - offset > 1 << 20 { return nil }
        }
        return nil
    }
}

/// The readers and results of the parts, shared with the worker threads; each thread touches
/// only its own index.
private final class PartsWork: @unchecked Sendable {
    let readers: [CaseReader]
    var results: [Result<PartialCount, DataError>?]
    init(readers: [CaseReader]) { self.readers = readers; results = Array(repeating: nil, count: readers.count) }
}

enum System {
    static var activeProcessorCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
