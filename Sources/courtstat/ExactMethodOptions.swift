import ArgumentParser
import CourtstatInference

extension TwoSidedMethod: ExpressibleByArgument {}
extension RateRatioMethod: ExpressibleByArgument {}

/// `--tsmethod` and `--midp` of the exact tests (binom, poisson, fisher): exactci's and
/// exact2x2's two-sided methods with the intervals that invert them (DESIGN.md, "Beyond R").
struct ExactMethodOptions: ParsableArguments {
    @Option(help: "Two-sided p-value and the interval that inverts it: central, minlike or blaker (default: R's minlike p-value with the central interval).")
    var tsmethod: TwoSidedMethod?

    @Flag(help: "Mid-p versions of the p-value and interval (with no --tsmethod: central).")
    var midp = false
}
