import Foundation
import Testing

/// Option values are typed (a count, counts, a probability, a proportion, a confidence level) and
/// checked once, when the command line is parsed; the message is courtstat's, word for word, not
/// swift-argument-parser's, and the status 64.
@Suite struct TypedArgumentTests {
    static let cases: [(String, String)] = [
        ("test binom --x seven --n 20", "--x: expected a whole number ≥ 0, got 'seven'"),
        ("test binom --x -3 --n 20", "--x: expected a whole number ≥ 0, got '-3'"),
        ("test binom --x 7.5 --n 20", "--x: expected a whole number ≥ 0, got '7.5'"),
        ("test binom --x 7 --n 20 --p nan", "--p: expected a number, got 'nan'"),
        ("test binom --x 7 --n 20 --p 1.5", "--p: expected a probability in [0, 1], got 1.5"),
        ("test binom --x 7 --n 20 --p 2", "--p: expected a probability in [0, 1], got 2.0"),
        ("test binom --x 7 --n 20 --conf-level 95", "--conf-level: expected a number strictly between 0 and 1, got '95'"),
        ("test binom --x 7 --n 20 --conf-level x", "--conf-level: expected a number, got 'x'"),
        ("test prop --x 30,x --n 100,110", "--x: expected a comma-separated list of whole numbers ≥ 0, got '30,x'"),
        ("test t --a 1,2,x --b 1,2", "--a: expected a comma-separated list of numbers, got '1,2,x'"),
        ("test chisq --table 1,2;3,x", "--table: expected rows of whole numbers ≥ 0, cells separated by ',' and rows by ';', got '1,2;3,x'"),
        ("power prop --p1 1.5 --p2 0.3 --n 10", "--p1: expected a proportion strictly between 0 and 1, got 1.5"),
        ("power prop --p1 0.3 --p2 0 --n 10", "--p2: expected a proportion strictly between 0 and 1, got 0.0"),
        ("test bootstrap --a 1,2,3 --replicates many", "--replicates: expected a whole number ≥ 0, got 'many'"),
        ("simulate --params datasets/simulation-params.json --seed 1.5 --out -", "--seed: expected a whole number ≥ 0, got '1.5' (see 'courtstat --help')"),
    ]

    @Test(arguments: cases)
    func aBadValueGetsCourtstatsMessage(_ line: String, _ message: String) throws {
        let run = try courtstat(line)
        #expect(run.status == 64, "\(line): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "courtstat: \(message)\n", "\(line)")
    }

    @Test func defaultsAreTheTypedValuesOfTheirText() throws {
        let run = try courtstat("test binom --x 7 --n 20 --format json")
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"null_value\": 0.5") && run.stdout.contains("\"conf_level\": 0.95"), "\(run.stdout)")
        let help = try courtstat("test binom --help")
        #expect(help.stdout.contains("(default: 0.5)"))
    }

    @Test func warningsGoToStandardErrorAndRemarksDoNot() throws {
        let ties = try courtstat("test wilcox --a 1,2,2,4 --b 2,5,6,8 --exact true --format json")
        #expect(ties.status == 0)
        #expect(ties.stderr == "courtstat: warning: cannot compute exact p-value with ties; normal approximation used\n")
        let fisher = try courtstat("test fisher --table 0,0,3,4 --format json")
        #expect(fisher.status == 0)
        #expect(fisher.stderr.isEmpty, "\(fisher.stderr)")
        #expect(fisher.stdout.contains("a row or column total is 0"))
    }
}
