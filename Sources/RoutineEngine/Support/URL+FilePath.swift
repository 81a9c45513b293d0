import Foundation

extension URL {
    /// The file-system path of a file URL, as `path` gives it (no trailing slash), but through
    /// `path(percentEncoded:)`: `path` costs some 200,000 instructions on first use, and the
    /// case store works out paths before a new case's first question.
    public var filePath: String {
        var path = path(percentEncoded: false)
        while path.utf8.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
