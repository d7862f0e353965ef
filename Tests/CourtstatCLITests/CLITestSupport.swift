import CourtstatTestSupport
import Foundation

/// The built `courtstat` executable, next to the test bundle in the build folder.
let courtstatBinary: URL = {
    let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent("courtstat")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/courtstat")
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The JSON object on stdout.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
    }
}

/// Runs courtstat with arguments (and optional standard input), returning status and output.
func courtstat(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = courtstatBinary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
}

func courtstat(_ line: String) throws -> Run {
    try courtstat(line.split(separator: " ").map(String.init))
}
