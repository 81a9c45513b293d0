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
        .executableTarget(name: "EmbedResources", dependencies: ["Digest"]),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"]
        ),
        // SHA-256, shared by the engine and the build tool (which fingerprints what it embeds).
        .target(name: "Digest"),
        .target(
            name: "RoutineEngine",
            dependencies: ["Digest"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        .executableTarget(
            name: "handlagg",
            dependencies: ["RoutineEngine"]
        ),
        .testTarget(
            name: "RoutineEngineTests",
            // handlagg is listed so that `swift test` builds the binary the end-to-end tests run.
            dependencies: ["RoutineEngine", "Digest", "handlagg"],
            exclude: ["Golden"]
        ),
    ]
)
