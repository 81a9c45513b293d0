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
}
