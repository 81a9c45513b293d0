/// A problem found in a step file, with where it is.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How serious a problem is: errors refuse the routine, warnings do not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file's name as given to the loader.
    public let file: String
    /// 1-based line number.
    public let line: Int
    /// A full sentence saying what is wrong.
    public let message: String
    public let severity: Severity

    public init(file: String, line: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    /// `file:line: message`, with `warning: ` before warnings.
    public var description: String {
        severity == .error ? "\(file):\(line): \(message)" : "\(file):\(line): warning: \(message)"
    }
}
