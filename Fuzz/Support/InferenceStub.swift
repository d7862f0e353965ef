// A stand-in for the CourtstatInference module when the claims-file parser is compiled alone
// for fuzzing: ClaimError.swift names InferenceError and nothing else from it.

/// Stand-in for CourtstatInference.InferenceError.
public struct InferenceError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
