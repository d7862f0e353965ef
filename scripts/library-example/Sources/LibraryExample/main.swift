import Foundation
import CourtstatAnalyses
import CourtstatData
import CourtstatInference
import CourtstatModels
import CourtstatStatus

// 1. Fisher's exact test (R: fisher.test(matrix(c(35, 65, 28, 72), 2, byrow = TRUE))):
//    conditional maximum-likelihood odds ratio, exact interval, two-sided p.
let fisher = try fisherTest(a: 35, b: 65, c: 28, d: 72)
print("Fisher: odds ratio \(fisher.estimate!), 95% CI \(fisher.confLow!) to \(fisher.confHigh!), p = \(fisher.pValue!)")

// 2. A Poisson regression of monthly counts on time, with log(days) as the offset
//    (R: glm(n ~ time + offset(log(days)), family = poisson)).
let counts: [Double] = [61, 58, 70, 77, 90, 85, 104, 118]
let days: [Double] = [31, 28, 31, 30, 31, 30, 31, 31]
let design = try Design([(name: "time", values: (0..<counts.count).map(Double.init))])
let fit = try GeneralizedLinearModel.poisson(y: counts, design: design, offset: days.map { log($0) })
for t in fit.terms { print("Poisson: \(t.term) = \(t.estimate) (SE \(t.stdError), p = \(t.pValue))") }

// 3. A claims file, here read from a string; ClaimsCheck(path:) reads one from a file. The file is
//    parsed (and every claim typed) before anything is checked; figures named by id would come
//    from a PublishedFigures file (here none).
let claims = """
    [[claim]]
    id = "h1-2023-double-2022"
    text = "2,076 cases in the first half of 2023, double all of 2022"
    kind = "ratio"
    a = 2076
    a_period = "2023-H1"
    b = 1001
    b_period = "2022"
    at_least = 2
    """
for r in try ClaimsCheck(text: claims, path: "claims.toml").check(figures: .empty) {
    print("Claim \(r.claim): \(r.verdict.rawValue), ratio \(r.estimate!) (\(r.confLow!) to \(r.confHigh!))")
}

// 4. Errors are typed, name the function's parameters (never a command-line flag) and carry the
//    exit status a command line would use (CourtstatStatus.CourtstatError).
do {
    _ = try binomialTest(x: 7, n: 5)
} catch {
    print("Error: \(error) (status \(error.exitStatus.rawValue))")
}
