import Foundation

extension Period {
    /// Parses a period label: `2023-W12`, `2023-03`, `2023-Q1`, `2023-H1`, `2023`, or an
    /// inclusive range `2023-01-01..2023-06-30`. A single date `2023-03-01` is the one-day range.
    /// Errors say what is wrong (`2023-W54`: 2023 has 52 ISO weeks).
    public static func parse(_ raw: String) throws(PeriodError) -> Period {
        let text = raw.trimmingSpaces
        func fail(_ reason: String = "") -> PeriodError { PeriodError(text: raw, reason: reason) }
        func date(_ s: Substring) throws(PeriodError) -> CivilDate {
            switch CivilDate.parse(String(s)) {
            case .success(let d): return d
            case .failure(let p):
                if case .malformed = p { throw fail("'\(s)' is not a date YYYY-MM-DD") }
                throw fail("'\(s)' is not \(p.expected)")
            }
        }
        if let dots = text.range(of: "..") {
            let a = try date(text[..<dots.lowerBound]), b = try date(text[dots.upperBound...])
            guard a <= b else { throw fail("the range ends before it starts") }
            return try Period(start: a, end: b)
        }
        if text.count == 10 { let d = try date(Substring(text)); return try Period(start: d, end: d) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let year = Int(first) else {
            throw fail()
        }
        if parts.count == 1 { return Period(containing: CivilDate(dayNumber: CivilDate.days(year: year, month: 1, day: 1)), unit: .year) }
        guard parts.count == 2 else { throw fail() }
        let tail = parts[1]
        let numberText = tail.first.map { $0.isASCIIDigit } == true ? tail : tail.dropFirst()
        guard !numberText.isEmpty, numberText.allSatisfy(\.isASCIIDigit), numberText.count <= 2, let n = Int(numberText) else {
            throw fail()
        }
        func startOfMonth(_ m: Int) -> CivilDate { CivilDate(dayNumber: CivilDate.days(year: year, month: m, day: 1)) }
        switch tail.first {
        case "W":
            let weeks = Period.isoWeeks(in: year)
            guard numberText.count == 2 else { throw fail("a week has two digits, as in \(year)-W01") }
            guard (1...weeks).contains(n) else { throw fail("\(year) has \(weeks) ISO weeks") }
            return Period(containing: Period.firstISOMonday(of: year).advanced(by: 7 * (n - 1)), unit: .week)
        case "Q":
            guard (1...4).contains(n), numberText.count == 1 else { throw fail("a quarter is Q1 to Q4") }
            return Period(containing: startOfMonth(3 * n - 2), unit: .quarter)
        case "H":
            guard (1...2).contains(n), numberText.count == 1 else { throw fail("a half is H1 or H2") }
            return Period(containing: startOfMonth(6 * n - 5), unit: .half)
        default:
            guard numberText.count == 2, tail.count == 2, (1...12).contains(n) else { throw fail("a month is 01 to 12") }
            return Period(containing: startOfMonth(n), unit: .month)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (no Foundation needed).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
