import Foundation

/// Reads the metadata comment at the top of a log's bytes into a `CaseLogSummary`.
///
/// It works on the bytes in place: keys are matched byte by byte, plain values stay byte ranges
/// until the summary needs them, and only the entries the purpose asks for become strings. Review
/// and statistics read thousands of logs, so this is the loop that decides their speed.
struct MetadataReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let path: String
    private let purpose: CaseLogReader.Purpose

    /// The plain `key: value` lines, as byte ranges of their values, by `Key.rawValue`.
    private var plain = [Range<Int>?](repeating: nil, count: Key.allCases.count)
    private var checksumValue: Range<Int>?
    private var checksumLine: Range<Int>?
    private var missing: [(id: String, text: String)] = []
    private var skipped: [(id: String, text: String, reason: String)] = []
    private var deadlines: [CaseLogSummary.DeadlineFact] = []
    private var decisions: [CaseLogSummary.DecisionFact] = []
    private var openActions: [String] = []
    private var counts: [CaseLogSummary.CountFact] = []
    private var alerts: [String] = []
    private var brokenRules: [CaseLogSummary.RuleFact] = []
    private var confirmedRules: [CaseLogSummary.RuleFact] = []

    init(bytes: UnsafeBufferPointer<UInt8>, path: String, purpose: CaseLogReader.Purpose) {
        self.bytes = bytes
        self.path = path
        self.purpose = purpose
    }

    /// The keys a log's metadata may hold; others are read past.
    enum Key: Int, CaseIterable {
        case format, caseID, routine, language, practice, opened, updated, status
        case checksum, missing, skipped, deadline, decision, openAction, count, alert, ruleBroken, ruleConfirmed

        var name: String {
            switch self {
            case .format: "format"
            case .caseID: "case"
            case .routine: "routine"
            case .language: "language"
            case .practice: "practice"
            case .opened: "opened"
            case .updated: "updated"
            case .status: "status"
            case .checksum: "checksum"
            case .missing: "missing"
            case .skipped: "skipped"
            case .deadline: "deadline"
            case .decision: "decision"
            case .openAction: "open-action"
            case .count: "count"
            case .alert: "alert"
            case .ruleBroken: "rule-broken"
            case .ruleConfirmed: "rule-confirmed"
            }
        }

        static let names: [(bytes: [UInt8], key: Key)] = allCases.map { (Array($0.name.utf8), $0) }
    }

    mutating func read() throws(LogReadError) -> CaseLogSummary {
        let opening = CaseLogReader.opening
        guard bytes.starts(with: opening) else {
            throw error(line: 1, "this is not a handlagg case log (it does not start with '<!-- handlagg-log').")
        }
        guard let end = bytes.offset(of: CaseLogReader.closing, from: opening.count - 1) else {
            throw error(line: nil, "the log's metadata comment is not closed with '-->'.")
        }
        // Only the metadata is read as text; the rest only enters the checksum. It is checked
        // as UTF-8 once here, so that values can be decoded below without checking each again.
        guard UTF8Check.isValid(UnsafeBufferPointer(rebasing: bytes[..<end])) else {
            throw error(line: nil, "the log's metadata is not valid UTF-8.")
        }
        var lineNumber = 1
        var position = opening.count
        while position <= end {
            // The byte at `end` is the newline before `-->`, so every line here ends in one.
            let lineEnd = bytes.offset(of: UInt8(ascii: "\n"), from: position, to: end + 1) ?? end
            lineNumber += 1
            try readLine(position..<lineEnd, number: lineNumber)
            position = lineEnd + 1
        }
        return try summary()
    }

    private mutating func readLine(_ line: Range<Int>, number: Int) throws(LogReadError) {
        guard let colon = bytes.offset(of: Self.colonSpace, from: line.lowerBound, to: line.upperBound) else {
            throw error(line: number, "expected 'key: value' in the metadata, found '\(text(line.lowerBound..<min(line.upperBound, line.lowerBound + 40)))'.")
        }
        guard let key = key(line.lowerBound..<colon) else { return }
        let value = (colon + 2)..<line.upperBound
        switch key {
        case .checksum:
            checksumValue = value
            checksumLine = line.lowerBound..<(line.upperBound + 1)
        case .missing, .skipped, .deadline, .decision, .openAction, .alert, .ruleBroken, .ruleConfirmed:
            guard purpose != .statistics else { return }
            try readFact(key, value, line: number)
        case .count:
            guard purpose != .review else { return }
            try readFact(key, value, line: number)
        default:
            plain[key.rawValue] = value
        }
    }

    private func key(_ range: Range<Int>) -> Key? {
        for (name, key) in Key.names where name.count == range.count
            && name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + range.lowerBound, range.count) == 0 }) {
            return key
        }
        return nil
    }

    private mutating func readFact(_ key: Key, _ value: Range<Int>, line: Int) throws(LogReadError) {
        guard let v = StringArrayParser.parse(UnsafeBufferPointer(rebasing: bytes[value])) else {
            throw error(line: line, "the '\(key.name)' entry cannot be read.")
        }
        // Made only when needed: building the message for every entry would cost more than reading it.
        var bad: LogReadError { error(line: line, "the '\(key.name)' entry has the wrong number of fields.") }
        switch key {
        case .missing:
            guard v.count == 2 else { throw bad }
            missing.append((v[0], v[1]))
        case .skipped:
            guard v.count == 3 else { throw bad }
            skipped.append((v[0], v[1], v[2]))
        case .deadline:
            guard v.count == 5 else { throw bad }
            let due: Deadline.Due
            if let day = CalendarDate(parsing: v[1]) { due = .endOfDay(day) } else if let moment = Timestamp.parse(v[1]) { due = .moment(moment) } else {
                throw error(line: line, "the deadline date '\(v[1])' cannot be read.")
            }
            deadlines.append(.init(id: v[0], due: due, isDone: v[2] == "done", basis: v[3], text: v[4]))
        case .decision:
            guard v.count == 6, let at = Timestamp.parse(v[2]) else { throw bad }
            decisions.append(.init(id: v[0], choice: v[1], at: at, basis: v[3], what: v[4], by: v[5]))
        case .openAction:
            guard v.count == 1 else { throw bad }
            openActions.append(v[0])
        case .alert:
            guard v.count == 2 else { throw bad }
            alerts.append(v[1])
        case .ruleBroken:
            guard v.count == 4 else { throw bad }
            brokenRules.append(.init(id: v[0], message: v[2], basis: v[3], reason: "", by: ""))
        case .ruleConfirmed:
            guard v.count == 6 else { throw bad }
            confirmedRules.append(.init(id: v[0], message: v[1], basis: v[2], reason: v[3], by: v[4]))
        default:
            guard v.count == 6 else { throw bad }
            counts.append(.init(statistic: v[0], category: v[1], names: (v[2], v[3], v[4], v[5])))
        }
    }

    private func summary() throws(LogReadError) -> CaseLogSummary {
        func required(_ key: Key) throws(LogReadError) -> Range<Int> {
            guard let value = plain[key.rawValue], !value.isEmpty else { throw error(line: nil, "the metadata has no '\(key.name)'.") }
            return value
        }
        guard holds(try required(.format), "1") else {
            throw error(line: 2, "log format \(text(plain[Key.format.rawValue] ?? 0..<0)) is not one this version reads.")
        }
        let opened = try required(.opened)
        guard let openedAt = moment(opened), let updated = moment(try required(.updated)) else {
            throw error(line: nil, "the 'opened' or 'updated' time cannot be read.")
        }
        guard let language = Language(rawValue: text(try required(.language))) else {
            throw error(line: nil, "unknown language '\(text(plain[Key.language.rawValue] ?? 0..<0))'.")
        }
        // The time is written in the log's own offset, so its first four digits are the year there.
        guard opened.count >= 4, let year = Int(text(opened.lowerBound..<(opened.lowerBound + 4))) else {
            throw error(line: nil, "the 'opened' or 'updated' time cannot be read.")
        }
        var matches = false
        if purpose != .statistics, let value = checksumValue, let line = checksumLine,
           let (algorithm, digits) = LogChecksum.parse(text(value)) {
            let sum = LogChecksum.of(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<line.lowerBound])),
                                     UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[line.upperBound...])), algorithm)
            matches = sum == digits
        }
        var summary = CaseLogSummary(path: path, caseID: text(try required(.caseID)), routineID: text(try required(.routine)),
                              language: language, isPractice: plain[Key.practice.rawValue].map { holds($0, "yes") } ?? false,
                              opened: openedAt, year: year, updated: updated,
                              isComplete: plain[Key.status.rawValue].map { holds($0, "complete") } ?? false, missing: missing, skipped: skipped,
                              deadlines: deadlines, decisions: decisions, openActions: openActions, counts: counts,
                              checksumMatches: matches, hasChecksum: checksumValue != nil)
        summary.alerts = alerts
        summary.brokenRules = brokenRules
        summary.confirmedRules = confirmedRules
        return summary
    }

    private static let colonSpace = Array(": ".utf8)

    /// The time in `range`: read from the bytes in the shape handlagg writes, else by the formatter.
    private func moment(_ range: Range<Int>) -> Date? {
        Timestamp.parseExact(UnsafeBufferPointer(rebasing: bytes[range])) ?? Timestamp.parse(text(range))
    }

    /// The bytes in `range` as text (the metadata was checked as UTF-8 as a whole).
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func holds(_ range: Range<Int>, _ expected: StaticString) -> Bool {
        range.count == expected.utf8CodeUnitCount && memcmp(bytes.baseAddress! + range.lowerBound, expected.utf8Start, range.count) == 0
    }

    private func error(line: Int?, _ message: String) -> LogReadError {
        LogReadError(path: path, line: line, message: message)
    }
}
