// A stand-in for the CourtstatInference module when the claims-file parser is compiled alone
// for fuzzing: ClaimError.swift names InferenceError and nothing else from it.

/// Stand-in for CourtstatInference.InferenceError.
public struct InferenceError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

import CourtstatStatus

extension InferenceError {
    /// As the real one's, for an error that is not numerical.
    public var exitStatus: ExitStatus { .usage }
}
