import CourtstatTestSupport
import Foundation
import Testing

/// Faults from outside: folders that cannot be written, a disk that fills, Ctrl-C and SIGTERM
/// during a report, inputs that are streams, folders, cut short or absurdly long. In every case
/// the run ends with a documented status and a one-line message, and the output folder holds
/// only complete files (byte for byte those of an uninterrupted run) and no temporary ones.
@Suite(.serialized) struct FaultInjectionTests {
    // MARK: output

    @Test func anOutputFolderThatCannotBeCreatedExits73() throws {
        let folder = FaultInjection.newFolder("not-a-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))
        let run = try courtstat(FaultInjection.reportArguments + ["--out", file.path + "/out"], in: repositoryRoot)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr == "courtstat: \(file.path)/out: cannot write: cannot create the folder\n")
        #expect(FaultInjection.names(folder) == ["file"])
        let simulate = try courtstat(["simulate", "--params", "datasets/simulation-params.json", "--seed", "1",
                                      "--out", file.path + "/cases.csv"], in: repositoryRoot)
        #expect(simulate.status == 73 && simulate.stderr.hasPrefix("courtstat: \(file.path)/cases.csv: cannot write: "), "\(simulate.stderr)")
    }

    /// A read-only file system (a tmpfs mounted read-only; as root, permissions alone do not
    /// stop a write), or a folder without write permission when not root.
    @Test(.enabled(if: getuid() != 0 || FaultInjection.canMountTmpfs, "a read-only output folder needs a tmpfs when run as root"))
    func anUnwritableOutputFolderExits73AndWritesNothing() throws {
        let folder: URL
        var mounted: URL?
        if getuid() == 0 {
            let (url, reason) = FaultInjection.mountTmpfs(size: "1m", readOnly: true)
            let readOnly = try #require(url, "mounting a read-only tmpfs: \(reason)")
            folder = readOnly; mounted = readOnly
        } else {
            folder = FaultInjection.newFolder("read-only")
            chmod(folder.path, 0o555)
        }
        defer { if let mounted { FaultInjection.unmount(mounted) } else { chmod(folder.path, 0o755); try? FileManager.default.removeItem(at: folder) } }
        let run = try courtstat(FaultInjection.reportArguments + ["--out", folder.path], in: repositoryRoot)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("courtstat: \(folder.path)"), "\(run.stderr)")
        #expect(FaultInjection.names(folder).isEmpty)
        let simulate = try courtstat(["simulate", "--params", "datasets/simulation-params.json", "--seed", "1",
                                      "--out", folder.path + "/cases.csv"], in: repositoryRoot)
        #expect(simulate.status == 73, "\(simulate.stderr)")
        #expect(FaultInjection.names(folder).isEmpty)
    }

    /// The disk fills at different points of a report (a small tmpfs): while the CSV files are
    /// written, and while gnuplot draws, which exits 0 even when it could not finish a PNG.
    @Test(.enabled(if: FaultInjection.canMountTmpfs, "a disk that fills needs a small tmpfs (root and mount)"),
          arguments: ["100k", "140k", "200k"])
    func aDiskThatFillsDuringAReport(_ size: String) throws {
        let (url, reason) = FaultInjection.mountTmpfs(size: size)
        let mounted = try #require(url, "mounting a tmpfs of \(size): \(reason)")
        defer { FaultInjection.unmount(mounted) }
        let out = mounted.appendingPathComponent("out")
        let run = try courtstat(FaultInjection.reportArguments + ["--out", out.path], in: repositoryRoot)
        #expect(run.status == 73, "\(size): \(run.stderr)")
        #expect(run.stderr.contains("No space left on device") || run.stderr.contains("incomplete file (is the disk full?)"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(FaultInjection.incompleteFiles(in: out, reference: FaultInjection.referenceReport).isEmpty,
                "\(size): \(FaultInjection.incompleteFiles(in: out, reference: FaultInjection.referenceReport))")
    }

    // MARK: signals

    /// SIGINT and SIGTERM at points spread over a whole report, into an empty folder and into
    /// one holding the previous report: the process ends by the signal, and every file left is
    /// complete; no temporary file, no half-drawn chart, no old file lost.
    @Test func signalsDuringAReportLeaveOnlyCompleteFiles() throws {
        let reference = FaultInjection.referenceReport
        let started = Date()
        _ = try courtstat(FaultInjection.reportArguments + ["--out", FaultInjection.newFolder("timing").path], in: repositoryRoot)
        let duration = Date().timeIntervalSince(started)
        for (i, fraction) in [0.1, 0.3, 0.5, 0.65, 0.8, 0.95].enumerated() {
            let out = FaultInjection.newFolder("signal")
            defer { try? FileManager.default.removeItem(at: out) }
            let previous = i % 3 == 2
            if previous {
                for name in FaultInjection.names(reference) {
                    try FileManager.default.copyItem(at: reference.appendingPathComponent(name), to: out.appendingPathComponent(name))
                }
            }
            let process = try FaultInjection.start(FaultInjection.reportArguments + ["--out", out.path])
            Thread.sleep(forTimeInterval: fraction * duration)
            let signal = i % 2 == 0 ? SIGINT : SIGTERM
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let label = "signal \(signal) at \(Int(fraction * 100))% of \(String(format: "%.2f", duration)) s"
            if process.terminationReason == .uncaughtSignal {
                #expect(process.terminationStatus == signal, "\(label)")
            } else {
                #expect(process.terminationStatus == 0, "\(label): the report ended with \(process.terminationStatus)")
            }
            #expect(FaultInjection.incompleteFiles(in: out, reference: reference).isEmpty,
                    "\(label): \(FaultInjection.incompleteFiles(in: out, reference: reference))")
            if previous { #expect(FaultInjection.names(out) == FaultInjection.names(reference), "\(label): files lost") }
        }
    }

    // MARK: input

    /// Standard input and a FIFO can be read once; `report` reads its data three times, so it
    /// copies them first. Both give the files a report of the file gives.
    @Test func standardInputAndAFIFOAsData() throws {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv"))
        let reference = FaultInjection.referenceReport
        let compared = ["trend_series.csv", "trend_models.csv", "compare_results.csv", "custodial_share_by_quarter.csv", "claims.csv"]

        let fromStdin = FaultInjection.newFolder("stdin")
        defer { try? FileManager.default.removeItem(at: fromStdin) }
        var arguments = FaultInjection.reportArguments
        arguments[2] = "-"
        let run = try courtstat(arguments + ["--out", fromStdin.path, "--no-render"], stdin: String(decoding: data, as: UTF8.self), in: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        for name in compared {
            #expect(FileManager.default.contents(atPath: fromStdin.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: reference.appendingPathComponent(name).path), "stdin: \(name)")
        }

        let folder = FaultInjection.newFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("cases.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            _ = data.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        writer.start()
        let out = folder.appendingPathComponent("out")
        arguments[2] = fifo
        let fromFIFO = try courtstat(arguments + ["--out", out.path, "--no-render"], in: repositoryRoot)
        #expect(fromFIFO.status == 0, "\(fromFIFO.stderr)")
        for name in compared {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: reference.appendingPathComponent(name).path), "FIFO: \(name)")
        }
        let leftover = FaultInjection.names(URL(fileURLWithPath: NSTemporaryDirectory())).filter { $0.hasPrefix("courtstat-input-") }
        #expect(leftover.isEmpty, "copies of the input left behind: \(leftover)")
    }

    @Test(arguments: [["validate", "DIR"], ["count", "DIR", "--by", "month"], ["trend", "DIR", "--by", "week"],
                      ["compare", "DIR", "--outcome", "custodial", "--group", "defendant_status", "--a", "mobilized", "--b", "contract"],
                      ["check", "datasets/claims/mediazona-2023-07.toml", "--data", "DIR"],
                      ["report", "--data", "DIR", "--out", "OUT", "--no-render"]])
    func aFolderAsInputExits66(_ arguments: [String]) throws {
        let folder = FaultInjection.newFolder("input-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = FaultInjection.newFolder("out")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try courtstat(arguments.map { $0 == "DIR" ? folder.path : $0 == "OUT" ? out.path : $0 }, in: repositoryRoot)
        #expect(run.status == 66, "\(arguments): \(run.stderr)")
        #expect(run.stderr == "courtstat: \(folder.path): cannot read: it is a folder, not a file\n", "\(arguments)")
    }

    /// A file whose second line is 100 MB long (no line break), in a fresh folder.
    static func hundredMegabyteLine() throws -> (folder: URL, path: String) {
        let folder = FaultInjection.newFolder("long-line")
        let path = folder.appendingPathComponent("long.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("case_id,article,received_date\nA1,".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        try handle.close()
        return (folder, path)
    }

    static let longLineCommands = [["validate"], ["count", "--by", "month"]]

    /// A 100 MB line is refused after 1 MiB (65) with its place.
    @Test func aHundredMegabyteLineIsRefused() throws {
        let (folder, path) = try Self.hundredMegabyteLine()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in Self.longLineCommands {
            let run = try courtstat([command[0], path] + command.dropFirst())
            #expect(run.status == 65, "\(command): \(run.stderr)")
            #expect(run.stderr.hasPrefix("courtstat: \(path):2:1: expected a line of at most 1024 KiB, found a longer one (is this a CSV file?)\n"))
        }
    }

    /// ... and the process stays small while refusing it (peak memory from GNU time).
    @Test(.enabled(if: FaultInjection.hasTimeCommand, "peak memory needs /usr/bin/time"),
          .disabled(if: FaultInjection.underAddressSanitizer, "AddressSanitizer's shadow memory makes peak memory meaningless"))
    func aHundredMegabyteLineKeepsMemoryFlat() throws {
        let (folder, path) = try Self.hundredMegabyteLine()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in Self.longLineCommands {
            let run = try #require(try FaultInjection.measured([command[0], path] + command.dropFirst()), "no peak memory from /usr/bin/time")
            #expect(run.status == 65, "\(command): \(run.stderr)")
            #expect(run.maxRSSKiB < 64 * 1024, "\(command): \(run.maxRSSKiB) KiB")
        }
    }
}
