import Foundation

/// Files built into the binary from the package's `Resources/` folder.
public enum BundledContent {
    /// The files whose path starts with `prefix` (e.g. `routines/`), sorted by path.
    public static func files(under prefix: String) -> [(path: String, bytes: [UInt8])] {
        EmbeddedResources.base64.filter { $0.path.hasPrefix(prefix) }.compactMap { entry in
            Data(base64Encoded: entry.content).map { (path: entry.path, bytes: [UInt8]($0)) }
        }
    }
}
