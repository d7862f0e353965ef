import CourtstatNumerics
import Foundation
import Testing

@Suite struct RootFindingTests {
    @Test func findsRootsToFullPrecision() throws {
        let root = try brentRoot(lower: 1, upper: 2) { x in x * x - 2 }
        #expect(abs(root - 2.0.squareRoot()) <= 2 * 2.0.squareRoot().ulp)
        let tiny = try brentRoot(lower: 0, upper: 1) { x in x - 1e-12 }
        #expect(abs(tiny - 1e-12) <= 1e-12 * 1e-14)
    }

    @Test func refusesAnUnbracketedInterval() {
        #expect(throws: NumericsError.self) { try brentRoot(lower: 0, upper: 1) { x in x + 1 } }
    }

    @Test func passesErrorsThroughTheCallback() {
        #expect(throws: NumericsError.domain("boom")) {
            try brentRoot(lower: -1, upper: 1) { x throws(NumericsError) in
                if x != -1 && x != 1 { throw .domain("boom") }
                return x
            }
        }
    }
}

@Suite struct RandomGeneratorTests {
    @Test func theSameSeedGivesTheSameStream() throws {
        let a = try RandomGenerator(seed: 42), b = try RandomGenerator(seed: 42), c = try RandomGenerator(seed: 43)
        let sa = (0..<100).map { _ in a.uniformInt(below: 1000) }
        let sb = (0..<100).map { _ in b.uniformInt(below: 1000) }
        let sc = (0..<100).map { _ in c.uniformInt(below: 1000) }
        #expect(sa == sb)
        #expect(sa != sc)
        #expect(sa.allSatisfy { (0..<1000).contains($0) })
    }
}
