import Foundation
import Testing

/// Every bad argument gets a one-line message naming the option and what was expected, and
/// exit status 64; never a crash, a GSL abort or a NaN.
@Suite struct BadArgumentTests {
    static let cases: [(String, String)] = [
        ("test binom --x 30 --n 20", "--x"),                         // x > n
        ("test binom --x -3 --n 20", "--x"),                         // negative count
        ("test binom --x 7.5 --n 20", "--x"),                        // non-integer count
        ("test binom --x seven --n 20", "--x"),                      // non-numeric
        ("test binom --x 7 --n 0", "--n"),                           // no trials
        ("test binom --x 7 --n 20 --p 1.5", "--p"),                  // probability outside [0, 1]
        ("test binom --x 7 --n 20 --p nan", "--p"),                  // NaN is not a number here
        ("test binom --x 7 --n 20 --conf-level 1.5", "--conf-level"),
        ("test binom --x 7 --n 20 --conf-level 0", "--conf-level"),
        ("test binom --x 7 --n 20 --alternative sideways", "--alternative"),
        ("test binom --n 20", "--x"),                                // missing option
        ("test fisher --table 1,2,3", "--table"),                    // wrong number of cells
        ("test fisher --table 1,2,3,-4", "--table"),
        ("test chisq --table 0,0;3,4", "--table"),                   // zero margin
        ("test chisq --table 1,2,3;4,5", "--table"),                 // ragged
        ("test prop --x 0,0 --n 10,12", "--x"),                      // zero margin
        ("test prop --x 3,4 --n 10", "--n"),                         // wrong number of n
        ("test poisson --x 0,0 --t 1,1", "--x"),
        ("test poisson --x 3 --t -1", "--t"),
        ("test t --a 1,1,1 --b 1,1,1", "--a"),                       // constant data
        ("test t --a 1 --b 1,2,3", "--a"),                           // too few values
        ("test t --a , --b 1,2", "--a"),                             // empty sample
        ("test wilcox --a 3,3,3 --b 3,3", "--a"),                    // all tied
        ("test mh --tables 1,0,0,0;3,4,5,6", "--tables"),
        ("test mh --tables 1,2,3;3,4,5,6", "--tables"),
        ("test tost-prop --x 5,6 --n 10,10 --margin 2", "--margin"),
        ("test p-adjust --p 0.2,1.5", "--p"),
        ("test bootstrap --a 1,2,3 --replicates 5", "--replicates"),
        ("test binom --x 7 --n 20 --digits 40", "--digits"),
        ("test nonesuch", "nonesuch"),
    ]

    @Test(arguments: cases)
    func badArgumentExits64WithAOneLineMessage(_ line: String, _ option: String) throws {
        let run = try courtstat(line)
        #expect(run.status == 64, "\(line): status \(run.status), stderr \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(line) printed \(run.stdout)")
        let message = run.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(message.hasPrefix("courtstat: "), "\(line): \(message)")
        #expect(!message.contains("\n"), "\(line): message is not one line: \(message)")
        #expect(message.contains(option), "\(line): message does not name \(option): \(message)")
        #expect(!message.contains("NaN"), "\(line): \(message)")
    }

    @Test func helpExitsZero() throws {
        let run = try courtstat("--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("test"))
        let sub = try courtstat("test binom --help")
        #expect(sub.status == 0 && sub.stdout.contains("--conf-level"))
    }
}
