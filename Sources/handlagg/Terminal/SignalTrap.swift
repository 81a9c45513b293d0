import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Handles Ctrl-C during a session. Every answer is already on disk, so the handler only
/// says how to continue, restores the default action and signals the process again
/// (a shell then reports exit status 130).
enum SignalTrap {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    /// Installs the handler; `message` is printed to standard error on Ctrl-C.
    /// Call it from the main thread: that thread is the one left to receive the final signal.
    static func install(message: String) {
        lock.lock()
        defer { lock.unlock() }
        source?.cancel()
        signal(SIGINT, SIG_IGN)
        // A parent may have started us with SIGINT blocked; the final kill below must get through.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        let newSource = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        newSource.setEventHandler {
            Console.write("\n" + message + "\n", to: FileHandle.standardError)
            signal(SIGINT, SIG_DFL)
            // kill, not raise: this runs on a dispatch worker thread, which blocks signals,
            // so the signal must go to the process and be delivered to the main thread.
            kill(getpid(), SIGINT)
        }
        newSource.resume()
        source = newSource
    }
}
