import ArgumentParser
import CourtstatAnalyses
import CourtstatData
import CourtstatExport
import CourtstatInference
import Foundation

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Check one claim typed on the command line: supported, contradicted or inconclusive.",
        discussion: """
        Verdict: supported when the whole interval lies in the claimed region, contradicted when none of \
        it does, inconclusive otherwise. Exit status 0 supported, 1 contradicted, 2 inconclusive.
        """,
        subcommands: [ClaimRatio.self, ClaimRate.self, ClaimShare.self, ClaimSame.self])
}

/// The claimed region as options: exactly one of them.
struct RegionOptions: ParsableArguments {
    @Option(name: .customLong("at-least"), parsing: .unconditional, help: "Claimed: at least this value.") var atLeast: Number?
    @Option(name: .customLong("at-most"), parsing: .unconditional, help: "Claimed: at most this value.") var atMost: Number?
    @Option(parsing: .unconditional, help: "Claimed: about this value, within --margin.") var about: Number?
    @Option(parsing: .unconditional, help: "Relative margin for --about (default 0.1, i.e. ±10%).") var margin: Number?

    func region(moreThan: Number? = nil, lessThan: Number? = nil) throws -> ClaimRegion {
        var found: [ClaimRegion] = []
        if let atLeast { found.append(.atLeast(try atLeast.value("--at-least"))) }
        if let atMost { found.append(.atMost(try atMost.value("--at-most"))) }
        if let moreThan { found.append(.moreThan(try moreThan.value("--more-than"))) }
        if let lessThan { found.append(.lessThan(try lessThan.value("--less-than"))) }
        if let about {
            let m = try margin.map { try $0.value("--margin") } ?? ClaimRegion.defaultAboutMargin
            guard m > 0, m < 1 else { throw CLIError.usage("--margin", expected: "a relative margin strictly between 0 and 1", got: margin?.text ?? "") }
            found.append(.about(try about.value("--about"), margin: m))
        } else if margin != nil {
            throw CLIError(status: .usage, message: "--margin: goes with --about")
        }
        guard found.count == 1 else {
            throw CLIError(status: .usage, message: found.isEmpty
                ? "the claimed region: expected one of --at-least, --at-most, --about\(moreThan == nil && lessThan == nil ? "" : ", --more-than, --less-than")"
                : "the claimed region: expected only one of --at-least, --at-most, --about, --more-than, --less-than")
        }
        return found[0]
    }
}

/// Options shared by every claim: its id, the confidence level, the output.
struct ClaimOutputOptions: ParsableArguments {
    @Option(help: "A name for the claim in the output (default: the kind).") var id: String?
    @Option(name: .customLong("conf-level"), parsing: .unconditional, help: "Confidence level of the interval.") var confLevel = ConfidenceLevel(argument: "0.95")
    @OptionGroup var output: OutputOptions

    func level() throws -> Double {
        try confLevel.value("--conf-level")
    }

    /// Prints the verdict rows and ends with the status of the worst verdict.
    func finish(_ results: [ClaimResult]) throws -> Never {
        let rows = results.map(ClaimGlossary.row)
        if results.count == 1 && output.resolvedFormat == .json {
            output.emit(ResultSet(main: rows[0]))
        } else {
            output.emit(ResultSet(main: nil, rows: rows))
        }
        throw ExitCode(Verdict.tableStatus(results.map(\.verdict)))
    }
}

/// A claim operand period parsed from its label (2023-H1, 2022, 2023-01-01..2023-06-30).
func claimPeriod(_ label: String, _ option: String) throws -> ClaimPeriod {
    do {
        return try ClaimPeriod(parsing: label)
    } catch {
        throw CLIError(status: .usage, message: "\(option): \(error)")
    }
}

