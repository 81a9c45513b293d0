// Stands in for the file the build plugin generates, when the engine is compiled for fuzzing.
enum EmbeddedResources {
    static let files: [(path: String, sha256: String, content: String)] = []
}
