extension CaseReader {
    /// Checks the current record field by field, filling `current` and `rowProblems`.
    func check() {
        var f = CaseFields()
        f.line = csv.line
        defer { current = f }
        let width = header.count
        if csv.fieldCount != width {
            let at = csv.fieldCount > width ? csv.location(ofField: width) : csv.endLocation
            problem(at, nil, expected: "\(width) fields, as in the header", found: "\(csv.fieldCount)")
            return
        }
        // Required text columns.
        let caseID = columnIndex[0], article = columnIndex[3], part = columnIndex[4]
        if csv.field(caseID).isEmpty { missing(caseID) }
        else if var seen = duplicates {
            duplicates = nil        // avoid a copy of the table while it is mutated
            if let first = seen.insert(csv.field(caseID), line: csv.line) {
                problem(at: caseID, expected: "a case_id not used before (it is on line \(first))", found: DataError.quoted(csv.field(caseID)))
            }
            duplicates = seen
        }
        let articleBytes = csv.field(article)
        if articleBytes.isEmpty { missing(article) }
        else if !isSectionNumber(articleBytes, maxDigits: 3) {
            problem(at: article, expected: "an article number like 337 or 352.1", found: DataError.quoted(articleBytes))
        }
        if part >= 0 {
            let b = csv.field(part)
            if !b.isEmpty && !isSectionNumber(b, maxDigits: 2) {
                problem(at: part, expected: "a part number like 1 or 2.1, or an empty cell", found: DataError.quoted(b))
            }
        }
        // Dates.
        let received = columnIndex[5], decision = columnIndex[6]
        let r = csv.field(received)
        var receivedDay: CivilDate?
        if r.isEmpty { missing(received) } else { receivedDay = date(r, at: received) }
        if let d = receivedDay { f.received = d }
        if decision >= 0 {
            let b = csv.field(decision)
            if !b.isEmpty, let d = date(b, at: decision) {
                if let receivedDay, d < receivedDay {
                    problem(at: decision, expected: "a date on or after received_date \(receivedDay)", found: DataError.quoted(b))
                }
                f.decision = d
            }
        }
        // Categories.
        let status = columnIndex[7], sentence = columnIndex[8], months = columnIndex[9]
        if status >= 0 {
            let b = csv.field(status)
            if !b.isEmpty {
                if let s = DefendantStatus(bytes: b) { f.status = s } else {
                    problem(at: status, expected: "one of " + DefendantStatus.allCases.map(\.rawValue).joined(separator: ", "),
                            found: DataError.quoted(b))
                }
            }
        }
        if sentence >= 0 {
            let b = csv.field(sentence)
            if !b.isEmpty {
                if let s = SentenceType(bytes: b) { f.sentenceType = s } else {
                    problem(at: sentence, expected: "one of " + SentenceType.allCases.map(\.rawValue).joined(separator: ", "),
                            found: DataError.quoted(b))
                }
            }
        }
        if months >= 0 {
            let b = csv.field(months)
            if !b.isEmpty {
                if let m = parseMonths(b), m > 0, m <= CaseLimits.maxMonths {
                    if let type = f.sentenceType, !type.mayHaveTerm {
                        problem(at: months, expected: "no term for sentence_type '\(type.rawValue)'", found: DataError.quoted(b))
                    }
                    f.months = m
                } else {
                    problem(at: months, expected: "a term in months above 0 and at most 360 (30 years)", found: DataError.quoted(b))
                }
            }
        }
    }

    /// A date cell, or nil after reporting why it is not one.
    @inline(__always)
    func date(_ b: UnsafeRawBufferPointer, at i: Int) -> CivilDate? {
        if let d = state.pointee.months.day(b) { return d }
        switch CivilDate.parse(b) {
        case .success(let d):
            if !CaseLimits.dayNumbers.contains(d.dayNumber) {
                problem(at: i, expected: "a date between 1900-01-01 and 2100-12-31", found: DataError.quoted(b))
                return nil
            }
            state.pointee.months.insert(b, day: d)
            return d
        case .failure(let p):
            problem(at: i, expected: p.expected, found: DataError.quoted(b))
            return nil
        }
    }

    func missing(_ i: Int) {
        problem(at: i, expected: "a value (the column is required)", found: "an empty cell")
    }

    func problem(at i: Int, expected: String, found: String) {
        problem(csv.location(ofField: i), i, expected: expected, found: found)
    }

    func problem(_ at: (line: Int, column: Int), _ field: Int?, expected: String, found: String) {
        rowProblems.append(.bad(file: csv.fileName, line: at.line, column: at.column, name: field.flatMap { csv.name($0) },
                                expected: expected, found: found))
    }
}

/// `D`, `DD`, … up to `maxDigits` digits, optionally `.` and one or two digits (337, 352.1, 2.1).
@inline(__always)
func isSectionNumber(_ b: UnsafeRawBufferPointer, maxDigits: Int) -> Bool {
    var i = 0
    let n = b.count
    while i < n && b[i] &- 48 < 10 { i += 1 }
    guard i >= 1, i <= maxDigits else { return false }
    if i == n { return true }
    guard b[i] == UInt8(ascii: "."), n - i - 1 >= 1, n - i - 1 <= 2 else { return false }
    i += 1
    while i < n { if b[i] &- 48 >= 10 { return false }; i += 1 }
    return true
}

/// A plain decimal number of months (`18`, `4.5`); nil for anything else (signs, exponents).
@inline(__always)
func parseMonths(_ b: UnsafeRawBufferPointer) -> Double? {
    var whole = 0, i = 0
    while i < b.count, b[i] &- 48 < 10, i < 6 { whole = whole * 10 + Int(b[i] &- 48); i += 1 }
    guard i >= 1 else { return nil }
    if i == b.count { return Double(whole) }
    guard b[i] == UInt8(ascii: "."), i + 1 < b.count, b.count - i - 1 <= 3 else { return nil }
    for k in (i + 1)..<b.count where b[k] &- 48 >= 10 { return nil }
    return Double(String(decoding: b, as: UTF8.self))
}
