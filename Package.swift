// swift-tools-version: 6.0
// courtstat: statistics for reporting on prosecutions in Russian military courts.
// Layers (dependencies point down only; DESIGN.md "Layers"): CGSL (libgsl-dev, imported only by
// CourtstatNumerics, with `internal import`) → CourtstatNumerics → CourtstatInference →
// CourtstatModels; CourtstatData (its byte masks in C, CByteMasks, imported `internal`ly; the
// ingest fast path in Sources/CourtstatData/Ingest) beside them; CourtstatSimulation on Data and
// Numerics; CourtstatAnalyses on Inference, Models and Data; CourtstatExport on Analyses; the
// courtstat CLI last. CourtstatStatus is a leaf every layer uses: the exit status each error
// type carries and the Wording of messages that name parameters. Test targets mirror the modules. See ../shared/DESIGN.md and README.md.
import PackageDescription

let package = Package(
    name: "courtstat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "courtstat", targets: ["courtstat"]),
        // The library products (DESIGN.md, "As a library"): any test, any model, reading a scrape
        // with a profile, checking a claims file, writing CSV and charts, without the CLI.
        .library(name: "CourtstatStatus", targets: ["CourtstatStatus"]),
        .library(name: "CourtstatInference", targets: ["CourtstatInference"]),
        .library(name: "CourtstatModels", targets: ["CourtstatModels"]),
        .library(name: "CourtstatData", targets: ["CourtstatData"]),
        .library(name: "CourtstatAnalyses", targets: ["CourtstatAnalyses"]),
        .library(name: "CourtstatExport", targets: ["CourtstatExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CGSL", pkgConfig: "gsl", providers: [.apt(["libgsl-dev"])]),
        // The exit status every layer's errors carry (ExitStatus, CourtstatError) and the Wording that
        // lets an error name a parameter without spelling a command-line flag; no layer.
        .target(name: "CourtstatStatus"),
        .target(name: "CourtstatNumerics", dependencies: ["CGSL", "CourtstatStatus"]),
        .target(name: "CourtstatInference", dependencies: ["CourtstatNumerics"]),
        .target(name: "CourtstatExport", dependencies: ["CourtstatInference", "CourtstatModels", "CourtstatAnalyses", "CourtstatData"]),
        .target(name: "CourtstatModels", dependencies: ["CourtstatNumerics", "CourtstatInference"]),
        .target(name: "CByteMasks"),
        .target(name: "CourtstatData", dependencies: ["CByteMasks", "CourtstatStatus"]),
        .target(name: "CourtstatSimulation", dependencies: ["CourtstatData", "CourtstatNumerics"]),
        .target(name: "CourtstatAnalyses", dependencies: ["CourtstatNumerics", "CourtstatInference", "CourtstatModels", "CourtstatData"]),
        .executableTarget(name: "courtstat", dependencies: [
            "CourtstatInference", "CourtstatExport", "CourtstatAnalyses", "CourtstatModels", "CourtstatData",
            "CourtstatSimulation", "CourtstatStatus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Test targets mirror the modules: one per library module and one for the command line.
        .target(name: "CourtstatTestSupport", path: "Tests/CourtstatTestSupport"),
        .testTarget(name: "CourtstatNumericsTests", dependencies: ["CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatNumericsTests"),
        .testTarget(name: "CourtstatInferenceTests", dependencies: ["CourtstatInference", "CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatInferenceTests"),
        .testTarget(name: "CourtstatModelsTests", dependencies: ["CourtstatModels", "CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatModelsTests"),
        .testTarget(name: "CourtstatDataTests", dependencies: ["CourtstatData", "CourtstatTestSupport", "CByteMasks"],
                    path: "Tests/CourtstatDataTests"),
        .testTarget(name: "CourtstatSimulationTests", dependencies: ["CourtstatSimulation", "CourtstatData", "CourtstatTestSupport"],
                    path: "Tests/CourtstatSimulationTests"),
        .testTarget(name: "CourtstatAnalysesTests", dependencies: ["CourtstatAnalyses", "CourtstatData", "CourtstatModels", "CourtstatNumerics", "CourtstatInference", "CourtstatTestSupport"],
                    path: "Tests/CourtstatAnalysesTests"),
        .testTarget(name: "CourtstatExportTests", dependencies: ["CourtstatExport", "CourtstatAnalyses", "CourtstatData", "CourtstatInference", "CourtstatTestSupport"],
                    path: "Tests/CourtstatExportTests"),
        .testTarget(name: "CourtstatCLITests", dependencies: ["CourtstatTestSupport"],
                    path: "Tests/CourtstatCLITests"),
    ]
)
