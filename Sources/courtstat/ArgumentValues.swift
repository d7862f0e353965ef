import Foundation

/// Parsing of numbers and lists given on the command line, with messages that name the option
/// and say what was expected. Only plain decimal notation is a number here: no "nan", "inf" or
/// hexadecimal, which Swift's own parsers would accept.
///
/// The `parse…` functions say what was wrong without naming an option (the typed option values,
/// `CheckedArgument`, keep that until an option reads them); the throwing ones name the option.
enum ArgumentValues {
    static func parseNumber(_ text: String) -> Result<Double, ArgumentProblem> {
        let s = text.trimmingCharacters(in: .whitespaces)
        let allowed = Set("0123456789+-.eE")
        guard !s.isEmpty, s.allSatisfy({ allowed.contains($0) }), s.contains(where: \.isNumber),
              let v = Double(s), v.isFinite else {
            return .failure(ArgumentProblem(expected: "a number", text: text))
        }
        return .success(v)
    }

    static func parseCount(_ text: String) -> Result<Int, ArgumentProblem> {
        let s = text.trimmingCharacters(in: .whitespaces)
        let problem = ArgumentProblem(expected: "a whole number ≥ 0", text: text)
        guard let v = Int(s) else {
            if case .success(let d) = parseNumber(s), d == d.rounded(), abs(d) < 1e15 {
                return d < 0 ? .failure(problem) : .success(Int(d))
            }
            return .failure(problem)
        }
        return v >= 0 ? .success(v) : .failure(problem)
    }

    /// A comma-separated list ("30,45").
    static func parseNumbers(_ text: String) -> Result<[Double], ArgumentProblem> {
        parseList(text, expected: "a comma-separated list of numbers", element: parseNumber)
    }

    /// A comma-separated list of whole numbers ≥ 0 ("3,5").
    static func parseCounts(_ text: String) -> Result<[Int], ArgumentProblem> {
        parseList(text, expected: "a comma-separated list of whole numbers ≥ 0", element: parseCount)
    }

    /// A non-empty comma-separated list whose every element `element` accepts; otherwise the
    /// whole list is the problem, described by `expected`.
    static func parseList<T>(_ text: String, expected: String,
                             element: (String) -> Result<T, ArgumentProblem>) -> Result<[T], ArgumentProblem> {
        let problem = ArgumentProblem(expected: expected, text: text)
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return .failure(problem) }
        var values: [T] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard case .success(let v) = element(String(part)) else { return .failure(problem) }
            values.append(v)
        }
        return .success(values)
    }

    /// Rows separated by ';', cells by ',' ("a,b,c;d,e,f").
    static func parseTable(_ text: String) -> Result<[[Int]], ArgumentProblem> {
        var rows: [[Int]] = []
        for row in text.split(separator: ";", omittingEmptySubsequences: false) {
            guard case .success(let cells) = parseCounts(String(row)) else {
                return .failure(ArgumentProblem(expected: "rows of whole numbers ≥ 0, cells separated by ',' and rows by ';'", text: text))
            }
            rows.append(cells)
        }
        return .success(rows)
    }
}
