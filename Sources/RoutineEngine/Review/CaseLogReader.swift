import Foundation

/// Reads a case log's metadata comment back: the case, its status, deadlines, decisions, open
/// actions and counts, and whether the text still matches its checksum. Reads nothing else, so
/// it is fast and does not depend on the log's language.
public enum CaseLogReader {
    private static let opening = "<!-- handlagg-log"

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

    /// Reads the log at `path`.
    public static func read(path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        guard let bytes = contents(of: path, headOnly: purpose == .statistics) else {
            throw LogReadError(path: path, line: nil, message: "cannot read the file.")
        }
        return try parse(bytes: bytes, path: path, purpose: purpose)
    }

    /// The file's bytes, read with plain system calls (thousands of logs are read in a row); with
    /// `headOnly`, reading stops once the metadata comment has ended.
    private static func contents(of path: String, headOnly: Bool) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let chunk = headOnly ? 8192 : max(Int(info.st_size) + 1, 4096)
        var bytes: [UInt8] = []
        while true {
            let start = bytes.count
            var failed = false
            let piece = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                let got = Foundation.read(fd, buffer.baseAddress, chunk)
                failed = got < 0
                count = max(got, 0)
            }
            if failed { return nil }
            if piece.isEmpty { return bytes }
            bytes += piece
            if headOnly, let found = find(closing, in: bytes, from: start - closing.count) {
                return Array(bytes[..<(found + closing.count)])
            }
        }
    }

    /// Reads a log given as bytes. Works on the bytes of the metadata comment only, plus one pass
    /// over the whole file for the checksum, so that reading thousands of logs stays quick.
    public static func parse(_ data: Data, path: String, for purpose: Purpose = .all) throws(LogReadError) -> CaseLogSummary {
        try parse(bytes: [UInt8](data), path: path, purpose: purpose)
    }

    private static func parse(bytes: [UInt8], path: String, purpose: Purpose) throws(LogReadError) -> CaseLogSummary {
        let head = Array((opening + "\n").utf8)
        guard bytes.starts(with: head) else {
            throw LogReadError(path: path, line: 1, message: "this is not a handlagg case log (it does not start with '\(opening)').")
        }
        guard let end = find(closing, in: bytes, from: head.count - 1) else {
            throw LogReadError(path: path, line: nil, message: "the log's metadata comment is not closed with '-->'.")
        }
        // Only the metadata is read as text; the rest only enters the checksum.
        // Checked once here, so that values can be decoded below without checking each again.
        guard UTF8Check.isValid(bytes[..<end]) else {
            throw LogReadError(path: path, line: nil, message: "the log's metadata is not valid UTF-8.")
        }
        var values: [String: String] = [:]
        var facts: [(key: String, values: [String], line: Int)] = []
        var checksum: String?
        var checksumLine: Range<Int>?
        // Where each metadata line ends (the byte at `end` is the newline before `-->`).
        let lineEnds = bytes.withUnsafeBufferPointer { b in
            var ends: [Int] = []
            for index in stride(from: head.count, through: end, by: 1) where b[index] == 0x0A { ends.append(index) }
            return ends
        }
        var lineNumber = 1
        var position = head.count
        for lineEnd in lineEnds {
            lineNumber += 1
            let line = bytes[position..<lineEnd]
            defer { position = lineEnd + 1 }
            guard let colon = find(colonSpace, in: bytes, from: position, to: lineEnd) else {
                throw LogReadError(path: path, line: lineNumber,
                                   message: "expected 'key: value' in the metadata, found '\(String(decoding: line.prefix(40), as: UTF8.self))'.")
            }
            let key = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            let value = line[(colon + 2)...]
            switch key {
            case "checksum":
                checksum = String(decoding: value, as: UTF8.self)
                checksumLine = position..<(lineEnd + 1)
            case "missing", "skipped", "deadline", "decision", "open-action", "count":
                if purpose == .statistics && key != "count" || purpose == .review && key == "count" { continue }
                guard let array = StringArrayParser.parse(value) else {
                    throw LogReadError(path: path, line: lineNumber, message: "the '\(key)' entry cannot be read.")
                }
                facts.append((key, array, lineNumber))
            default:
                values[key] = String(decoding: value, as: UTF8.self)
            }
        }
        var matches = false
        if purpose != .statistics, let checksum, let range = checksumLine, let (algorithm, digits) = LogChecksum.parse(checksum) {
            var text = Array(bytes[..<range.lowerBound])
            text.append(contentsOf: bytes[range.upperBound...])
            matches = LogChecksum.of(text, algorithm) == digits
        }
        return try summary(values: values, facts: facts, path: path, checksumMatches: matches, hasChecksum: checksum != nil)
    }

    private static let closing = Array("\n-->\n".utf8)
    private static let colonSpace = Array(": ".utf8)

    /// Where `needle` first occurs in `bytes[from..<to]` (a plain loop: this runs on every line
    /// of thousands of logs, and the generic collection search costs several times more).
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let limit = (to ?? bytes.count) - needle.count
        guard let first = needle.first, max(from, 0) <= limit else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            var i = max(from, 0)
            while i <= limit {
                if b[i] == first {
                    var j = 1
                    while j < needle.count && b[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    private static func summary(values: [String: String], facts: [(key: String, values: [String], line: Int)], path: String,
                                checksumMatches matches: Bool, hasChecksum: Bool) throws(LogReadError) -> CaseLogSummary {
        func required(_ key: String) throws(LogReadError) -> String {
            guard let value = values[key], !value.isEmpty else {
                throw LogReadError(path: path, line: nil, message: "the metadata has no '\(key)'.")
            }
            return value
        }
        guard try required("format") == "1" else {
            throw LogReadError(path: path, line: 2, message: "log format \(values["format"] ?? "") is not one this version reads.")
        }
        let openedText = try required("opened")
        guard let opened = Timestamp.parse(openedText), let updated = Timestamp.parse(try required("updated")) else {
            throw LogReadError(path: path, line: nil, message: "the 'opened' or 'updated' time cannot be read.")
        }
        guard let language = Language(rawValue: try required("language")) else {
            throw LogReadError(path: path, line: nil, message: "unknown language '\(values["language"] ?? "")'.")
        }
        var missing: [(String, String)] = []
        var skipped: [(String, String, String)] = []
        var deadlines: [CaseLogSummary.DeadlineFact] = []
        var decisions: [CaseLogSummary.DecisionFact] = []
        var openActions: [String] = []
        var counts: [CaseLogSummary.CountFact] = []
        for fact in facts {
            let v = fact.values
            let bad = LogReadError(path: path, line: fact.line, message: "the '\(fact.key)' entry has the wrong number of fields.")
            switch fact.key {
            case "missing":
                guard v.count == 2 else { throw bad }
                missing.append((v[0], v[1]))
            case "skipped":
                guard v.count == 3 else { throw bad }
                skipped.append((v[0], v[1], v[2]))
            case "deadline":
                guard v.count == 5 else { throw bad }
                let due: Deadline.Due
                if let day = CalendarDate(parsing: v[1]) { due = .endOfDay(day) } else if let moment = Timestamp.parse(v[1]) { due = .moment(moment) } else {
                    throw LogReadError(path: path, line: fact.line, message: "the deadline date '\(v[1])' cannot be read.")
                }
                deadlines.append(.init(id: v[0], due: due, isDone: v[2] == "done", basis: v[3], text: v[4]))
            case "decision":
                guard v.count == 6, let at = Timestamp.parse(v[2]) else { throw bad }
                decisions.append(.init(id: v[0], choice: v[1], at: at, basis: v[3], what: v[4], by: v[5]))
            case "open-action":
                guard v.count == 1 else { throw bad }
                openActions.append(v[0])
            default:
                guard v.count == 6 else { throw bad }
                counts.append(.init(statistic: v[0], category: v[1], names: (v[2], v[3], v[4], v[5])))
            }
        }
        // The time is written in the log's own offset, so its first four digits are the year there.
        guard let year = Int(openedText.prefix(4)) else {
            throw LogReadError(path: path, line: nil, message: "the 'opened' or 'updated' time cannot be read.")
        }
        return CaseLogSummary(path: path, caseID: try required("case"), routineID: try required("routine"), language: language,
                              isPractice: values["practice"] == "yes", opened: opened, year: year, updated: updated,
                              isComplete: values["status"] == "complete", missing: missing, skipped: skipped, deadlines: deadlines,
                              decisions: decisions, openActions: openActions, counts: counts, checksumMatches: matches,
                              hasChecksum: hasChecksum)
    }
}
