import CourtstatData
import Foundation

/// One period of the trend's series with the chosen model's fitted count and its band.
public struct TrendPoint: Sendable, Equatable {
    public var period: Period
    public var n: Int
    /// The fitted expected count μ̂ = exp(log days + x'β̂) of the chosen model.
    public var fitted: Double
    /// exp(η̂ ∓ q·se(η̂)), se(η̂) = √(x'Vx): the Wald band of the expected count (not a
    /// prediction interval for a new count).
    public var fitLow: Double
    public var fitHigh: Double
    /// The days of the period the data cover (fewer than `period.days` for a first or last
    /// period covered in part); `fitted` is the expected count over these days.
    public var exposureDays: Int
    /// False for a period after `completeThrough`: reported, left out of every fit; its
    /// `fitted` is the model's projection.
    public var complete: Bool = true
    /// Whether the data cover only part of the period.
    public var isPartial: Bool { exposureDays < period.days }
}
