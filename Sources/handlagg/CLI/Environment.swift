import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process environment, each variable looked up when it is needed: reading all of it into
/// a dictionary first costs about half a million instructions, before a new case's first question.
struct Environment: Sendable {
    subscript(name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
