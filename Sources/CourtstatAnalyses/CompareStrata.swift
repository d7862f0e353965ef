import CourtstatInference

/// How cases are stratified for the Mantel–Haenszel odds ratio.
public enum CompareStrata: String, Sendable, CaseIterable { case period, court }


extension CompareAnalysis {
    /// 2x2 tables (group a/b × outcome yes/no) per stratum with at least 2 cases.
    static func stratifiedTables(_ cases: [CompareCase], outcome: CompareOutcome, by strata: CompareStrata) -> [Stratum] {
        func add(_ c: CompareCase, to t: inout Stratum) {
            switch (c.inA, outcome.holds(c.sentence!)) {
            case (true, true): t.a += 1
            case (true, false): t.b += 1
            case (false, true): t.c += 1
            case (false, false): t.d += 1
            }
        }
        let tables: [Stratum]
        switch strata {
        case .court:
            var byCourt: [String: Stratum] = [:]
            for c in cases { add(c, to: &byCourt[c.court, default: Stratum(a: 0, b: 0, c: 0, d: 0)]) }
            tables = byCourt.keys.sorted().map { byCourt[$0]! }
        case .period:
            // By CivilDate.quarterIndex: in date order, and no string per case.
            var byQuarter: [Int: Stratum] = [:]
            for c in cases { add(c, to: &byQuarter[c.date.quarterIndex, default: Stratum(a: 0, b: 0, c: 0, d: 0)]) }
            tables = byQuarter.keys.sorted().map { byQuarter[$0]! }
        }
        return tables.filter { $0.a + $0.b + $0.c + $0.d >= 2 }
    }
}
