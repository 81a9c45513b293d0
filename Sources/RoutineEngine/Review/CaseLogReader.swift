import Foundation

/// Reads a case log's metadata comment back: the case, its status, deadlines, decisions, open
/// actions and counts, and whether the text still matches its checksum. Reads nothing else, so
/// it is fast and does not depend on the log's language.
public enum CaseLogReader {
    private static let opening = "<!-- handlagg-log"

    /// Reads the log at `path`. Without `verifyChecksum` only the metadata comment at the head of
    /// the file is read (for statistics), and `checksumMatches` is false.
    public static func read(path: String, verifyChecksum: Bool = true) throws(LogReadError) -> CaseLogSummary {
        guard let data = verifyChecksum ? FileManager.default.contents(atPath: path) : head(of: path) else {
            throw LogReadError(path: path, line: nil, message: "cannot read the file.")
        }
        return try parse(data, path: path, verifyChecksum: verifyChecksum)
    }

    /// The file's bytes up to and including the end of its metadata comment (or all of it).
    private static func head(of path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        let marker = Array("\n-->\n".utf8)
        while let chunk = try? handle.read(upToCount: 8192), !chunk.isEmpty {
            let searchFrom = max(0, bytes.count - marker.count)
            bytes.append(contentsOf: chunk)
            if let found = find(marker, in: bytes, from: searchFrom) {
                return Data(bytes[..<(found + marker.count)])
            }
        }
        return Data(bytes)
    }

    /// Reads a log given as bytes. Works on the bytes of the metadata comment only, plus one pass
    /// over the whole file for the checksum, so that reading thousands of logs stays quick.
    public static func parse(_ data: Data, path: String, verifyChecksum: Bool = true) throws(LogReadError) -> CaseLogSummary {
        let bytes = [UInt8](data)
        let head = Array((opening + "\n").utf8)
        guard bytes.starts(with: head) else {
            throw LogReadError(path: path, line: 1, message: "this is not a handlagg case log (it does not start with '\(opening)').")
        }
        guard let end = find(Array("\n-->\n".utf8), in: bytes, from: head.count - 1) else {
            throw LogReadError(path: path, line: nil, message: "the log's metadata comment is not closed with '-->'.")
        }
        // Only the metadata is read as text; the rest only enters the checksum.
        guard String(validating: bytes[..<end], as: UTF8.self) != nil else {
            throw LogReadError(path: path, line: nil, message: "the log's metadata is not valid UTF-8.")
        }
        var values: [String: String] = [:]
        var facts: [(key: String, values: [String], line: Int)] = []
        var checksum: String?
        var checksumLine: Range<Int>?
        var lineNumber = 1
        var position = head.count
        while position <= end {
            lineNumber += 1
            let lineEnd = bytes[position...end].firstIndex(of: 0x0A) ?? end
            let line = bytes[position..<lineEnd]
            defer { position = lineEnd + 1 }
            guard let colon = find([0x3A, 0x20], in: line) else {
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
                guard let array = StringArrayParser.parse(value) else {
                    throw LogReadError(path: path, line: lineNumber, message: "the '\(key)' entry cannot be read.")
                }
                facts.append((key, array, lineNumber))
            default:
                values[key] = String(decoding: value, as: UTF8.self)
            }
        }
        var matches = false
        if verifyChecksum, let checksum, let range = checksumLine, checksum.hasPrefix("fnv1a64:") {
            let sum = LogChecksum.of(bytes[..<range.lowerBound], bytes[range.upperBound...])
            matches = sum == checksum.dropFirst("fnv1a64:".count)
        }
        return try summary(values: values, facts: facts, path: path, checksumMatches: matches, hasChecksum: checksum != nil)
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func find<Haystack: Collection>(_ needle: [UInt8], in haystack: Haystack, from: Haystack.Index? = nil) -> Haystack.Index?
        where Haystack.Element == UInt8, Haystack.Index == Int {
        var index = from ?? haystack.startIndex
        guard let first = needle.first else { return nil }
        while let candidate = haystack[index...].firstIndex(of: first) {
            if haystack[candidate...].starts(with: needle) { return candidate }
            index = candidate + 1
        }
        return nil
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
                counts.append(.init(statistic: v[0], category: v[1], label: LocalizedText([.swedish: v[2], .english: v[3]]),
                                    categoryLabel: v[4].isEmpty ? LocalizedText() : LocalizedText([.swedish: v[4], .english: v[5]])))
            }
        }
        let offset = Self.offsetSeconds(openedText)
        return CaseLogSummary(path: path, caseID: try required("case"), routineID: try required("routine"), language: language,
                              isPractice: values["practice"] == "yes", opened: opened, openedOffset: offset, updated: updated,
                              isComplete: values["status"] == "complete", missing: missing, skipped: skipped, deadlines: deadlines,
                              decisions: decisions, openActions: openActions, counts: counts, checksumMatches: matches,
                              hasChecksum: hasChecksum)
    }

    /// `+01:00` at the end of an ISO time, in seconds.
    private static func offsetSeconds(_ iso: String) -> Int {
        guard iso.count >= 6 else { return 0 }
        let tail = iso.suffix(6)
        guard let sign = tail.first, sign == "+" || sign == "-", let hours = Int(tail.dropFirst().prefix(2)), let minutes = Int(tail.suffix(2)) else { return 0 }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
