import Foundation

/// Files built into the binary from the package's `Resources/` folder.
public enum BundledContent {
    /// A built-in file: its path under `Resources/`, its bytes, and their SHA-256, taken when
    /// the binary was built (so loading a bundled routine does not hash it again).
    public struct File: Sendable {
        public let path: String
        public let bytes: [UInt8]
        public let sha256: String
    }

    /// The files whose path starts with `prefix` and ends with `suffix`, sorted by path.
    public static func files(under prefix: String, endingWith suffix: String = "") -> [File] {
        EmbeddedResources.files.filter { $0.path.hasPrefix(prefix) && $0.path.hasSuffix(suffix) }.map { entry in
            File(path: entry.path, bytes: Array(entry.content.utf8), sha256: entry.sha256)
        }
    }
}
