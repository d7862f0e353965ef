/// Recently seen months ("2023-03-"), so that most dates are read by checking two digits and
/// adding them to the month's first day, without the calendar arithmetic.
struct MonthCache {
    private var keys = [UInt64](repeating: 0, count: 64)
    private var firstDays = [Int](repeating: 0, count: 64)
    private var lengths = [Int](repeating: 0, count: 64)

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    /// The date, if `b` is `YYYY-MM-DD` of a cached month with a day that exists.
    @inline(__always)
    func day(_ b: UnsafeRawBufferPointer) -> CivilDate? {
        guard b.count == 10 else { return nil }
        let key = b.loadUnaligned(as: UInt64.self)
        let i = Self.slot(key)
        guard keys[i] == key else { return nil }
        let d8 = b[8] &- 48, d9 = b[9] &- 48
        guard d8 < 10, d9 < 10 else { return nil }
        let day = Int(d8) * 10 + Int(d9)
        guard day >= 1, day <= lengths[i] else { return nil }
        return CivilDate(dayNumber: firstDays[i] + day - 1)
    }

    /// Remembers the month of a valid date.
    mutating func insert(_ b: UnsafeRawBufferPointer, day d: CivilDate) {
        guard b.count == 10 else { return }
        let key = b.loadUnaligned(as: UInt64.self)
        let i = Self.slot(key)
        let (y, m, dd) = d.components
        keys[i] = key; firstDays[i] = d.dayNumber - dd + 1; lengths[i] = CivilDate.daysInMonth(year: y, month: m)
    }
}
