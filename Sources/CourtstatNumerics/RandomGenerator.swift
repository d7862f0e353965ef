internal import CGSL

/// A seeded pseudo-random generator: GSL's MT19937 (`gsl_rng_mt19937`). The same seed gives the
/// same stream on every machine, so bootstrap results are reproducible to the digit.
/// Not thread-safe: one generator per task.
public final class RandomGenerator: @unchecked Sendable {
    private let rng: UnsafeMutablePointer<gsl_rng>

    /// A Mersenne Twister (GSL's mt19937) seeded with `seed`: the same seed gives the same draws.
    public init(seed: UInt64) throws(NumericsError) {
        _ = gslHandlerOff
        guard let r = gsl_rng_alloc(courtstat_rng_mt19937()) else {
            throw .gsl(call: "gsl_rng_alloc", status: Int32(GSL_ENOMEM), reason: "out of memory")
        }
        rng = r
        gsl_rng_set(rng, UInt(truncatingIfNeeded: seed))
    }
    deinit { gsl_rng_free(rng) }

    /// A uniform integer in 0..<n (`gsl_rng_uniform_int`), n ≥ 1.
    public func uniformInt(below n: Int) -> Int {
        precondition(n >= 1 && n <= Int(UInt32.max))
        return Int(gsl_rng_uniform_int(rng, UInt(n)))
    }
    /// A uniform double in [0, 1) (`gsl_rng_uniform`).
    public func uniform() -> Double { gsl_rng_uniform(rng) }
    /// A Poisson draw with mean mu ≥ 0 (`gsl_ran_poisson`).
    public func poisson(mean mu: Double) -> Int { mu <= 0 ? 0 : Int(gsl_ran_poisson(rng, mu)) }
    /// A binomial draw (`gsl_ran_binomial`).
    public func binomial(n: Int, p: Double) -> Int { Int(gsl_ran_binomial(rng, p, UInt32(n))) }
    /// A gamma draw with shape and scale (`gsl_ran_gamma`).
    public func gamma(shape: Double, scale: Double) -> Double { gsl_ran_gamma(rng, shape, scale) }
}
