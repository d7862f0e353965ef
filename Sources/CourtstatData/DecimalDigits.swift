/// Decimal numbers with leading zeros, written as bytes: dates, period labels, the simulator's
/// case ids and terms.

/// `value` in decimal with leading zeros to `width` digits (`pad(7, 2)` is "07"). A negative
/// value (a year before 1 CE) is padded as its `String` form, zeros before the sign.
@usableFromInline
func pad(_ value: Int, _ width: Int) -> String {
    if value >= 0, value < 10_000, width <= 4 {
        let n = max(width, value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1)
        return String(unsafeUninitializedCapacity: n) { b in
            writeDigits(value, width: n, to: b, at: 0)
            return n
        }
    }
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Writes the last `width` decimal digits of `value` (≥ 0) at `b[at..<at + width]`.
@inline(__always)
func writeDigits(_ value: Int, width: Int, to b: UnsafeMutableBufferPointer<UInt8>, at: Int) {
    var v = value
    var i = at + width - 1
    while i >= at {
        b[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
        v /= 10
        i -= 1
    }
}

/// Appends `value` (>= 0) in decimal with leading zeros to at least `width` digits.
public func appendDecimal(_ value: Int, width: Int, to out: inout [UInt8]) {
    precondition(value >= 0, "appendDecimal of a negative number")
    var digits = 1
    var v = value
    while v >= 10 { v /= 10; digits += 1 }
    let n = max(width, digits), at = out.count
    out.append(contentsOf: repeatElement(0, count: n))
    out.withUnsafeMutableBufferPointer { writeDigits(value, width: n, to: $0, at: at) }
}
