// libFuzzer harness: the case-level CSV reader and validator (CaseReader over CSVReader), as
// `courtstat validate` runs them, and then `count`; each both with the fast path for plain rows
// and without it, which must agree. Built with the CourtstatData sources by scripts/fuzz.sh.

/// Every problem of a file, as `validate` collects them, each message rendered, and the
/// rows read (with their values); `fast` false reads every row the general way.
func validate(_ path: String, mapping: ColumnMapping, fast: Bool = true) -> (valid: Bool, trace: [String]) {
    var problems = 0
    var trace: [String] = []
    do {
        let reader = try CaseReader(source: InputSource(path: path), mapping: mapping, checkDuplicates: true, maxRecordBytes: 4096)
        reader.usesFastPath = fast
        _ = reader.extraColumns
        while true {
            do {
                guard try reader.nextRow() else { break }
                for p in reader.rowProblems { trace.append(p.description); _ = p.line; problems += 1 }
                if reader.rowProblems.isEmpty { trace.append("\(reader.current) \(CaseColumn.allCases.map { reader.string($0) ?? "-" })") }
            } catch {
                trace.append(error.description); problems += 1
                if reader.csv.isStopped { break }
            }
        }
        trace.append("rows \(reader.rowCount) line \(reader.csv.currentLine)")
    } catch {
        return (false, [error.description])
    }
    return (problems == 0, trace)
}

/// The count of a file, or its error, as text.
func count(_ path: String, mapping: ColumnMapping, unit: PeriodUnit, split: CaseColumn?, filter: CaseFilter, fast: Bool) -> String {
    do {
        let reader = try CaseReader(source: InputSource(path: path), mapping: mapping, maxRecordBytes: 4096)
        reader.usesFastPath = fast
        let table = try CaseCounter.count(reader, by: unit, split: split, filter: filter)
        precondition(table.totals.reduce(0, +) == table.rowsCounted, "split counts do not add up")
        _ = table.coveredDays
        return "\(table.groups) \(table.counts) \(table.rowsRead) \(table.rowsCounted) \(table.notes)"
    } catch {
        return error.description
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCases(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks a column mapping, so that mapped headers are explored too.
    let mapping = size > 0 && bytes[0] & 1 == 1
        ? (try? ColumnMapping(parsing: "case_id=id,received_date=date,defendant_status=status")) ?? ColumnMapping()
        : ColumnMapping()
    let path = MemoryFile.path(holding: bytes)
    // The fast path for plain rows must give exactly what the general path gives.
    let checked = validate(path, mapping: mapping)
    precondition(checked.trace == validate(path, mapping: mapping, fast: false).trace, "fast and general paths differ")
    // Every file is counted (a valid one to the end, an invalid one to its first problem), by a
    // unit and split chosen from its size, with and without the fast path.
    let unit = PeriodUnit.allCases[size % PeriodUnit.allCases.count]
    let split = size % 3 == 0 ? nil : CaseColumn.splittable[size % CaseColumn.splittable.count]
    var filter = CaseFilter()
    if size % 5 == 0 { filter.date = .decision }
    if size % 7 == 0 { filter.articles = ["337"] }
    let counted = count(path, mapping: mapping, unit: unit, split: split, filter: filter, fast: true)
    precondition(counted == count(path, mapping: mapping, unit: unit, split: split, filter: filter, fast: false),
                 "fast and general counts differ")
    return 0
}
