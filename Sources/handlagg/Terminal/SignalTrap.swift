import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Handles Ctrl-C during a session. Every answer is already on disk, so the handler only
/// says how to continue, restores the default action and re-raises (exit status 130).
enum SignalTrap {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    /// Installs the handler; `message` is printed to standard error on Ctrl-C.
    static func install(message: String) {
        lock.lock()
        defer { lock.unlock() }
        source?.cancel()
        signal(SIGINT, SIG_IGN)
        let newSource = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        newSource.setEventHandler {
            FileHandle.standardError.write(Data(("\n" + message + "\n").utf8))
            signal(SIGINT, SIG_DFL)
            raise(SIGINT)
        }
        newSource.resume()
        source = newSource
    }
}
