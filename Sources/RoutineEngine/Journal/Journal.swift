import Foundation

/// A case's append-only journal file: one JSON object per line, each synced to disk when written.
struct Journal {
    /// What reading a journal found.
    struct Contents {
        var entries: [JournalEntry]
        /// Bytes of complete, readable entries; anything after is an unfinished last line.
        var validLength: Int
        /// Whether an unfinished last line (e.g. from a crash while writing) was left out.
        var hadTruncatedTail: Bool
        /// Whether the last entry is whole but lacks its final newline (written by hand or by a
        /// copy that dropped it): it is kept, and a writer adds the newline.
        var lacksFinalNewline = false
    }

    let path: String

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an ISO 8601 time: \(text)")
            }
            return date
        }
        return decoder
    }()

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.iso(date, in: .utc))
        }
        return encoder
    }()

    /// The entry as one line of JSON with sorted keys, newline included.
    static func line(for entry: JournalEntry, path: String = "journal") throws(HandlaggError) -> [UInt8] {
        do {
            return Array(try encoder.encode(entry)) + [UInt8(ascii: "\n")]
        } catch {
            throw .invalidJournal(path: path, line: entry.seq, reason: "the entry cannot be written as JSON.")
        }
    }

    /// Appends the entry and returns once it is on disk.
    func append(_ entry: JournalEntry) throws(HandlaggError) {
        try FileSystem.appendDurably(try Self.line(for: entry, path: path), to: path)
    }

    /// Writes a new journal's first entry without waiting for the disk; the caller syncs it.
    func start(with entry: JournalEntry) throws(HandlaggError) {
        try FileSystem.createFile(try Self.line(for: entry, path: path), at: path)
    }

    /// Reads every complete entry. A last line without its newline is an interrupted write and
    /// is left out (reported in `hadTruncatedTail`); a broken line before it is an error.
    func read() throws(HandlaggError) -> Contents {
        guard let bytes = try FileSystem.read(path) else {
            throw .fileSystem(FileProblem(path: path, action: .read, cause: .missing))
        }
        let contents = try Self.parse(bytes, path: path)
        if contents.entries.isEmpty {
            throw .invalidJournal(path: path, line: 1, reason: "the journal holds no complete entry, not even the opening of the case.")
        }
        return contents
    }

    /// One line's entry, if it is valid UTF-8 and a readable entry.
    static func entry(from line: [UInt8]) -> JournalEntry? {
        guard String(validating: line, as: UTF8.self) != nil else { return nil }
        return try? decoder.decode(JournalEntry.self, from: Data(line))
    }

    static func parse(_ bytes: [UInt8], path: String) throws(HandlaggError) -> Contents {
        var entries: [JournalEntry] = []
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                // A last line without its newline: a whole entry is kept; anything else is an
                // interrupted write and is left out.
                if let entry = try? decoder.decode(JournalEntry.self, from: Data(bytes[start...])),
                   entry.seq == entries.count + 1, !(entries.isEmpty && entry.event != .opened) {
                    return Contents(entries: entries + [entry], validLength: bytes.count, hadTruncatedTail: false, lacksFinalNewline: true)
                }
                return Contents(entries: entries, validLength: start, hadTruncatedTail: true)
            }
            let line = Data(bytes[start..<end])
            guard String(data: line, encoding: .utf8) != nil else {
                throw .invalidJournal(path: path, line: lineNumber, reason: "the entry is not valid UTF-8.")
            }
            let entry: JournalEntry
            do {
                entry = try decoder.decode(JournalEntry.self, from: line)
            } catch {
                throw .invalidJournal(path: path, line: lineNumber, reason: "the entry cannot be read.")
            }
            guard entry.seq == entries.count + 1 else {
                throw .invalidJournal(path: path, line: lineNumber,
                                      reason: "entry number \(entry.seq) where \(entries.count + 1) was expected.")
            }
            if entries.isEmpty && entry.event != .opened {
                throw .invalidJournal(path: path, line: lineNumber, reason: "the journal does not start with the opening of the case.")
            }
            entries.append(entry)
            start = end + 1
        }
        return Contents(entries: entries, validLength: bytes.count, hadTruncatedTail: false)
    }
}
