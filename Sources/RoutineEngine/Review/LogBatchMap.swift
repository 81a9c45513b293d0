import Dispatch
import Foundation

extension LogBatchReader {
    /// `transform` applied to every path, spread over the machine's cores (at most eight threads,
    /// each with its own reader), with the results in the order of `paths`. Reading logs is
    /// independent work, and a supervisor's year of logs is thousands of them.
    public static func map<Result: Sendable>(_ paths: [String],
                                             _ transform: @Sendable (inout LogBatchReader, String) -> Result) -> [Result] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, paths.count))
        var results = [Result?](repeating: nil, count: paths.count)
        results.withUnsafeMutableBufferPointer { slots in
            // Each worker fills only its own slots (every `workers`-th), so no two touch the same one.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var reader = LogBatchReader()
                for index in stride(from: worker, to: paths.count, by: workers) {
                    slots[index] = transform(&reader, paths[index])
                }
            }
        }
        return results.map { $0! }
    }
}
