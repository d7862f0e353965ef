// swift-tools-version: 6.0
// courtstat: statistics for reporting on prosecutions in Russian military courts.
// Layers (dependencies point down only): CGSL → CourtstatNumerics → CourtstatInference →
// CourtstatModels; CourtstatData (with CByteMasks) beside them; CourtstatAnalyses on all of these;
// CourtstatExport on top; the courtstat CLI last. See ../shared/DESIGN.md and README.md.
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
        // One enum and one protocol that every layer's errors adopt (their exit status); no layer.
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
            "CourtstatInference", "CourtstatExport", "CourtstatNumerics", "CourtstatAnalyses", "CourtstatModels", "CourtstatData",
            "CourtstatSimulation", "CourtstatStatus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "CourtstatTestSupport", path: "Tests/CourtstatTestSupport"),
        .testTarget(name: "CourtstatNumericsTests", dependencies: ["CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatNumericsTests"),
        .testTarget(name: "CourtstatInferenceTests", dependencies: ["CourtstatInference", "CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatInferenceTests"),
        .testTarget(name: "CourtstatModelsTests", dependencies: ["CourtstatModels", "CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatModelsTests"),
        .testTarget(name: "CourtstatAnalysesTests", dependencies: ["CourtstatAnalyses", "CourtstatData", "CourtstatModels", "CourtstatNumerics", "CourtstatInference", "CourtstatTestSupport"],
                    path: "Tests/CourtstatAnalysesTests"),
        .testTarget(name: "CourtstatDataTests", dependencies: ["CourtstatData", "CourtstatSimulation", "CourtstatTestSupport", "CByteMasks"],
                    path: "Tests/CourtstatDataTests"),
        .testTarget(name: "CourtstatCLITests", dependencies: ["CourtstatTestSupport"],
                    path: "Tests/CourtstatCLITests"),
        .testTarget(name: "CourtstatPropertyTests", dependencies: ["CourtstatData", "CourtstatExport", "CourtstatAnalyses", "CourtstatInference",
                                                                  "CourtstatNumerics", "CourtstatTestSupport"],
                    path: "Tests/CourtstatPropertyTests"),
    ]
)
