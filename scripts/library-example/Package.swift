// swift-tools-version: 6.0
// A program that uses courtstat as a library (README, "Use as a library"); built and run by
// scripts/check-library-example.sh against the checkout, by path.
import PackageDescription

let package = Package(
    name: "LibraryExample",
    dependencies: [.package(name: "courtstat", path: "../..")],
    targets: [
        .executableTarget(name: "LibraryExample", dependencies: [
            .product(name: "CourtstatInference", package: "courtstat"),
            .product(name: "CourtstatModels", package: "courtstat"),
            .product(name: "CourtstatData", package: "courtstat"),
            .product(name: "CourtstatAnalyses", package: "courtstat"),
            .product(name: "CourtstatStatus", package: "courtstat"),
        ]),
    ]
)
