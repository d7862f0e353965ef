import CourtstatInference
import CourtstatStatus
import Testing

/// Errors of the inference layer name the parameter at fault by its Swift name, never a
/// command-line flag; a front end renders the same error with its own names (issue 20).
@Suite struct ParameterNamingTests {
    @Test func anErrorNamesTheSwiftParameter() {
        #expect(throws: InferenceError.invalidArgument(parameter: "a", expected: "at least 2 values", found: "1")) {
            try tTest(a: [1], b: [1, 2, 3])
        }
        #expect(throws: InferenceError.invalidArgument(parameter: "confLevel", expected: "a number strictly between 0 and 1", found: "1.0")) {
            try binomialTest(x: 1, n: 2, confLevel: 1)
        }
        #expect(throws: InferenceError.invalidArgument(parameter: "strata", expected: "at least 2 strata (2x2 tables separated by ';')", found: "1")) {
            try mantelHaenszelTest(strata: [Stratum(a: 3, b: 4, c: 5, d: 6)])
        }
        // Two groups: the count and the trial count of the group at fault.
        #expect(throws: InferenceError.invalidArgument(parameter: "x2", expected: "each count between 0 and its \(parameter: "n2")", found: "3,9")) {
            try riskRatio(x1: 3, n1: 10, x2: 9, n2: 8)
        }
    }

    @Test func theMessageNamesParametersAndAFrontEndRendersItsOwnNames() throws {
        let error = try #require(#expect(throws: InferenceError.self) { try proportionTest(x: [3, 4], n: [5]) })
        #expect(error.parameter == "n")
        #expect(error.description == "n: expected 2 trial counts, one per x, got 1")
        #expect(error.message(naming: { "--" + $0 }) == "--n: expected 2 trial counts, one per --x, got 1")
        // Through the protocol every layer's error adopts.
        let any: any CourtstatError = error
        #expect(any.message(naming: { "<\($0)>" }) == "<n>: expected 2 trial counts, one per <x>, got 1")
    }

    /// No message of the layer spells a flag: a sweep over the refusals of every test.
    @Test func noMessageNamesAFlag() {
        let refusals: [() throws -> Void] = [
            { _ = try tTest(a: [1, 1, 1], b: [1, 1, 1]) }, { _ = try tTest(a: [1, 2], b: [1]) },
            { _ = try wilcoxonTest(a: [3, 3, 3], b: [3, 3]) }, { _ = try wilcoxonTest(a: [], b: [1]) },
            { _ = try fisherTest(a: 0, b: 0, c: 0, d: 0) }, { _ = try fisherTest(a: -1, b: 0, c: 3, d: 4) },
            { _ = try chiSquareTest(table: [[0, 3], [0, 4]]) }, { _ = try chiSquareTest(table: [[1, 2, 3], [4, 5]]) },
            { _ = try binomialTest(x: 30, n: 20) }, { _ = try poissonTest(x: [0, 0], t: [1, 1]) },
            { _ = try poissonTest(x: [3, 4], t: [1]) }, { _ = try proportionTest(x: [10, 12], n: [10, 12]) },
            { _ = try proportionTrendTest(x: [1, 2], n: [5, 5], scores: [1]) }, { _ = try rateRatioTest(x: [3], t: [1], method: .score) },
            { _ = try adjustPValues([0.2, 1.2], method: .holm) }, { _ = try proportionPower(p1: 0.3, p2: 0.3, n: nil, power: 0.8) },
            { _ = try rateRatioPower(rate1: 1, rate2: 1, n: nil, power: 0.8, nobsRatio: -1) },
            { _ = try equivalenceProportions(x1: 11, n1: 10, x2: 3, n2: 10, margin: 0.1) },
            { _ = try bootstrapIntervals(a: [1, 2, 3], replicates: 5, seed: 1) },
        ]
        for (i, refusal) in refusals.enumerated() {
            do {
                try refusal()
                Issue.record("refusal \(i) was answered")
            } catch {
                guard let error = error as? InferenceError else { Issue.record("refusal \(i): \(error)"); continue }
                #expect(!error.description.contains("--"), "refusal \(i): \(error)")
                #expect(error.parameter != nil, "refusal \(i): \(error)")
            }
        }
    }

    @Test func aWordingComparesByItsText() {
        let written: Wording = "one per \(parameter: "x")"
        var built = Wording("one per ")
        built = "\(built)\(parameter: "x")"
        #expect(written == built)
        #expect(written.description == "one per x")
        #expect(Wording("a") == "\("a")")
        #expect(written.rendered(naming: { $0.uppercased() }) == "one per X")
    }
}
