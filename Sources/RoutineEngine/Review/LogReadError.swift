/// Why a file could not be read as a handlagg log.
public struct LogReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// The line, when one is to blame.
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
