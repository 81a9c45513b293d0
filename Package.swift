// swift-tools-version: 6.0
import PackageDescription

// handlagg has no package dependencies: Foundation and the toolchain's test
// frameworks only, so that it can be audited and built offline.
let package = Package(
    name: "handlagg",
    products: [
        .executable(name: "handlagg", targets: ["handlagg"]),
        .library(name: "RoutineEngine", targets: ["RoutineEngine"]),
    ],
    targets: [
        // Build tool that turns Resources/ into Swift source, so the binary
        // carries its routines and runs from any folder.
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"]
        ),
        .target(
            name: "RoutineEngine",
            plugins: ["EmbedResourcesPlugin"]
        ),
        .executableTarget(
            name: "handlagg",
            dependencies: ["RoutineEngine"]
        ),
        .testTarget(
            name: "RoutineEngineTests",
            // handlagg is listed so that `swift test` builds the binary the end-to-end tests run.
            dependencies: ["RoutineEngine", "handlagg"],
            exclude: ["Golden"]
        ),
    ]
)
