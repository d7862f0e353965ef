import CourtstatInference
import Testing

/// R's warnings travel as `warnings` (and stay among `notes`), so no caller tells them apart by
/// their words.
@Suite struct RWarningTests {
    @Test func smallExpectedCountsWarnInChisqAndPropTest() throws {
        let chisq = try chiSquareTest(table: [[1, 2], [3, 4]])
        #expect(chisq.warnings == [RWarning.chiSquaredApproximation])
        #expect(chisq.notes == [RWarning.chiSquaredApproximation])
        let prop = try proportionTest(x: [3, 4], n: [10, 12])
        #expect(prop.warnings == [RWarning.chiSquaredApproximation])
        #expect(prop.notes.contains(RWarning.chiSquaredApproximation))
        let wilson = try wilsonInterval(x: 1, n: 4)
        #expect(wilson.warnings == [RWarning.chiSquaredApproximation])
    }

    @Test func largeCountsDoNotWarn() throws {
        #expect(try chiSquareTest(table: [[30, 45], [70, 65]]).warnings.isEmpty)
        #expect(try proportionTest(x: [30, 45], n: [100, 110]).warnings.isEmpty)
    }

    @Test func wilcoxonWarnsAboutTiesAndAnUnreachableLevel() throws {
        let ties = try wilcoxonTest(a: [1, 2, 2, 4], b: [2, 5, 6, 8], exact: .true)
        #expect(ties.warnings == [RWarning.noExactPValueWithTies])
        #expect(ties.notes == ties.warnings)
        let small = try wilcoxonTest(a: [1, 2, 3], b: [4, 5, 6], confLevel: 0.99)
        #expect(small.warnings.count == 1)
        #expect(small.warnings.first?.hasPrefix("requested conf.level not achievable") == true)
        #expect(small.warnings == [RWarning.confLevelNotAchievable(small.confLevel!)])
    }

    @Test func remarksAreNotWarnings() throws {
        let fisher = try fisherTest(a: 0, b: 0, c: 3, d: 4)
        #expect(!fisher.notes.isEmpty)
        #expect(fisher.warnings.isEmpty)
    }
}
