import Dispatch
import Foundation
import Synchronization

/// Reads a case log's metadata comment back: the case, its status, deadlines, decisions, open
/// actions and counts, and whether the text still matches its checksum. Reads nothing else, so
/// it does not depend on the log's language. (`MetadataReader` does the reading.)
public enum CaseLogReader {

    /// What a log is read for.
    public enum Purpose: Sendable {
        /// Everything in the metadata, and the checksum checked against the whole file.
        case all
        /// What `review` needs: everything but the `count` entries (`counts` stays empty).
        case review
        /// What yearly counts need: the plain values and the `count` entries. The summary's other
        /// lists stay empty; the checksum is checked, so that a log changed by hand is not counted.
        case statistics
    }

    /// Reads the log at `path`.
    public static func read(path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LogReadError(path: path, line: nil, message: "cannot read the file.")
        }
        return try parse(data, path: path, for: purpose)
    }

    /// Reads a log given as bytes.
    public static func parse(_ data: Data, path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        var reader = MetadataReader(bytes: [UInt8](data), path: path, purpose: purpose)
        return try reader.read()
    }

    /// Reads every log at `paths`, on all of the machine's cores, the results in the order of
    /// `paths`. A supervisor reviews a year of logs at a time; each is read on its own.
    public static func readAll(_ paths: [String], for purpose: Purpose) -> [Result<CaseLogSummary, LogReadError>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, paths.count))
        let results = Mutex<[Result<CaseLogSummary, LogReadError>?]>(Array(repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var mine: [(Int, Result<CaseLogSummary, LogReadError>)] = []
            for index in stride(from: worker, to: paths.count, by: workers) {
                mine.append((index, Result { () throws(LogReadError) in try read(path: paths[index], for: purpose) }))
            }
            results.withLock { results in
                for (index, result) in mine { results[index] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    static let opening = "<!-- handlagg-log\n"
    static let closing = "\n-->\n"
}
