import Testing
@testable import CourtstatData
