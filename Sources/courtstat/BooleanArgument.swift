import ArgumentParser

/// `--correct true|false`, R's continuity-correction switch.
enum BooleanArgument: String, ExpressibleByArgument, CaseIterable {
    case `true`, `false`
    var value: Bool { self == .true }
}
