import Foundation

/// Why a file could not be read as a handlagg log.
public struct LogReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// The line, when one is to blame.
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}

/// Reads a case log's metadata comment back: the case, its status, deadlines, decisions, open
/// actions and counts, and whether the text still matches its checksum. Reads nothing else, so
/// it is fast and does not depend on the log's language.
public enum CaseLogReader {
    private static let opening = "<!-- handlagg-log"

    /// Reads the log at `path`.
    public static func read(path: String) throws(LogReadError) -> CaseLogSummary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LogReadError(path: path, line: nil, message: "cannot read the file.")
        }
        return try parse(data, path: path)
    }

    /// Reads a log given as bytes.
    public static func parse(_ data: Data, path: String) throws(LogReadError) -> CaseLogSummary {
        guard let text = String(data: data, encoding: .utf8) else {
            throw LogReadError(path: path, line: nil, message: "the file is not valid UTF-8.")
        }
        guard text.hasPrefix(opening + "\n") else {
            throw LogReadError(path: path, line: 1, message: "this is not a handlagg case log (it does not start with '\(opening)').")
        }
        guard let end = text.range(of: "\n-->\n") else {
            throw LogReadError(path: path, line: nil, message: "the log's metadata comment is not closed with '-->'.")
        }
        var values: [String: String] = [:]
        var facts: [(key: String, values: [String], line: Int)] = []
        var checksum: String?
        var checksumLineRange: Range<String.Index>?
        var lineNumber = 1
        var position = text.index(text.startIndex, offsetBy: opening.count + 1)
        while position < end.lowerBound {
            lineNumber += 1
            let lineEnd = text[position...].firstIndex(of: "\n") ?? end.lowerBound
            let line = String(text[position..<min(lineEnd, end.lowerBound)])
            defer { position = lineEnd < end.lowerBound ? text.index(after: lineEnd) : end.lowerBound }
            guard let colon = line.range(of: ": ") else {
                throw LogReadError(path: path, line: lineNumber, message: "expected 'key: value' in the metadata, found '\(line.prefix(40))'.")
            }
            let key = String(line[..<colon.lowerBound])
            let value = String(line[colon.upperBound...])
            switch key {
            case "checksum":
                checksum = value
                // The line and its newline (the last metadata line ends at the "\n" before "-->").
                checksumLineRange = position..<text.index(after: lineEnd)
            case "missing", "skipped", "deadline", "decision", "open-action", "count":
                guard let array = try? JSONSerialization.jsonObject(with: Data(value.utf8)) as? [String] else {
                    throw LogReadError(path: path, line: lineNumber, message: "the '\(key)' entry cannot be read.")
                }
                facts.append((key, array, lineNumber))
            default:
                values[key] = value
            }
        }
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
        var matches = false
        if let checksum, let range = checksumLineRange, checksum.hasPrefix("fnv1a64:") {
            var unsigned = text
            unsigned.removeSubrange(range)
            matches = LogChecksum.of(unsigned.utf8) == checksum.dropFirst("fnv1a64:".count)
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
                              hasChecksum: checksum != nil)
    }

    /// `+01:00` at the end of an ISO time, in seconds.
    private static func offsetSeconds(_ iso: String) -> Int {
        guard iso.count >= 6 else { return 0 }
        let tail = iso.suffix(6)
        guard let sign = tail.first, sign == "+" || sign == "-", let hours = Int(tail.dropFirst().prefix(2)), let minutes = Int(tail.suffix(2)) else { return 0 }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
