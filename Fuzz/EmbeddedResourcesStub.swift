// Stands in for the file the build plugin generates, when the engine is compiled for fuzzing.
enum EmbeddedResources {
    static let base64: [(path: String, content: String)] = []
}
