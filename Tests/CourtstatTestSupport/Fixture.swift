import Foundation

/// The package's single tolerance against R (relative).
public let relativeToleranceVsR = 1e-8

extension Double {
    /// Agreement with R's value at `relativeToleranceVsR`. Values below 1e-300 (where R's and
    /// GSL's tails may leave the normal range) are compared on the log scale.
    public func agrees(withR r: Double, tolerance: Double = relativeToleranceVsR) -> Bool {
        if self == r { return true }
        if r.isNaN || self.isNaN || r.isInfinite || self.isInfinite { return false }
        if abs(r) < 1e-300, r > 0, self > 0 { return abs(Foundation.log(self) - Foundation.log(r)) <= tolerance * abs(Foundation.log(r)) }
        return abs(self - r) <= tolerance * abs(r)
    }
}

/// The repository's root folder, found from this source file's path.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixture CSV written by scripts/make-fixtures.R: `#` comment lines, a header, rows.
/// Cells are strings; `number`, `vector` and friends parse R's notation (NA, Inf, -Inf).
public struct Fixture: Sendable {
    public struct Row: Sendable, CustomStringConvertible {
        public let values: [String: String]
        public let line: Int
        public let file: String

        public subscript(_ column: String) -> String {
            guard let v = values[column] else { fatalError("\(file): no column '\(column)'") }
            return v
        }
        public func number(_ column: String) -> Double? { Fixture.parseNumber(self[column]) }
        public func int(_ column: String) -> Int { Int(Fixture.parseNumber(self[column])!) }
        public func bool(_ column: String) -> Bool? {
            switch self[column] { case "TRUE": true; case "FALSE": false; default: nil }
        }
        public func vector(_ column: String) -> [Double] {
            self[column].split(separator: " ").map { Fixture.parseNumber(String($0))! }
        }
        public func intVector(_ column: String) -> [Int] { vector(column).map { Int($0) } }
        /// Rows separated by '|', cells by spaces.
        public func matrix(_ column: String) -> [[Int]] {
            self[column].split(separator: "|").map { $0.split(separator: " ").map { Int(Double(String($0))!) } }
        }
        public var description: String { "\(file):\(line)" }
    }

    /// The rows of a fixture whose size is known: stops the test run, naming the file, when it
    /// holds any other number of rows (a truncated or regenerated fixture must not pass by
    /// testing fewer cases).
    public static func rows(_ name: String, folder: String = "Tests/Fixtures", count expected: Int) -> [Row] {
        let rows = read(name, folder: folder)
        guard rows.count == expected else { fatalError("fixture \(folder)/\(name): read \(rows.count) rows, expected \(expected)") }
        return rows
    }

    /// The rows of a fixture whose name is computed (a data set per model): at least `minimum`.
    public static func rows(_ name: String, folder: String = "Tests/Fixtures", atLeast minimum: Int) -> [Row] {
        let rows = read(name, folder: folder)
        guard rows.count >= minimum else { fatalError("fixture \(folder)/\(name): read \(rows.count) rows, expected at least \(minimum)") }
        return rows
    }

    static func read(_ name: String, folder: String) -> [Row] {
        let base = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : repositoryRoot.appendingPathComponent(folder)
        let url = base.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read fixture \(url.path)") }
        var lines = parseCSV(text)
        lines.removeAll { $0.fields.first?.hasPrefix("#") == true || $0.fields == [""] }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { line in
            var values: [String: String] = [:]
            for (i, name) in header.fields.enumerated() { values[name] = i < line.fields.count ? line.fields[i] : "" }
            return Row(values: values, line: line.number, file: name)
        }
    }

    public static func parseNumber(_ s: String) -> Double? {
        switch s {
        case "NA", "": return nil
        case "Inf": return .infinity
        case "-Inf": return -.infinity
        default: return Double(s)
        }
    }

    /// The records of RFC 4180 text, each as its fields (no comment lines removed).
    public static func records(_ text: String) -> [[String]] { parseCSV(text).map(\.fields) }

    /// RFC 4180 fields with their starting line numbers.
    static func parseCSV(_ text: String) -> [(fields: [String], number: Int)] {
        var result: [(fields: [String], number: Int)] = []
        var fields: [String] = [], field = "", inQuotes = false, line = 1, start = 1
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? { if let p = pending { pending = nil; return p }; return iterator.next() }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() { if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n } } else { inQuotes = false }
                } else { if c == "\n" { line += 1 }; field.append(c) }
            } else if c == "\"" { inQuotes = true }
            else if c == "," { fields.append(field); field = "" }
            else if c == "\n" || c == "\r\n" {
                fields.append(field); result.append((fields, start)); fields = []; field = ""; line += 1; start = line
            } else if c != "\r" { field.append(c) }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); result.append((fields, start)) }
        return result
    }
}

extension Fixture.Row {
    /// The alternative as the library spells it.
    public var alternativeText: String { self["alternative"] }
}

/// Agreement of optional values: both missing, or both present and agreeing with R.
public func agree(_ ours: Double?, _ r: Double?, tolerance: Double = relativeToleranceVsR) -> Bool {
    switch (ours, r) {
    case (nil, nil): return true
    case let (o?, r?): return o.agrees(withR: r, tolerance: tolerance)
    default: return false
    }
}
