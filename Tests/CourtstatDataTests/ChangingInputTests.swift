import Foundation
import Testing
@testable import CourtstatData

/// Files that change while they are read, and inputs that can be read only once.
@Suite struct ChangingInputTests {
    /// 3 MB of rows "N,x…x": more than one 1 MiB chunk.
    static func bigFile() -> (path: String, lines: [String]) {
        let lines = (0..<30_000).map { "\($0)," + String(repeating: "x", count: 90) }
        return (TestFiles.write("n,text\n" + lines.joined(separator: "\n") + "\n"), lines)
    }

    @Test func aFileCutShortWhileReadIsAnError() throws {
        let (path, lines) = Self.bigFile()
        let csv = try CSVReader(source: InputSource(path: path))
        #expect(try csv.nextRecord())                  // the first chunk is in memory
        let cut = ("n,text\n" + lines.prefix(15_000).joined(separator: "\n") + "\n").utf8.count
        #expect(truncate(path, off_t(cut)) == 0)       // at a line boundary: no broken row shows it
        let error = #expect(throws: DataError.self) { while try csv.nextRecord() {} }
        #expect(error?.description == "\(path): cannot read: the file changed while it was read (\(Self.fileSize(lines)) bytes when opened, \(cut) at the end)")
        #expect(error?.kind == .missingInput)
    }

    @Test func aFileThatGrowsWhileReadIsAnError() throws {
        let (path, _) = Self.bigFile()
        let csv = try CSVReader(source: InputSource(path: path))
        #expect(try csv.nextRecord())
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("30000,late\n".utf8))
        try handle.close()
        #expect(throws: DataError.self) { while try csv.nextRecord() {} }
    }

    @Test func anUnchangedFileReadsToTheEnd() throws {
        let (path, lines) = Self.bigFile()
        #expect(try TestFiles.records(path).count == lines.count + 1)
    }

    static func fileSize(_ lines: [String]) -> Int { ("n,text\n" + lines.joined(separator: "\n") + "\n").utf8.count }

    /// A FIFO can be opened once; ReusableInput copies it so that it can be read again, under
    /// its own name, and removes the copy afterwards.
    @Test func aFIFOIsCopiedOnceAndReadTwice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("courtstat-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("cases.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let text = Array("a,b\n1,2\n3,4\n".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        writer.start()
        var copyPath = ""
        do {
            let input = try ReusableInput(InputSource(path: fifo))
            copyPath = input.source.path
            #expect(copyPath != fifo && input.source.name == fifo)
            for _ in 0..<2 {
                let csv = try CSVReader(source: input.source)
                var rows: [[String]] = []
                while try csv.nextRecord() { rows.append(csv.strings) }
                #expect(rows == [["a", "b"], ["1", "2"], ["3", "4"]])
            }
        }
        #expect(!FileManager.default.fileExists(atPath: copyPath), "the copy of the FIFO was left behind")
        #expect(!TemporaryFiles.registeredPaths.contains(copyPath))
    }

    @Test func aRegularFileIsNotCopied() throws {
        let path = TestFiles.write("a\n1\n")
        #expect(try ReusableInput(InputSource(path: path)).source.path == path)
    }
}

/// The registry of temporary files that a signal handler removes. (Other tests write files at
/// the same time, so only this test's own folder is looked at.) Serialized: while
/// `moreFilesThanSlotsStillWork` holds every slot, a writer opened by the other test gets none
/// and is rightly not registered, which failed that test's count now and then.
@Suite(.serialized) struct TemporaryFilesTests {
    static func registered(in folder: String) -> [String] { TemporaryFiles.registeredPaths.filter { $0.hasPrefix(folder + "/") } }

    @Test func writersRegisterTheirTemporaryFileUntilCommitOrAbandon() throws {
        let folder = (TestFiles.write("x") as NSString).deletingLastPathComponent
        let w = try AtomicFileWriter(path: folder + "/out.csv")
        let temporary = Self.registered(in: folder)
        #expect(temporary.count == 1 && temporary[0].hasPrefix(folder + "/.out.csv.tmp-"))
        try w.write("a,b\n")
        try w.commit()
        #expect(Self.registered(in: folder).isEmpty)
        let abandoned = try AtomicFileWriter(path: folder + "/other.csv")
        #expect(Self.registered(in: folder).count == 1)
        abandoned.abandon()
        #expect(Self.registered(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["cases.csv", "out.csv"])
    }

    @Test func moreFilesThanSlotsStillWork() throws {
        let folder = (TestFiles.write("x") as NSString).deletingLastPathComponent
        let writers = try (0..<(TemporaryFiles.slots + 3)).map { try AtomicFileWriter(path: folder + "/f\($0).csv") }
        for w in writers { try w.write("x\n"); try w.commit() }
        #expect(Self.registered(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == TemporaryFiles.slots + 4)
    }
}

/// Standard input redirected from a file that an earlier command has partly read (`(read
/// header; courtstat count -) < cases.csv`) starts mid-file: that is not a file that changed.
@Suite struct PartlyReadStandardInputTests {
    @Test func readingFromTheMiddleOfAnUnchangedFileIsFine() throws {
        let path = TestFiles.write("skip me\na,b\n1,2\n")
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(lseek(fd, 8, SEEK_SET) == 8)
        let csv = CSVReader(descriptor: fd, name: "<stdin>", ownsDescriptor: false, maxRecordBytes: CSVReader.defaultMaxRecordBytes)
        var rows: [[String]] = []
        while try csv.nextRecord() { rows.append(csv.strings) }
        #expect(rows == [["a", "b"], ["1", "2"]])
    }
}
