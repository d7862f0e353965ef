import Foundation
import CourtstatTestSupport
@testable import CourtstatData

/// Temporary files for the data tests, each in its own folder under the system's temporary one.
enum TestFiles {
    static let header = "case_id,court,region,article,part,received_date,decision_date,defendant_status,sentence_type,sentence_months,source_url"

    /// Writes `bytes` to a new temporary file and returns its path.
    static func write(_ bytes: [UInt8], name: String = "cases.csv") -> String { ScratchFolder.file(bytes, name: name, label: "data-tests") }

    static func write(_ text: String, name: String = "cases.csv") -> String { write(Array(text.utf8), name: name) }

    /// Every problem `validate` would report for a file, in order (header errors stop at once).
    static func problems(_ path: String, mapping: ColumnMapping = ColumnMapping()) -> [DataError] {
        var found: [DataError] = []
        do {
            let reader = try CaseReader(source: InputSource(path: path), mapping: mapping, checkDuplicates: true)
            while true {
                do {
                    guard try reader.nextRow() else { break }
                    found += reader.rowProblems
                } catch {
                    found.append(error)
                    if reader.csv.isStopped { break }
                }
            }
        } catch {
            found.append(error)
        }
        return found
    }

    /// Messages of `problems`, with the path replaced by "F".
    static func messages(_ path: String, mapping: ColumnMapping = ColumnMapping()) -> [String] {
        problems(path, mapping: mapping).map { $0.description.replacingOccurrences(of: path, with: "F") }
    }

    /// Every record of a CSV file as strings.
    static func records(_ path: String) throws -> [[String]] {
        let csv = try CSVReader(source: InputSource(path: path))
        var out: [[String]] = []
        while try csv.nextRecord() { out.append(csv.strings) }
        return out
    }
}
