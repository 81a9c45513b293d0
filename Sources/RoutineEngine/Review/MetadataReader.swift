import Foundation

/// Reads the metadata comment at the top of a log into a `CaseLogSummary`, top to bottom:
/// the comment must open the file and be closed by `-->`; each line inside is `key: value`,
/// where a value is plain text or, for the facts (deadlines, decisions…), a JSON array of
/// strings; the last line is the checksum over everything else in the file.
struct MetadataReader {
    private let bytes: [UInt8]
    private let path: String
    private let purpose: CaseLogReader.Purpose

    /// The plain `key: value` lines by key.
    private var plain: [String: Substring] = [:]
    /// The checksum line's value, and where the line lies in the file's bytes (its newline included).
    private var checksum: (value: Substring, lines: Range<Int>)?
    private var missing: [(id: String, text: String)] = []
    private var skipped: [(id: String, text: String, reason: String)] = []
    private var deadlines: [CaseLogSummary.DeadlineFact] = []
    private var decisions: [CaseLogSummary.DecisionFact] = []
    private var openActions: [String] = []
    private var counts: [CaseLogSummary.CountFact] = []
    private var alerts: [String] = []
    private var brokenRules: [CaseLogSummary.RuleFact] = []
    private var confirmedRules: [CaseLogSummary.RuleFact] = []
    private var workers: [String] = []
    private var timings: [(id: String, minutes: Int, label: LocalizedText)] = []
    private var closed: (at: Date, by: String, summary: String)?
    private var handedOverTo: String?

    init(bytes: [UInt8], path: String, purpose: CaseLogReader.Purpose) {
        self.bytes = bytes
        self.path = path
        self.purpose = purpose
    }

    /// The keys whose values are JSON arrays of facts.
    private static let factKeys: Set<String> = ["missing", "skipped", "deadline", "decision", "open-action", "count",
                                                "alert", "rule-broken", "rule-confirmed", "workers", "closed", "handed-over", "timing"]

    mutating func read() throws(LogReadError) -> CaseLogSummary {
        let opening = Array(CaseLogReader.opening.utf8)
        guard bytes.starts(with: opening) else {
            throw error(line: 1, "this is not a handlagg case log (it does not start with '<!-- handlagg-log').")
        }
        // The comment ends at the first line `-->`; the newline before it may be the opening
        // line's own, when the comment is empty.
        let closing = Array(CaseLogReader.closing.utf8)
        var end: Int?
        var search = opening.count - 1
        while let newline = bytes[search...].firstIndex(of: UInt8(ascii: "\n")) {
            if bytes[newline...].starts(with: closing) {
                end = newline
                break
            }
            search = newline + 1
        }
        guard let end else { throw error(line: nil, "the log's metadata comment is not closed with '-->'.") }
        // Line by line up to that newline.
        var start = opening.count
        var number = 1
        while start <= end {
            let lineEnd = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? end
            number += 1
            try readLine(start..<lineEnd, number: number)
            start = lineEnd + 1
        }
        return try summary()
    }

