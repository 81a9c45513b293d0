import Foundation

/// A value worked out on another thread while the caller goes on with something else;
/// reading `value` waits for it. Used where start-up has two independent pieces of work
/// and the machine has a core to spare.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let computed = work()
            lock.withLock { result = computed }
            finished.signal()
        }
    }

    /// The value, once the work is done.
    var value: Value {
        if let done = lock.withLock({ result }) { return done }
        finished.wait()
        finished.signal() // let any later reader through as well
        return lock.withLock { result! }
    }
}
