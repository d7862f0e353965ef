import Foundation

/// Parsing of numbers and lists given on the command line, with messages that name the option
/// and say what was expected. Only plain decimal notation is a number here: no "nan", "inf" or
/// hexadecimal, which Swift's own parsers would accept.
enum ArgumentValues {
    static func number(_ text: String, _ option: String) throws -> Double {
        let s = text.trimmingCharacters(in: .whitespaces)
        let allowed = Set("0123456789+-.eE")
        guard !s.isEmpty, s.allSatisfy({ allowed.contains($0) }), s.contains(where: \.isNumber),
              let v = Double(s), v.isFinite else {
            throw CLIError.usage(option, expected: "a number", got: text)
        }
        return v
    }

    static func count(_ text: String, _ option: String) throws -> Int {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard let v = Int(s) else {
            if let d = try? number(s, option), d == d.rounded(), abs(d) < 1e15 {
                if d < 0 { throw CLIError.usage(option, expected: "a whole number ≥ 0", got: text) }
                return Int(d)
            }
            throw CLIError.usage(option, expected: "a whole number ≥ 0", got: text)
        }
        guard v >= 0 else { throw CLIError.usage(option, expected: "a whole number ≥ 0", got: text) }
        return v
    }

    /// A comma-separated list ("30,45").
    static func numbers(_ text: String, _ option: String) throws -> [Double] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError.usage(option, expected: "a comma-separated list of numbers", got: text)
        }
        return try parts.map { part in
            do { return try number(String(part), option) } catch {
                throw CLIError.usage(option, expected: "a comma-separated list of numbers", got: text)
            }
        }
    }

    static func counts(_ text: String, _ option: String) throws -> [Int] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError.usage(option, expected: "a comma-separated list of whole numbers ≥ 0", got: text)
        }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            do { return try count(String(part), option) } catch {
                throw CLIError.usage(option, expected: "a comma-separated list of whole numbers ≥ 0", got: text)
            }
        }
    }

    /// Rows separated by ';', cells by ',' ("a,b,c;d,e,f").
    static func table(_ text: String, _ option: String) throws -> [[Int]] {
        let rows = text.split(separator: ";", omittingEmptySubsequences: false)
        return try rows.map { row in
            do { return try counts(String(row), option) } catch {
                throw CLIError.usage(option, expected: "rows of whole numbers ≥ 0, cells separated by ',' and rows by ';'", got: text)
            }
        }
    }
}
