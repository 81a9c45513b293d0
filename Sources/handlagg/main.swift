import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The thin CLI over RoutineEngine: parse the command line, run one command, exit with its code.

/// The process environment as a dictionary, read from `environ` directly: Foundation's
/// `ProcessInfo.environment` costs about 0.7 M instructions, paid before the first question.
func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
            let name = String(text[..<equals])
            // The first definition wins, as with getenv(3).
            if environment[name] == nil { environment[name] = String(text[text.index(after: equals)...]) }
        }
        entry += 1
    }
    return environment
}

let code = Handlagg.run(Array(CommandLine.arguments.dropFirst()), environment: processEnvironment())
exit(code.rawValue)
