import CourtstatStatus

/// Everything that can go wrong while reading, checking or writing data. Each message says
/// where: `file:line:column: column_name: expected …, found …`, so a person can open the file at
/// that place; `kind` tells the command line which exit status of DESIGN.md to use. Messages
/// name the data (file, line, column, schema column); a parameter of a data-layer function
/// (`mapping`, `exposureColumn`) only by its Swift name, never as a command-line flag
/// (`message(naming:)` lets the command line show its flags).
public enum DataError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The input file does not exist.
    case missingFile(path: String)
    /// The input exists but cannot be opened or read (a folder, no permission, an I/O error).
    case unreadable(path: String, reason: String)
    /// A problem at a place in a data file. `name` is the schema column (nil for problems of the
    /// record as a whole); `found` is already rendered: a quoted value (`'2023-02-30'`) or words
    /// ("the end of the file").
    case bad(file: String, line: Int, column: Int, name: String?, expected: String, found: String)
    /// A header without a column the reader needs, shown as a problem of the column "header" at
    /// line 1, column 1. `expected` may name the `mapping` parameter (the way to name a column
    /// otherwise), by its Swift name; `found` lists the header's columns.
    case missingColumn(file: String, expected: Wording, found: String)
    /// `validate` found `count` problems and printed the first `shown`.
    case invalidFile(file: String, count: Int, shown: Int)
    /// No case passed the filters, so there is no span to count over.
    case noCases(file: String, detail: String)
    /// A `derived` published figure (computed from a ratio the source states) used as a count.
    case derivedFigure(id: String, file: String, line: Int)
    /// A published figure id that the figures file does not have.
    case unknownFigure(id: String, file: String)
    /// A simulation parameters file that does not say what is needed. `path` is the JSON path.
    case badParameters(file: String, path: String, expected: String, found: String)
    /// An output file cannot be created or written; nothing was left behind.
    case cannotWrite(path: String, reason: String)
    /// A value given to a data-layer function (a column mapping, an exposure column name) is
    /// malformed. `parameter` is the Swift name of the parameter that carried it (`mapping`,
    /// `exposureColumn`); the command line shows its own flag instead (`message(naming:)`).
    case badArgument(parameter: String, expected: String, found: String)

    /// The class of failure, which the command line maps to an exit status.
    public enum Kind: Sendable { case data, missingInput, cannotWrite, usage }

    public var kind: Kind {
        switch self {
        case .missingFile, .unreadable: .missingInput
        case .cannotWrite: .cannotWrite
        case .badArgument: .usage
        default: .data
        }
    }

    /// The message with parameters under their Swift names.
    public var description: String { message { $0 } }

    /// The message; `badArgument` and `missingColumn` name parameters, as `name(parameter)`.
    public func message(naming parameterName: (String) -> String) -> String {
        switch self {
        case let .missingFile(path): "\(path): no such file"
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case let .bad(file, line, column, name, expected, found):
            "\(file):\(line):\(column): " + (name.map { "\($0): " } ?? "") + "expected \(expected), found \(found)"
        case let .missingColumn(file, expected, found):
            "\(file):1:1: header: expected \(expected.rendered(naming: parameterName)), found \(found)"
        case let .invalidFile(file, count, shown):
            count == shown ? "\(file): \(count) problem\(count == 1 ? "" : "s") found; the file is not valid"
                : "\(file): \(count) problems found (the first \(shown) shown); the file is not valid"
        case let .noCases(file, detail): "\(file): no case \(detail); nothing to count"
        case let .derivedFigure(id, file, line):
            "\(file):\(line): \(id) is a derived figure (computed from a ratio the source states), not a count; use the figure it was derived from"
        case let .unknownFigure(id, file): "\(file): no figure with figure_id '\(id)'"
        case let .badParameters(file, path, expected, found):
            "\(file): \(path): expected \(expected), found \(found)"
        case let .cannotWrite(path, reason): "\(path): cannot write: \(reason)"
        case let .badArgument(parameter, expected, found): "\(parameterName(parameter)): expected \(expected), got '\(found)'"
        }
    }

    /// Whether no case passed the filters (an analysis of such data is left out, not failed).
    public var isNoCases: Bool { if case .noCases = self { return true }; return false }

    /// The line of a located problem, for sorting and tests.
    public var line: Int? {
        if case let .bad(_, line, _, _, _, _) = self { return line }
        if case .missingColumn = self { return 1 }
        return nil
    }

    /// The same error with its line moved down by `lines` (for a part of a file read on its own).
    func shifted(lines: Int) -> DataError {
        guard case let .bad(file, line, column, name, expected, found) = self else { return self }
        return .bad(file: file, line: line + lines, column: column, name: name, expected: expected, found: found)
    }

    /// A value as an error message shows it: in single quotes, control characters escaped,
    /// at most 60 characters (longer ones end in "…").
    public static func quoted(_ value: String) -> String {
        var out = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == 60 { out += "…"; break }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += "\\u{\(String(c.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return "'" + out + "'"
    }

    /// A value given as bytes (valid UTF-8 is assumed; invalid bytes become U+FFFD).
    public static func quoted(_ bytes: UnsafeRawBufferPointer) -> String {
        quoted(String(decoding: bytes.prefix(256), as: UTF8.self) + (bytes.count > 256 ? "…" : ""))
    }
}

extension DataError: CourtstatError {
    /// `kind` as an exit status.
    public var exitStatus: ExitStatus {
        switch kind {
        case .data: .data
        case .missingInput: .noInput
        case .cannotWrite: .cannotCreate
        case .usage: .usage
        }
    }
}
