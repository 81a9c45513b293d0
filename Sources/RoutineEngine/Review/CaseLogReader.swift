import Foundation

/// Reads a case log's metadata comment back: the case, its status, deadlines, decisions, open
/// actions and counts, and whether the text still matches its checksum. Reads nothing else, so
/// it is fast and does not depend on the log's language. (`MetadataReader` does the reading;
/// `LogBatchReader` reads many files.)
public enum CaseLogReader {

    /// What a log is read for; reading only what is needed keeps thousands of logs quick.
    public enum Purpose: Sendable {
        /// Everything in the metadata, and the checksum checked against the whole file.
        case all
        /// What `review` needs: everything but the `count` entries (`counts` stays empty).
        case review
        /// What yearly counts need: the head of the file, its plain values and `count` entries.
        /// The summary's other lists stay empty and `checksumMatches` is false.
        case statistics
    }

    /// Reads the log at `path`. (To read many, `LogBatchReader` reuses one buffer.)
    public static func read(path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        var reader = LogBatchReader()
        return try reader.read(path: path, for: purpose)
    }

    /// Reads the file at `path` into the start of `buffer`, growing it if needed, and returns how
    /// many bytes it holds; nil if the file cannot be read. With `headOnly`, reading stops once
    /// the metadata comment has ended. Plain system calls: thousands of logs are read in a row.
    static func load(_ path: String, headOnly: Bool, into buffer: inout [UInt8]) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // Usually one read does it: the size is known, and a head fits in 8 KB.
        let wanted = headOnly ? 8192 : Int(info.st_size) + 1
        if buffer.count < wanted { buffer = [UInt8](repeating: 0, count: max(wanted, 4096)) }
        var count = 0
        while true {
            let searchFrom = max(count - closing.count, 0)
            let limit = headOnly ? min(buffer.count, count + 8192) : buffer.count
            let got = buffer.withUnsafeMutableBufferPointer { Foundation.read(fd, $0.baseAddress! + count, limit - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return count }
            count += got
            // Logs are replaced by renaming, never changed in place, so the size `fstat` gave is the
            // whole file: no extra read to see the end (thousands of files, one call each saved).
            if !headOnly && count == Int(info.st_size) { return count }
            if headOnly, buffer.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: $0[..<count]).offset(of: closing, from: searchFrom) }) != nil {
                return count
            }
            if count == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        }
    }

    /// Reads a log given as bytes. Works on the bytes of the metadata comment only, plus one pass
    /// over the whole file for the checksum, so that reading thousands of logs stays quick.
    public static func parse(_ data: Data, path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        try [UInt8](data).withUnsafeBufferPointer { bytes throws(LogReadError) in try parse(bytes, path: path, purpose: purpose) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, purpose: Purpose) throws(LogReadError) -> CaseLogSummary {
        var reader = MetadataReader(bytes: bytes, path: path, purpose: purpose)
        return try reader.read()
    }

    static let opening = Array("<!-- handlagg-log\n".utf8)
    static let closing = Array("\n-->\n".utf8)
}
