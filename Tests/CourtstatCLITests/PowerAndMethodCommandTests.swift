import Foundation
import Testing

/// The command-line contract of DESIGN.md's "Beyond R": `power prop|rate` JSON keys and exit
/// statuses, `--tsmethod`/`--midp`, and `test poisson --method`.
@Suite struct PowerAndMethodCommandTests {
    func json(_ line: String) throws -> [String: Any] {
        let run = try courtstat(line)
        #expect(run.status == 0, "\(line): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func powerPropKeys() throws {
        let o = try json("power prop --p1 0.3 --p2 0.37 --power 0.8 --format json")
        #expect(Set(o.keys) == ["n", "power", "p1", "p2", "sig_level"])
        #expect((o["n"] as! Double) > 712.5 && (o["n"] as! Double) < 712.51)
    }

    @Test func powerRateKeys() throws {
        let o = try json("power rate --rate1 1.2 --rate2 1 --n 100 --exposure 2 --format json")
        #expect(Set(o.keys) == ["n", "power", "rate1", "rate2"])
        #expect(abs((o["power"] as! Double) - 0.47785510520024344) < 1e-12)
    }

    @Test func badPowerArgumentsAre64() throws {
        for line in ["power prop --p1 0.3 --p2 0.4", "power prop --p1 0.3 --p2 0.4 --n 10 --power 0.8",
                     "power prop --p1 1.3 --p2 0.4 --n 10", "power rate --rate1 1 --rate2 1 --power 0.8",
                     "power rate --rate1 1 --rate2 2 --n 10 --alternative sideways"] {
            #expect(try courtstat(line).status == 64, "\(line)")
        }
    }

    @Test func tsmethodAndMethodFlags() throws {
        let b = try json("test binom --x 7 --n 20 --tsmethod blaker --midp --format json")
        #expect(b["method"] as? String == "Exact two-sided binomial test (blaker method, mid-p)")
        let p = try json("test poisson --x 2,10 --t 17877,20000 --method score --format json")
        #expect((p["p_value"] as! Double) > 0.0341268 && (p["p_value"] as! Double) < 0.0341269)
        for line in ["test poisson --x 3 --method score", "test poisson --x 3,4 --method score --tsmethod central",
                     "test binom --x 3 --n 4 --tsmethod best"] {
            #expect(try courtstat(line).status == 64, "\(line)")
        }
    }
}
