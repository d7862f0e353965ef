import CourtstatTestSupport
import Foundation
import Testing

/// The `courtstat test` commands, run as a user runs them.
@Suite struct TestCommandTests {
    @Test func binomPrintsOneJSONObjectWithRsNumbers() throws {
        let run = try courtstat("test binom --x 7 --n 20 --format json")
        #expect(run.status == 0)
        let json = run.json
        // R: binom.test(7, 20)
        #expect((json["estimate"] as? Double) == 0.35)
        #expect((json["p_value"] as? Double)!.agrees(withR: 0.26317596435546875))
        #expect((json["conf_low"] as? Double)!.agrees(withR: 0.15390920478454115))
        #expect((json["conf_high"] as? Double)!.agrees(withR: 0.59218853453282816))
        #expect(json["method"] as? String == "Exact binomial test")
        #expect(json["alternative"] as? String == "two.sided")
        #expect(json["df"] is NSNull)
    }

    @Test func infiniteBoundsAreTheStringInf() throws {
        let run = try courtstat("test fisher --table 10,0,0,10 --format json")
        #expect(run.status == 0)
        #expect(run.json["conf_high"] as? String == "Inf")
        #expect(run.json["estimate"] as? String == "Inf")
    }

    @Test func csvHasAHeaderAndFullPrecision() throws {
        let run = try courtstat("test prop --x 30,45 --n 100,110 --format csv")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.count == 7)   // header, prop_test, share_a, share_b, risk_difference, risk_ratio, odds_ratio_woolf
        #expect(lines[0].hasPrefix("term,estimate,estimate1,estimate2,std_error,statistic,df,"))
        #expect(lines[1].hasPrefix("prop_test,"))
        #expect(lines.map { $0.split(separator: ",").first ?? "" }.contains("risk_difference"))
        // R: prop.test(c(30, 45), c(100, 110))$p.value
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(Double(fields[8])!.agrees(withR: 0.13268653997539942))
    }

    @Test func tableIsForPeople() throws {
        let run = try courtstat("test t --a 1,2,3,4 --b 4,5,6,8 --format table")
        #expect(run.status == 0)
        #expect(run.stdout.contains("method       Welch Two Sample t-test"))
        #expect(run.stdout.contains("p_value"))
    }

    @Test func everySubcommandAnswers() throws {
        let lines = [
            "test wilson --x 7 --n 20", "test chisq --table 12,5,7;3,9,1", "test poisson --x 2076,1001 --t 181,365 --r 2",
            "test wilcox --a 1.5,2.5,3.5,7 --b 4,5,6.5,8,9", "test mh --tables 12,5,7,3;9,1,4,6",
            "test prop-trend --x 15,22,30,41 --n 100,100,100,100", "test tost-prop --x 58,46 --n 165,165 --margin 0.1",
            "test tost-rate --x 520,500 --t 52,52 --margin 0.2", "test p-adjust --p 0.01,0.04,0.03 --method BH",
            "test bootstrap --a 12,18,24,6,36,9,15 --replicates 500 --seed 3",
        ]
        for line in lines {
            let run = try courtstat(line + " --format json")
            #expect(run.status == 0, "\(line): \(run.stderr)")
            #expect(!run.json.isEmpty, "\(line) printed no JSON object: \(run.stdout)")
        }
    }

    @Test func bootstrapIsReproducible() throws {
        let a = try courtstat("test bootstrap --a 12,18,24,6,36,9,15 --replicates 500 --seed 3 --format csv")
        let b = try courtstat("test bootstrap --a 12,18,24,6,36,9,15 --replicates 500 --seed 3 --format csv")
        #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func pAdjustMatchesR() throws {
        // R: p.adjust(c(0.01, 0.04, 0.03), "holm") = 0.03 0.06 0.06
        let run = try courtstat("test p-adjust --p 0.01,0.04,0.03 --method holm --format json")
        let rows = run.json["rows"] as! [[String: Any]]
        #expect(rows.map { $0["p_adjusted"] as! Double }.enumerated().allSatisfy { $1.agrees(withR: [0.03, 0.06, 0.06][$0]) })
    }

    /// One column of counts is R's goodness-of-fit test, as one row is (issue 19):
    /// chisq.test(matrix(c(120, 95, 130, 88), ncol = 1)) gives X-squared 11.055427251732102, df 3.
    @Test func chisqAcceptsOneColumn() throws {
        let run = try courtstat("test chisq --table 120;95;130;88 --format json")
        #expect(run.status == 0)
        let row = run.json
        #expect((row["statistic"] as? Double)?.agrees(withR: 11.055427251732102) == true)
        #expect((row["p_value"] as? Double)?.agrees(withR: 0.011429904124181291) == true)
    }

    @Test func chisqWarnsOnSmallExpectedCounts() throws {
        let run = try courtstat("test chisq --table 3,1;1,3 --format csv")
        #expect(run.status == 0)
        #expect(run.stderr.contains("Chi-squared approximation may be incorrect"))
    }
}
