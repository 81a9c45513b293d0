import Dispatch
import Foundation

/// Reads log files one after another through one buffer. Review and statistics read thousands
/// of logs; a fresh buffer per file would be allocated, faulted into memory and freed each time.
public struct LogBatchReader {
    private var buffer: [UInt8] = []

    public init() {}

    /// Reads the log at `path` for `purpose` (see `CaseLogReader.Purpose`).
    public mutating func read(path: String, for purpose: CaseLogReader.Purpose) throws(LogReadError) -> CaseLogSummary {
        guard let count = CaseLogReader.load(path, headOnly: purpose == .statistics, into: &buffer) else {
            throw LogReadError(path: path, line: nil, message: "cannot read the file.")
        }
        return try buffer.withUnsafeBufferPointer { bytes throws(LogReadError) in
            try CaseLogReader.parse(UnsafeBufferPointer(rebasing: bytes[..<count]), path: path, purpose: purpose)
        }
    }

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
