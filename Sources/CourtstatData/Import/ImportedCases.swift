#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scrape imported with a profile into a private temporary case file, for the analysis commands'
/// `--profile`: they then read it as they read any case file, so their numbers are exactly those of
/// `courtstat import` followed by the command on its output. The import streams (memory stays flat);
/// the temporary file is removed when this object goes away or the process is interrupted
/// (`TemporaryFiles`). Messages name the original file.
public final class ImportedCases {
    /// The imported cases, named after the scrape in messages.
    public let source: InputSource
    public let summary: ImportSummary
    private let file: TemporaryFile

    /// Imports `original` (a file or `-`). Rejected rows are left out and counted in the summary.
    public init(_ original: InputSource, options: ImportOptions) throws(DataError) {
        let importer = try ScrapeImporter(source: original, options: options)
        // Removed when this object goes away, or at once if the import fails (the local's deinit).
        let file = try TemporaryFile(prefix: "courtstat-import", purpose: "cannot make a temporary file for the import")
        file.closeDescriptor()
        // The writer renames its own temporary file onto `file.path` when done.
        let writer = try AtomicFileWriter(path: file.path)
        summary = try importer.run(output: writer, rejects: nil)
        try writer.commit()
        guard summary.written > 0 else {
            throw .bad(file: original.name, line: 2, column: 1, name: nil, expected: "at least one row that imports",
                       found: "none of \(summary.read) (" + summary.rejectedByReason.map { "\($0.count) \($0.reason)" }.joined(separator: "; ") + ")")
        }
        self.file = file
        source = InputSource(path: file.path, name: original.name)
    }
}
