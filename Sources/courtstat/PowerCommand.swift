import ArgumentParser
import CourtstatExport
import CourtstatInference

extension RatePowerAlternative: ExpressibleByArgument {}

/// `courtstat power prop|rate` (DESIGN.md, "Beyond R"): how many cases would show a difference.
struct PowerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "power",
        abstract: "Power of a comparison, or the cases it needs: two proportions (R: power.prop.test) or two rates (statsmodels: power_poisson_ratio_2indep).",
        subcommands: [PowerProp.self, PowerRate.self])
}

/// `--n` or `--power`: exactly one.
struct PowerTarget: ParsableArguments {
    @Option(parsing: .unconditional, help: "Cases per group (prop) or exposure units of group 1 (rate): gives the power.") var n: Number?
    @Option(parsing: .unconditional, help: "Target power: gives the smallest n (not rounded) that reaches it.") var power: Number?
    @Option(name: .customLong("sig-level"), parsing: .unconditional, help: "Significance level.") var sigLevel = Number(argument: "0.05")

    func values() throws -> (n: Double?, power: Double?, sigLevel: Double) {
        guard (n == nil) != (power == nil) else {
            throw CLIError.usage("--n/--power", expected: "exactly one of --n and --power", got: n == nil ? "neither" : "both")
        }
        return (try n?.value("--n"), try power?.value("--power"), try sigLevel.value("--sig-level"))
    }
}

enum PropPowerAlternative: String, ExpressibleByArgument, CaseIterable {
    case twoSided = "two-sided", oneSided = "one-sided"
}

struct PowerProp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prop",
        abstract: "Two proportions: power for n per group, or n per group for a power (R: power.prop.test).")
    @Option(parsing: .unconditional, help: "Proportion in group 1.") var p1: Proportion
    @Option(parsing: .unconditional, help: "Proportion in group 2.") var p2: Proportion
    @OptionGroup var target: PowerTarget
    @Option(help: "two-sided (default) or one-sided.") var alternative: PropPowerAlternative = .twoSided
    @OptionGroup var output: OutputOptions

    func run() throws {
        let (n, power, sig) = try target.values()
        let p1 = try p1.value("--p1"), p2 = try p2.value("--p2")
        let r = try proportionPower(p1: p1, p2: p2, n: n, power: power, sigLevel: sig, twoSided: alternative == .twoSided)
        output.emit(ResultSet(main: PowerGlossary.proportionRow(n: r.n, power: r.power, p1: p1, p2: p2, sigLevel: sig)))
    }
}

struct PowerRate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rate",
        abstract: "Two rates: power of the log rate-ratio test for n, or n for a power (statsmodels: power_poisson_ratio_2indep, method_var = \"alt\").")
    @Option(parsing: .unconditional, help: "Rate in group 1 (events per exposure unit).") var rate1: Number
    @Option(parsing: .unconditional, help: "Rate in group 2.") var rate2: Number
    @OptionGroup var target: PowerTarget
    @Option(parsing: .unconditional, help: "Exposure per observation.") var exposure = Number(argument: "1")
    @Option(name: .customLong("nobs-ratio"), parsing: .unconditional, help: "Group 2's n as a multiple of group 1's.") var nobsRatio = Number(argument: "1")
    @Option(help: "two-sided (default), larger or smaller.") var alternative: RatePowerAlternative = .twoSided
    @OptionGroup var output: OutputOptions

    func run() throws {
        let (n, power, sig) = try target.values()
        let r1 = try rate1.value("--rate1"), r2 = try rate2.value("--rate2")
        let r = try rateRatioPower(rate1: r1, rate2: r2, n: n, power: power,
                                   nobsRatio: try nobsRatio.value("--nobs-ratio"),
                                   exposure: try exposure.value("--exposure"), sigLevel: sig, alternative: alternative)
        output.emit(ResultSet(main: PowerGlossary.rateRow(n: r.n, power: r.power, rate1: r1, rate2: r2)))
    }
}
