// libFuzzer harness: the case-level CSV reader and validator (CaseReader over CSVReader), as
// `courtstat validate` runs them, and then `count` on a file that validated. Built with the
// CourtstatData sources by scripts/fuzz.sh.

/// Every problem of a file, as `validate` collects them, and each message rendered.
func validate(_ path: String, mapping: ColumnMapping) -> Bool {
    var problems = 0
    do {
        let reader = try CaseReader(source: InputSource(path: path), mapping: mapping, checkDuplicates: true, maxRecordBytes: 4096)
        _ = reader.extraColumns
        while true {
            do {
                guard try reader.nextRow() else { break }
                for p in reader.rowProblems { _ = p.description; _ = p.line; problems += 1 }
                if reader.rowProblems.isEmpty { _ = reader.record }
            } catch {
                _ = error.description; problems += 1
                if reader.csv.isStopped { break }
            }
        }
    } catch {
        _ = error.description
        return false
    }
    return problems == 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCases(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks a column mapping, so that mapped headers are explored too.
    let mapping = size > 0 && bytes[0] & 1 == 1
        ? (try? ColumnMapping(parsing: "case_id=id,received_date=date,defendant_status=status")) ?? ColumnMapping()
        : ColumnMapping()
    let path = MemoryFile.path(holding: bytes)
    guard validate(path, mapping: mapping) else { return 0 }
    // A valid file is counted, by a unit and split chosen from its size.
    let unit = PeriodUnit.allCases[size % PeriodUnit.allCases.count]
    let split = size % 3 == 0 ? nil : CaseColumn.splittable[size % CaseColumn.splittable.count]
    var filter = CaseFilter()
    if size % 5 == 0 { filter.date = .decision }
    do {
        let table = try CaseCounter.count(try CaseReader(source: InputSource(path: path), mapping: mapping, maxRecordBytes: 4096),
                                          by: unit, split: split, filter: filter)
        precondition(table.totals.reduce(0, +) == table.rowsCounted, "split counts do not add up")
        _ = table.coveredDays
    } catch {
        _ = error.description
    }
    return 0
}
