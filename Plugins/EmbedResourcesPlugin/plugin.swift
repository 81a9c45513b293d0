import Foundation
import PackagePlugin

/// Embeds every file under the package's `Resources/` folder into generated Swift source,
/// so the built binary needs no resource bundle beside it.
///
/// Every file and every folder under `Resources/` is an input: editing a file changes its
/// time stamp, and adding or removing one changes its folder's, so either re-runs the tool.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let resources = context.package.directoryURL.appending(path: "Resources", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding Resources/ into \(target.name)",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: [resources.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [resources] + Self.entries(under: resources),
                outputFiles: [output]
            )
        ]
    }

    /// Every file and folder below `folder`, sorted.
    private static func entries(under folder: URL) -> [URL] {
        let paths = (FileManager.default.subpaths(atPath: folder.path(percentEncoded: false)) ?? []).sorted()
        return paths.map { folder.appending(path: $0) }
    }
}
