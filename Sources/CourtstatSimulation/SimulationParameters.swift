import CourtstatData
import Foundation

/// The stated parameters of a synthetic case file (`courtstat simulate --params FILE`), read
/// from JSON with snake_case keys. Every schedule is piecewise in time: an entry applies from its
/// `from` date until the next entry's. datasets/README.md documents the format field by field.
public struct SimulationParameters: Codable, Sendable, Equatable {
    /// Free text: what the parameters are calibrated to.
    public var description: String?
    /// First and last day on which cases are received.
    public var start: String
    public var end: String
    /// The day the data are "scraped": a case whose decision would come later is pending.
    public var asOf: String
    /// Multiplies every weekly rate (1 for the shipped file; larger for benchmark files).
    public var rateScale: Double?
    /// Prefix of the generated case ids (`SYN-` marks them as synthetic).
    public var caseIdPrefix: String
    /// Relative weights of Monday … Sunday for the day a case is received (7 numbers).
    public var weekdayWeights: [Double]
    public var articles: [Article]
    public var statusMix: [Weighted]
    public var sentencing: [Sentencing]
    public var custodialTypes: [CustodialTypes]
    /// Probability that a decided case's outcome is not known (its text unpublished).
    public var outcomeUnknown: Double
    public var terms: [Term]
    public var decisionDelayDays: Delay
    public var courts: [Court]

    /// One article: its weekly rate curve and its mix of parts.
    public struct Article: Codable, Sendable, Equatable {
        public var article: String
        public var rate: [Rate]
        public var parts: [Weighted]
    }

    /// From `from` on, `per_week` cases a week, growing by `growth_per_week` (0.02 = 2 %) each
    /// week after `from`.
    public struct Rate: Codable, Sendable, Equatable {
        public var from: String
        public var perWeek: Double
        public var growthPerWeek: Double?
    }

    /// From `from` on, categories drawn with these relative weights.
    public struct Weighted: Codable, Sendable, Equatable {
        public var from: String
        public var weights: [String: Double]
    }

    /// From `from` on, for one status (or every status when `status` is absent): the chance of a
    /// dismissal and of an acquittal among decided cases, and the mix of convictions (custodial,
    /// suspended, fine; relative weights).
    public struct Sentencing: Codable, Sendable, Equatable {
        public var from: String
        public var status: String?
        public var dismissed: Double
        public var acquitted: Double
        public var custodial: Double
        public var suspended: Double
        public var fine: Double
    }

    /// How custodial sentences divide into prison, colony_settlement and disciplinary_battalion,
    /// for one status or (without `status`) for every other.
    public struct CustodialTypes: Codable, Sendable, Equatable {
        public var status: String?
        public var weights: [String: Double]
    }

    /// A term distribution: gamma with this mean and standard deviation, rounded to whole months
    /// and kept within [min_months, max_months]. The most specific entry (article and status,
    /// then either, then neither) for a sentence type is used.
    public struct Term: Codable, Sendable, Equatable {
        public var sentenceType: String
        public var article: String?
        public var status: String?
        public var meanMonths: Double
        public var sdMonths: Double
        public var minMonths: Double
        public var maxMonths: Double
    }

    /// Days from receipt to decision: gamma with this mean and sd, at least `min`.
    public struct Delay: Codable, Sendable, Equatable {
        public var mean: Double
        public var sd: Double
        public var min: Int
    }

    /// A court of the simulation, its region, and its relative weight among the courts.
    public struct Court: Codable, Sendable, Equatable {
        public var court: String
        public var region: String
        public var weight: Double
    }

    /// Reads and checks a parameters file. A missing file is `.missingFile`; bad JSON or a bad
    /// value is `.badParameters` naming the JSON path.
    public static func load(path: String) throws(DataError) -> SimulationParameters {
        let fd = try InputSource(path: path).open()
        if fd != 0 { close(fd) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot read the file")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let params: SimulationParameters
        do { params = try decoder.decode(SimulationParameters.self, from: data) } catch let error as DecodingError {
            throw describe(error, file: path)
        } catch {
            throw .badParameters(file: path, path: "(file)", expected: "JSON", found: "\(error)")
        }
        try params.check(file: path)
        return params
    }

    static func describe(_ error: DecodingError, file: String) -> DataError {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? "." + snakeCase($0.stringValue) }.joined()
            return text.isEmpty ? "(top level)" : String(text.drop { $0 == "." })
        }
        switch error {
        case let .keyNotFound(key, context):
            return .badParameters(file: file, path: path(context.codingPath + [key]), expected: "a value", found: "none")
        case let .typeMismatch(type, context):
            return .badParameters(file: file, path: path(context.codingPath), expected: "a value of type \(type)", found: "another type")
        case let .valueNotFound(type, context):
            return .badParameters(file: file, path: path(context.codingPath), expected: "a value of type \(type)", found: "null")
        case let .dataCorrupted(context):
            let underlying = context.underlyingError.map { " (\($0))" } ?? ""
            return .badParameters(file: file, path: path(context.codingPath), expected: "valid JSON",
                                  found: context.debugDescription + underlying)
        @unknown default:
            return .badParameters(file: file, path: "(file)", expected: "valid JSON", found: "\(error)")
        }
    }

    static func snakeCase(_ s: String) -> String {
        var out = ""
        for c in s { if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) } }
        return out
    }
}
