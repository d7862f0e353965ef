import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Hypothesis tests and intervals, each agreeing with the R function of the same name.",
        subcommands: [TestBinom.self, TestWilson.self, TestProp.self, TestFisher.self, TestChisq.self,
                      TestPoisson.self, TestT.self, TestWilcox.self, TestMH.self, TestPropTrend.self,
                      TestTostProp.self, TestTostRate.self, TestPAdjust.self, TestBootstrap.self])
}
