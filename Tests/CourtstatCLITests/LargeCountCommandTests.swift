import Foundation
import Testing

/// Every command that takes counts, given 10^9: R's numbers (the library tests compare the
/// digits) or a one-line error with a documented status; never a hang, a crash, a NaN or an
/// infinity where R prints a number.
@Suite struct LargeCountCommandTests {
    static let billion = "1000000000", half = "500000000"

    /// (arguments, expected status)
    static let cases: [(String, Int32)] = [
        ("test binom --x \(half) --n \(billion)", 0),          // R: CI [0.49996900974842229, 0.50003099025157771]
        ("test binom --x 5 --n \(billion)", 0),
        ("test wilson --x \(half) --n \(billion)", 0),
        ("test prop --x \(half),400000000 --n \(billion),\(billion)", 0),
        ("test chisq --table \(billion),\(billion);\(billion),900000000", 0),
        ("test poisson --x \(billion) --t 1", 0),              // R: CI [999938021.44392788, 1000061981.45040894]
        ("test poisson --x \(billion),\(billion) --t 1,1", 0), // R: CI [0.9999123505873736, 1.0000876570957193]
        ("test mh --tables \(billion),\(billion),\(billion),\(billion);1,2,3,4", 0),
        ("test tost-prop --x \(half),\(half) --n \(billion),\(billion) --margin 0.1", 0),
        ("test tost-rate --x \(billion),\(billion) --t 1,1 --margin 0.1", 0),
        ("test prop-trend --x \(billion),\(billion),\(billion) --n 2000000000,2000000000,2000000000", 0),
        ("test fisher --table 1000,\(billion),2000,\(billion)", 0),   // 3001 possible tables
        ("test fisher --table \(billion),\(billion),\(billion),\(billion)", 64),   // R runs out of memory
        ("claim share --x \(half) --n \(billion) --more-than 0.4", 0),
        ("claim rate --count \(billion) --period 2023 --per week --at-least 100", 0),
        ("claim ratio --a \(billion) --a-period 2023 --b \(half) --b-period 2022 --at-least 1.5", 0),
        ("claim same --a \(billion) --a-period 2023 --b \(billion) --b-period 2022", 0),
    ]

    @Test(.timeLimit(.minutes(2)), arguments: cases)
    func billionCounts(_ line: String, _ status: Int32) throws {
        let run = try courtstat(line + " --format csv")
        #expect(run.status == status, "\(line): status \(run.status), stderr \(run.stderr)")
        #expect(!run.stdout.contains("nan") && !run.stdout.contains("NaN"), "\(line): \(run.stdout)")
        #expect(!run.stdout.contains("Inf"), "\(line): \(run.stdout)")
        if status != 0 {
            #expect(run.stdout.isEmpty && run.stderr.hasPrefix("courtstat: ") && run.stderr.split(separator: "\n").count == 1, "\(line): \(run.stderr)")
        }
    }

    @Test func fisherNamesTheWayOut() throws {
        let run = try courtstat("test fisher --table \(Self.billion),\(Self.billion),\(Self.billion),\(Self.billion)")
        #expect(run.stderr == "courtstat: --table: expected margins that allow at most 1000000 tables (the exact test enumerates them), got 2000000001; for counts this large use the chi-square test\n")
    }

    /// The shortest period is one day (a range that ends before it starts is refused); its rate
    /// is stated per day in the singular.
    @Test func oneDayAndEmptyPeriods() throws {
        let day = try courtstat("claim rate --count 5 --period 2023-03-01..2023-03-01 --per week --at-least 1 --format csv")
        #expect(day.status == 0)
        #expect(day.stdout.contains("over 2023-03-01..2023-03-01 (1 day) is at least 1"), "\(day.stdout)")
        let empty = try courtstat("claim rate --count 5 --period 2023-03-02..2023-03-01 --per day --at-least 1")
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("(the range ends before it starts)"), "\(empty.stderr)")
        let zeroTime = try courtstat("test poisson --x 5 --t 0")
        #expect(zeroTime.status == 64 && zeroTime.stderr.contains("--t"))
    }
}