struct ClaimRatio: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ratio",
        abstract: "\"A is R times B\": two counts compared as stated, with the ratio per day in the notes.")
    @Option(parsing: .unconditional, help: "The first count.") var a: Count
    @Option(name: .customLong("a-period"), help: "Its period (2023-H1, 2022, 2023-01-01..2023-06-30).") var aPeriod: String
    @Option(parsing: .unconditional, help: "The second count.") var b: Count
    @Option(name: .customLong("b-period"), help: "Its period.") var bPeriod: String
    @Option(help: "The test: exact-cond (R's poisson.test, default), cond-midp, score, wald-log, sqrt or etest.") var method: RateRatioMethod = .exactCond
    @OptionGroup var region: RegionOptions
    @OptionGroup var common: ClaimOutputOptions

    func run() throws {
        let result = try checkRatioClaim(id: common.id ?? "ratio", a: try a.value("--a"),
                                         aPeriod: try claimPeriod(aPeriod, "--a-period"), b: try b.value("--b"),
                                         bPeriod: try claimPeriod(bPeriod, "--b-period"), region: try region.region(),
                                         confLevel: try common.level(), method: method)
        try common.finish([result])
    }
}

struct ClaimRate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rate",
        abstract: "\"N a week\": a count over a period as a rate per day, week (7 days), month (365.25/12) or year (365.25).")
    @Option(parsing: .unconditional, help: "The count over the period.") var count: Count
    @Option(help: "The period (2023-06, 2023-01-01..2023-07-19).") var period: String
    @Option(help: "Unit of the rate: day, week, month or year.") var per: String
    @OptionGroup var region: RegionOptions
    @OptionGroup var common: ClaimOutputOptions

    func run() throws {
        guard let unit = RateUnit(rawValue: per) else { throw CLIError.usage("--per", expected: "day, week, month or year", got: per) }
        let result = try checkRateClaim(id: common.id ?? "rate", count: try count.value("--count"),
                                        period: try claimPeriod(period, "--period"), per: unit, region: try region.region(),
                                        confLevel: try common.level())
        try common.finish([result])
    }
}

struct ClaimShare: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "share",
        abstract: "\"Most\", \"a third\": x of n as a share, exact binomial interval.")
    @Option(parsing: .unconditional, help: "The count with the property.") var x: Count
    @Option(parsing: .unconditional, help: "The total.") var n: Count
    @Option(name: .customLong("more-than"), parsing: .unconditional, help: "Claimed: more than this share (a majority: 0.5).") var moreThan: Number?
    @Option(name: .customLong("less-than"), parsing: .unconditional, help: "Claimed: less than this share.") var lessThan: Number?
    @OptionGroup var region: RegionOptions
    @OptionGroup var common: ClaimOutputOptions

    func run() throws {
        let result = try checkShareClaim(id: common.id ?? "share", x: try x.value("--x"),
                                         n: try n.value("--n"),
                                         region: try region.region(moreThan: moreThan, lessThan: lessThan),
                                         confLevel: try common.level())
        try common.finish([result])
    }
}

struct ClaimSame: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "same",
        abstract: "\"About the same\": the ratio of the two rates per day within [1 - margin, 1 + margin] (exact TOST).")
    @Option(parsing: .unconditional, help: "The first count.") var a: Count
    @Option(name: .customLong("a-period"), help: "Its period.") var aPeriod: String
    @Option(parsing: .unconditional, help: "The second count.") var b: Count
    @Option(name: .customLong("b-period"), help: "Its period.") var bPeriod: String
    @Option(parsing: .unconditional, help: "Relative margin.") var margin = Number(argument: "0.15")
    @Option(help: "The test: exact-cond (R's poisson.test, default), cond-midp, score, wald-log, sqrt or etest.") var method: RateRatioMethod = .exactCond
    @OptionGroup var common: ClaimOutputOptions

    func run() throws {
        let result = try checkSameClaim(id: common.id ?? "same", a: try a.value("--a"),
                                        aPeriod: try claimPeriod(aPeriod, "--a-period"), b: try b.value("--b"),
                                        bPeriod: try claimPeriod(bPeriod, "--b-period"),
                                        margin: try margin.value("--margin"), confLevel: try common.level(),
                                        method: method)
        try common.finish([result])
    }
}
