import CourtstatInference
import CourtstatTestSupport

extension Fixture.Row {
    var alternative: Alternative { Alternative(rawValue: self["alternative"])! }
    var confLevel: Double { number("conf_level")! }
}

/// Checks every named field against R, recording a failure per field that disagrees.
func expectFields(_ row: Fixture.Row, _ pairs: [(String, Double?, Double?)], tolerance: Double = relativeToleranceVsR,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    for (name, ours, r) in pairs {
        #expect(agree(ours, r, tolerance: tolerance), "\(row) \(name): ours \(String(describing: ours)), R \(String(describing: r))",
                sourceLocation: sourceLocation)
    }
}

import Testing
