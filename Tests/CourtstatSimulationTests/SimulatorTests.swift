import CourtstatTestSupport
import Foundation
import Testing
@testable import CourtstatData
@testable import CourtstatSimulation

@Suite struct SimulatorTests {
    static let paramsPath = repositoryRoot.appendingPathComponent("datasets/simulation-params.json").path
    static let shippedPath = repositoryRoot.appendingPathComponent("datasets/cases_synthetic_2021_2024.csv").path
    static let shippedSeed: UInt64 = 20_230_719

    static func simulate(seed: UInt64) throws -> (String, SimulationSummary) {
        let out = ScratchFolder.file([], name: "synthetic.csv", label: "simulation-tests")
        let summary = try Simulator.run(try SimulationParameters.load(path: paramsPath), parametersFile: paramsPath, seed: seed, out: out)
        return (out, summary)
    }

    /// Every problem the case reader finds in a file (what `courtstat validate` reports).
    static func validationProblems(_ path: String) throws -> [DataError] {
        let reader = try CaseReader(source: InputSource(path: path), mapping: ColumnMapping(), checkDuplicates: true)
        var found: [DataError] = []
        while try reader.nextRow() { found += reader.rowProblems }
        return found
    }

    @Test func sameSeedSameBytes() throws {
        let (a, summary) = try Self.simulate(seed: 7)
        let (b, _) = try Self.simulate(seed: 7)
        let (c, _) = try Self.simulate(seed: 8)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        #expect(FileManager.default.contents(atPath: a) != FileManager.default.contents(atPath: c))
        #expect(summary.rows > 15_000)
        #expect(try Self.validationProblems(a).isEmpty)        // the output passes validation
    }

    @Test func theShippedFileIsWhatItsSeedGives() throws {
        let (out, _) = try Self.simulate(seed: Self.shippedSeed)
        #expect(FileManager.default.contents(atPath: out) == FileManager.default.contents(atPath: Self.shippedPath))
    }

    /// The expected number of cases of an article received in a period, from the parameters.
    static func expected(_ article: String, from: String, to: String) throws -> Double {
        let model = try SimulationParameters.load(path: paramsPath).model(file: paramsPath)
        let a = try #require(model.articles.first { $0.name == article })
        let first = try CivilDate.parse(from).get().dayNumber, last = try CivilDate.parse(to).get().dayNumber
        var total = 0.0
        for day in first...last {
            guard let r = a.rates.at(day) else { continue }
            total += r.perWeek * pow(1 + r.growth, Double(day - r.from) / 7) / 7 * model.weekdayFactor[CivilDate(dayNumber: day).isoWeekday - 1]
        }
        return total
    }

    /// The shipped synthetic file recovers its parameters: yearly AWOL counts within four
    /// Poisson standard deviations of their expectations (which are near the published 615,
    /// 1,001 and 2,076), and custodial shares of convictions near 35 % and 28 %.
    @Test func theShippedFileRecoversItsParameters() throws {
        let reader = try CaseReader(source: InputSource(path: Self.shippedPath))
        var f = CaseFilter(); f.articles = ["337"]
        let halves = try CaseCounter.count(reader, by: .half, filter: f)
        func observed(_ label: String) -> Double {
            Double(halves.periods.indices.filter { halves.periods[$0].description.hasPrefix(label) }.map { halves.totals[$0] }.reduce(0, +))
        }
        for (label, from, to, published) in [("2021", "2021-01-01", "2021-12-31", 615.0), ("2022", "2022-01-01", "2022-12-31", 1001),
                                             ("2023-H1", "2023-01-01", "2023-06-30", 2076)] {
            let mu = try Self.expected("337", from: from, to: to)
            #expect(abs(observed(label) - mu) < 4 * mu.squareRoot(), "\(label): \(observed(label)) vs \(mu)")
            #expect(abs(mu - published) / published < 0.05, "\(label): expectation \(mu) vs published \(published)")
        }
        // Custodial share among convictions, mobilised vs contract, cases received 2022-09-21 to 2023-12-31.
        let cases = try CaseReader(source: InputSource(path: Self.shippedPath))
        var convicted = [DefendantStatus: Int](), custodial = [DefendantStatus: Int]()
        let start = try CivilDate.parse("2022-09-21").get(), end = try CivilDate.parse("2023-12-31").get()
        while try cases.next() {
            let c = cases.current
            guard c.received >= start, c.received <= end, let s = c.status, let t = c.sentenceType, t.isConviction else { continue }
            convicted[s, default: 0] += 1
            if t.isCustodial { custodial[s, default: 0] += 1 }
        }
        let mobilized = Double(custodial[.mobilized]!) / Double(convicted[.mobilized]!)
        let contract = Double(custodial[.contract]!) / Double(convicted[.contract]!)
        #expect(abs(mobilized - 0.35) < 0.03 && abs(contract - 0.28) < 0.03, "\(mobilized) \(contract)")
    }

    @Test func badParametersNameTheirPath() throws {
        var json = try String(contentsOfFile: Self.paramsPath, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"per_week\": 11.8", with: "\"per_week\": -1")
        let path = ScratchFolder.file(Array(json.utf8), name: "params.json", label: "simulation-tests")
        #expect(throws: DataError.badParameters(file: path, path: "articles[0].rate[0].per_week", expected: "a rate ≥ 0", found: "-1.0")) {
            try SimulationParameters.load(path: path)
        }
        let missing = ScratchFolder.file(Array("{\"start\": \"2021-01-01\"}".utf8), name: "params.json", label: "simulation-tests")
        #expect(throws: DataError.badParameters(file: missing, path: "end", expected: "a value", found: "none")) {
            try SimulationParameters.load(path: missing)
        }
        #expect(throws: DataError.missingFile(path: "/nonexistent/params.json")) { try SimulationParameters.load(path: "/nonexistent/params.json") }
    }
}
