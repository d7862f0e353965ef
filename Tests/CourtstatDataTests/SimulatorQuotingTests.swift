import Testing
@testable import CourtstatSimulation

/// The simulator quotes a field that holds a CRLF ("\r\n" is one Swift Character, equal to
/// neither "\n" nor "\r", so a check on Characters missed it).
@Suite struct SimulatorQuotingTests {
    @Test func crlfIsQuoted() {
        #expect(Simulator.csvField("a\r\nb") == "\"a\r\nb\"")
        #expect(Simulator.csvField("a\nb") == "\"a\nb\"")
        #expect(Simulator.csvField("SYN-") == "SYN-")
    }
}
