/// The first index at which a sequence falls below the value before it (nil when it never
/// does): what the monotonicity properties check, each wording its own failure.
public func firstDecrease<T: Comparable>(_ values: [T]) -> Int? {
    values.indices.dropFirst().first { values[$0] < values[$0 - 1] }
}
