import Dispatch
import Foundation
import Synchronization

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

    /// How many paths a worker takes at a time.
    private static let share = 16

    /// `transform` applied to every path, spread over the machine's cores (at most eight threads,
    /// each with its own reader), with the results in the order of `paths`. Reading logs is
    /// independent work, and a supervisor's year of logs is thousands of them.
    public static func map<Result: Sendable>(_ paths: [String],
                                             _ transform: @Sendable (inout LogBatchReader, String) -> Result) -> [Result] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, paths.count))
        var results = [Result?](repeating: nil, count: paths.count)
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { slots in
            // Workers take the next few paths from a shared counter, so one that is slowed down (by
            // other work on the machine) leaves more to the others; each slot is filled by one worker.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var reader = LogBatchReader()
                while true {
                    let start = next.wrappingAdd(Self.share, ordering: .relaxed).oldValue
                    guard start < paths.count else { break }
                    for index in start..<min(start + Self.share, paths.count) {
                        slots[index] = transform(&reader, paths[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}
