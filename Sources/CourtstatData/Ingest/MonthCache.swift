/// Recently seen months ("2023-03-"), so that most dates are read by checking two digits and
/// adding them to the month's first day, without the calendar arithmetic.
struct MonthCache {
    /// A month: its key (the 8 bytes "YYYY-MM-"), first day and length in days.
    private struct Entry {
        var key: UInt64 = 0
        var firstDay: Int32 = 0
        var length: Int32 = 0
    }
    private var entries = [Entry](repeating: Entry(), count: 64)

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    /// The date, if `b` is `YYYY-MM-DD` of a cached month with a day that exists.
    @inline(__always)
    func day(_ b: UnsafeRawBufferPointer) -> CivilDate? {
        guard b.count == 10 else { return nil }
        let key = b.loadUnaligned(as: UInt64.self)
        let e = entries[Self.slot(key)]
        guard e.key == key else { return nil }            // a key only ever comes from a valid date
        // Both day characters digits: after subtracting "00" neither byte may have its high
        // nibble set, nor get it by adding 6 (a byte below '0' borrows and sets it too).
        let x = UInt16(littleEndian: b.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) &- 0x3030
        guard x & 0xF0F0 == 0, (x &+ 0x0606) & 0xF0F0 == 0 else { return nil }
        let day = Int32(x & 0xFF) &* 10 &+ Int32(x &>> 8)
        guard day >= 1, day <= e.length else { return nil }
        return CivilDate(dayNumber: Int(e.firstDay &+ day &- 1))
    }

    /// Remembers the month of a valid date.
    mutating func insert(_ b: UnsafeRawBufferPointer, day d: CivilDate) {
        guard b.count == 10 else { return }
        let key = b.loadUnaligned(as: UInt64.self)
        let (y, m, dd) = d.components
        entries[Self.slot(key)] = Entry(key: key, firstDay: Int32(d.dayNumber - dd + 1),
                                        length: Int32(CivilDate.daysInMonth(year: y, month: m)))
    }
}