    /// One `key: value` line, given as the range of its bytes (without the newline). The key is
    /// ASCII; the value is checked as UTF-8.
    private mutating func readLine(_ line: Range<Int>, number: Int) throws(LogReadError) {
        var colon = line.lowerBound
        while colon + 1 < line.upperBound, !(bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1] == UInt8(ascii: " ")) { colon += 1 }
        guard let text = String(validating: bytes[line], as: UTF8.self) else {
            throw error(line: nil, "the log's metadata is not valid UTF-8.")
        }
        guard colon + 1 < line.upperBound else {
            throw error(line: number, "expected 'key: value' in the metadata, found '\(text.prefix(40))'.")
        }
        let key = String(decoding: bytes[line.lowerBound..<colon], as: UTF8.self)
        // The key is ASCII (or the line is read past), so the value starts that many bytes in.
        let value = Substring(text.utf8.dropFirst(colon + 2 - line.lowerBound))
        if key == "checksum" {
            checksum = (value, line.lowerBound..<(line.upperBound + 1))
        } else if Self.factKeys.contains(key) {
            // Statistics read the counts, the times and the deadlines (for the share met in time).
            let wanted = ["count", "timing"].contains(key) ? purpose != .review : purpose != .statistics || key == "deadline"
            if wanted { try readFact(key, bytes[(colon + 2)..<line.upperBound], line: number) }
        } else {
            plain[key] = value
        }
    }

    private mutating func readFact(_ key: String, _ value: ArraySlice<UInt8>, line: Int) throws(LogReadError) {
        guard let v = StringArrayParser.parse(value) else {
            throw error(line: line, "the '\(key)' entry cannot be read.")
        }
        let bad = error(line: line, "the '\(key)' entry has the wrong number of fields.")
        switch key {
        case "missing":
            guard v.count == 2 else { throw bad }
            missing.append((v[0], v[1]))
        case "skipped":
            guard v.count == 3 else { throw bad }
            skipped.append((v[0], v[1], v[2]))
        case "deadline":
            guard v.count == 5 || v.count == 6 else { throw bad }
            let due: Deadline.Due
            if let day = CalendarDate(parsing: v[1]) { due = .endOfDay(day) } else if let moment = Timestamp.parse(v[1]) { due = .moment(moment) } else {
                throw error(line: line, "the deadline date '\(v[1])' cannot be read.")
            }
            var deadline = CaseLogSummary.DeadlineFact(id: v[0], due: due, isDone: v[2] == "done", basis: v[3], text: v[4])
            if v.count == 6, !v[5].isEmpty {
                guard let doneAt = Timestamp.parse(v[5]) else { throw error(line: line, "the time the deadline was met, '\(v[5])', cannot be read.") }
                deadline.doneAt = doneAt
            }
            deadlines.append(deadline)
        case "decision":
            guard v.count == 6, let at = Timestamp.parse(v[2]) else { throw bad }
            decisions.append(.init(id: v[0], choice: v[1], at: at, basis: v[3], what: v[4], by: v[5]))
        case "open-action":
            // The text, then (since follow-up) the id, the kind and any due date.
            guard v.count == 1 || v.count == 4 else { throw bad }
            openActions.append(v[0])
        case "workers":
            workers = v
        case "timing":
            guard v.count == 4, let minutes = Int(v[1]) else { throw bad }
            timings.append((v[0], minutes, LocalizedText([.swedish: v[2], .english: v[3]])))
        case "closed":
            guard v.count == 3, let at = Timestamp.parse(v[0]) else { throw bad }
            closed = (at, v[1], v[2])
        case "handed-over":
            guard v.count == 3 else { throw bad }
            handedOverTo = v[0]
        case "alert":
            guard v.count == 2 else { throw bad }
            alerts.append(v[1])
        case "rule-broken":
            guard v.count == 4 else { throw bad }
            brokenRules.append(.init(id: v[0], message: v[2], basis: v[3], reason: "", by: ""))
        case "rule-confirmed":
            guard v.count == 6 else { throw bad }
            confirmedRules.append(.init(id: v[0], message: v[1], basis: v[2], reason: v[3], by: v[4]))
        default:
            guard v.count == 6 else { throw bad }
            counts.append(.init(statistic: v[0], category: v[1], names: (v[2], v[3], v[4], v[5])))
        }
    }

    private func summary() throws(LogReadError) -> CaseLogSummary {
        func required(_ key: String) throws(LogReadError) -> Substring {
            guard let value = plain[key], !value.isEmpty else { throw error(line: nil, "the metadata has no '\(key)'.") }
            return value
        }
        let format = try required("format")
        guard format == "1" else { throw error(line: 2, "log format \(format) is not one this version reads.") }
        let opened = try required("opened")
        guard let openedAt = Self.moment(opened), let updated = Self.moment(try required("updated")) else {
            throw error(line: nil, "the 'opened' or 'updated' time cannot be read.")
        }
        let languageCode = try required("language")
        guard let language = Language(rawValue: String(languageCode)) else {
            throw error(line: nil, "unknown language '\(languageCode)'.")
        }
        // The time is written in the log's own offset, so its first four digits are the year there.
        guard let year = Int(opened.prefix(4)) else { throw error(line: nil, "the 'opened' or 'updated' time cannot be read.") }
        var matches = false
        var algorithm: LogChecksum.Algorithm?
        if let checksum, let (named, digits) = LogChecksum.parse(checksum.value) {
            algorithm = named
            // Checked for statistics too: a log changed by hand must not change the counts.
            matches = LogChecksum.of(bytes[..<checksum.lines.lowerBound], bytes[checksum.lines.upperBound...], named) == digits
        }
        var summary = CaseLogSummary(path: path, caseID: String(try required("case")), routineID: String(try required("routine")),
                                     language: language, isPractice: plain["practice"] == "yes",
                                     opened: openedAt, year: year, updated: updated,
                                     isComplete: plain["status"] == "complete", missing: missing, skipped: skipped,
                                     deadlines: deadlines, decisions: decisions, openActions: openActions, counts: counts,
                                     checksumMatches: matches, hasChecksum: checksum != nil)
        summary.checksumAlgorithm = algorithm
        summary.alerts = alerts
        summary.brokenRules = brokenRules
        summary.confirmedRules = confirmedRules
        summary.closed = closed
        summary.handedOverTo = handedOverTo
        summary.workers = workers
        summary.timings = timings
        return summary
    }

    /// A time in the shape handlagg writes, else in any ISO 8601 form.
    private static func moment(_ text: Substring) -> Date? {
        Timestamp.parseExact(Array(text.utf8)) ?? Timestamp.parse(String(text))
    }

    private func error(line: Int?, _ message: String) -> LogReadError {
        LogReadError(path: path, line: line, message: message)
    }
}
