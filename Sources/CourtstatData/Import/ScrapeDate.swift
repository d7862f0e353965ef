/// A date format of an import profile: day, month and year fields in some order with literal
/// separators, such as `d.m.yyyy` (also `dd.mm.yyyy`: a day or month takes one or two digits
/// either way) or `yyyy-mm-dd`. A time after the date (`24.02.2022 00:00`, `…T10:30:00`) is
/// ignored.
public struct ScrapeDateFormat: Sendable, Equatable {
    enum Token: Equatable, Sendable { case day, month, year, literal(UInt8) }
    let tokens: [Token]
    public let text: String

    /// Parses a format string; nil when it lacks a day, a month or a year.
    public init?(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            let c = b[i]
            var j = i
            while j < b.count && b[j] == c { j += 1 }
            switch c {
            case UInt8(ascii: "d"), UInt8(ascii: "D"): tokens.append(.day)
            case UInt8(ascii: "m"), UInt8(ascii: "M"): tokens.append(.month)
            case UInt8(ascii: "y"), UInt8(ascii: "Y"): tokens.append(.year)
            default: for _ in i..<j { tokens.append(.literal(c)) }
            }
            i = j
        }
        guard tokens.filter({ $0 == .day }).count == 1, tokens.filter({ $0 == .month }).count == 1,
              tokens.filter({ $0 == .year }).count == 1 else { return nil }
        self.tokens = tokens
    }

    /// The date in `b`, or why not: nil when the text does not have this format's shape.
    func parse(_ b: UnsafeRawBufferPointer) -> Parsed<CivilDate>? {
        var i = 0
        var day = 0, month = 0, year = 0
        for t in tokens {
            switch t {
            case .literal(let c):
                guard i < b.count, b[i] == c else { return nil }
                i += 1
            case .day, .month, .year:
                let most = t == .year ? 4 : 2, least = t == .year ? 4 : 1
                var v = 0, k = 0
                while k < most, i < b.count, b[i] >= 0x30, b[i] <= 0x39 { v = v * 10 + Int(b[i] - 0x30); i += 1; k += 1 }
                guard k >= least else { return nil }
                if t == .day { day = v } else if t == .month { month = v } else { year = v }
            }
        }
        if i < b.count {      // a time may follow: a space or 'T', then digits and colons
            guard b[i] == 0x20 || b[i] == UInt8(ascii: "T") else { return nil }
            for k in (i + 1)..<b.count where !(b[k] >= 0x30 && b[k] <= 0x39) && b[k] != UInt8(ascii: ":") && b[k] != UInt8(ascii: ".") { return nil }
        }
        guard CaseLimits.years.contains(year) else { return .problem("a year from 1900 to 2100") }
        guard (1...12).contains(month) else { return .problem("a month from 1 to 12") }
        guard day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else {
            return .problem("a date that exists (\(year)-\(month < 10 ? "0" : "")\(month) has \(CivilDate.daysInMonth(year: year, month: month)) days)")
        }
        return .value(CivilDate(dayNumber: CivilDate.days(year: year, month: month, day: day)))
    }
}

/// A value read from a scrape's cell, or what was expected instead (words for a reject reason).
public enum Parsed<T> {
    case value(T)
    case problem(String)
}

extension Parsed: Sendable where T: Sendable {}
