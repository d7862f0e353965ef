import ArgumentParser
import CourtstatExport
import CourtstatInference
import Foundation

/// Output format: a table for a person, CSV or JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `--format` and `--digits`, shared by every command.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv or json. Default: table on a terminal, csv otherwise.")
    var format: OutputFormat?

    @Option(help: "Significant digits for numbers in csv and json (1-17; default 17, full precision).")
    var digits: Int?

    func validate() throws {
        if let digits, !(1...17).contains(digits) {
            throw CLIError.usage("--digits", expected: "a whole number from 1 to 17", got: "\(digits)")
        }
    }

    var resolvedFormat: OutputFormat {
        format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
    }

    /// Prints the result set in the chosen format on standard output, and its notes on stderr.
    func emit(_ set: ResultSet) {
        let number = NumberFormat(significantDigits: digits ?? 17)
        let text: String
        switch resolvedFormat {
        case .json: text = JSONWriter(format: number).render(set)
        case .csv: text = CSVWriter(format: number).render(set.allRows)
        case .table: text = TableWriter(format: digits.map { NumberFormat(significantDigits: $0) } ?? .table).render(set.allRows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func emit(_ main: TestResult, related: [TestResult] = []) {
        for note in ([main] + related).flatMap(\.notes) where note.hasPrefix("Chi-squared approximation") || note.hasPrefix("cannot") || note.hasPrefix("requested") {
            FileHandle.standardError.write(Data("courtstat: warning: \(note)\n".utf8))
        }
        emit(ColumnGlossary.resultSet(main, related: related))
    }
}

extension Alternative: ExpressibleByArgument {
    /// Accepts DESIGN.md's spelling (two-sided) and R's (two.sided).
    public init?(argument: String) {
        switch argument {
        case "two-sided", "two.sided", "twosided": self = .twoSided
        case "less": self = .less
        case "greater": self = .greater
        default: return nil
        }
    }
    public static var allValueStrings: [String] { ["two-sided", "less", "greater"] }
}

/// `--alternative` and `--conf-level`, shared by the tests.
struct TestOptions: ParsableArguments {
    @Option(help: "Alternative hypothesis: two-sided, less or greater.")
    var alternative: Alternative = .twoSided

    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level of the interval, in (0, 1).")
    var confLevelText: String = "0.95"

    func confLevel() throws -> Double {
        let v = try ArgumentValues.number(confLevelText, "--conf-level")
        guard v > 0, v < 1 else { throw CLIError.usage("--conf-level", expected: "a number strictly between 0 and 1", got: confLevelText) }
        return v
    }
}

/// `--correct true|false`, R's continuity-correction switch.
enum BooleanArgument: String, ExpressibleByArgument, CaseIterable {
    case `true`, `false`
    var value: Bool { self == .true }
}
