internal import CGSL
import CourtstatStatus

/// Every failure of the numerics layer: a bad argument caught before GSL sees it, a GSL status
/// turned into a Swift error (with GSL's own reason), or a result that is not a finite number.
public enum NumericsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An argument outside the function's domain, e.g. a probability outside [0, 1].
    case domain(String)
    /// GSL returned a non-zero status; `reason` is `gsl_strerror`'s text.
    case gsl(call: String, status: Int32, reason: String)
    /// A routine produced NaN or an infinity where a finite number was required.
    case nonFinite(call: String)
    /// An iterative method stopped without meeting its tolerance.
    case noConvergence(String)

    public var description: String {
        switch self {
        case let .domain(message): message
        case let .gsl(call, status, reason): "\(call) failed (GSL status \(status)): \(reason)"
        case let .nonFinite(call): "\(call) returned a non-finite value"
        case let .noConvergence(message): "no convergence: \(message)"
        }
    }
}

/// GSL's default handler aborts the process on any error. It is switched off once, the first
/// time any numerics function runs; from then on every GSL status is returned and checked.
let gslHandlerOff: Void = { _ = gsl_set_error_handler_off() }()

/// Throws a `NumericsError.gsl` for a non-zero GSL status, with GSL's reason.
@inline(__always)
func check(_ status: Int32, _ call: String) throws(NumericsError) {
    guard status == GSL_SUCCESS else {
        let reason = String(cString: gsl_strerror(status))
        throw .gsl(call: call, status: status, reason: reason)
    }
}

/// Returns `value` if it is a number (infinities allowed only where `allowInfinite`), else throws.
@inline(__always)
func finite(_ value: Double, _ call: String, allowInfinite: Bool = false) throws(NumericsError) -> Double {
    if value.isNaN || (!allowInfinite && value.isInfinite) { throw .nonFinite(call: call) }
    return value
}

func requireProbability(_ p: Double, _ name: String) throws(NumericsError) {
    guard p >= 0, p <= 1 else { throw .domain("\(name): expected a probability in [0, 1], got \(p)") }
}

func requirePositive(_ v: Double, _ name: String) throws(NumericsError) {
    guard v > 0, v.isFinite else { throw .domain("\(name): expected a positive finite number, got \(v)") }
}

extension NumericsError: CourtstatError {
    /// A numerical routine failed on valid input: a bug to report.
    public var exitStatus: ExitStatus { .software }
}
