import CourtstatData

extension CompareAnalysis {
    /// Reads the cases of groups a and b (values of `column`) that pass the filter; every row is
    /// checked and the first problem stops with file:line:column. A group value that never
    /// occurs among the filtered cases is an `AnalysisError.unknownGroup` that lists the values
    /// that do.
    public static func readCases(source: InputSource, mapping: ColumnMapping = ColumnMapping(), filter: CaseFilter,
                                 column: CaseColumn, a: String, b: String) throws(AnalysisError) -> [CompareCase] {
        do {
            let reader = try CaseReader(source: source, mapping: mapping)
            guard reader.positions[column] != nil else {
                throw DataError.bad(file: reader.csv.fileName, line: 1, column: 1, name: "header",
                                    expected: "a column '\(column.name)' to form the groups", found: "none")
            }
            let matcher = CaseMatcher(filter)
            var cases: [CompareCase] = []
            var seen: Set<String> = []
            while try reader.next() {
                guard let date = matcher.date(of: reader) else { continue }
                let value = reader.string(column) ?? ""
                seen.insert(value)      // every value: a group that first appears late is still found
                guard value == a || value == b else { continue }
                let f = reader.current
                cases.append(CompareCase(inA: value == a, sentence: f.sentenceType, months: f.months, date: date,
                                         court: reader.string(.court) ?? "", part: reader.string(.part) ?? ""))
            }
            let values = seen.sorted().prefix(12).map { "'\($0)'" }.joined(separator: ", ")
            for (group, parameter) in [(a, "a"), (b, "b")] where !seen.contains(group) {
                throw AnalysisError.unknownGroup(parameter: parameter, group: group, column: column.name, values: values)
            }
            return cases
        } catch let error as DataError {
            throw .data(error)
        } catch let error as AnalysisError {
            throw error
        } catch {
            throw .invalid("\(error)")
        }
    }
}
