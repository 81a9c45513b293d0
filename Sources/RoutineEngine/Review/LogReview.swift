import Foundation

/// What a supervisor should see about one log: problems that make it incomplete or late, and
/// the facts to check (decisions, skipped questions, open actions, deadlines coming up).
public struct LogReview: Sendable {
    /// One thing found in a log.
    public enum Finding: Equatable, Sendable {
        /// A required question was never answered.
        case missing(question: String, text: String)
        /// An optional question was skipped, with the reason given.
        case skipped(question: String, text: String, reason: String)
        /// A deadline has passed and is not met.
        case overdue(CaseLogSummary.DeadlineFact)
        /// A deadline was met, but after it fell due.
        case metLate(CaseLogSummary.DeadlineFact)
        /// The case is open and nothing has happened in it for more than 7 days.
        case stale(days: Int)
        /// The case is closed while actions are still open.
        case closedWithOpenActions(Int)
        /// A deadline falls within the next 48 hours and is not met.
        case dueSoon(CaseLogSummary.DeadlineFact)
        /// The answers break a rule of the routine (or raise a warning nobody confirmed).
        case brokenRule(CaseLogSummary.RuleFact)
        /// A warning the worker confirmed, with the reason given.
        case confirmedWarning(CaseLogSummary.RuleFact)
        /// Something whoever takes the case over must know.
        case alert(String)
        /// A decision, with its legal basis.
        case decision(CaseLogSummary.DecisionFact)
        /// Something still to do.
        case openAction(String)
        /// The text no longer matches the checksum written with it.
        case changedAfterWriting
        /// The log has no checksum, so changes cannot be noticed.
        case noChecksum
        /// The log's checksum is the old `mix64` mark, not SHA-256 (it still matches).
        case oldChecksum

        /// Whether the finding means the log is not complete and on time.
        public var isProblem: Bool {
            switch self {
            case .missing, .overdue, .changedAfterWriting, .noChecksum, .brokenRule, .metLate, .stale, .closedWithOpenActions: true
            case .skipped, .dueSoon, .decision, .openAction, .confirmedWarning, .alert, .oldChecksum: false
            }
        }
    }

    public let summary: CaseLogSummary
    public let findings: [Finding]

    /// Whether the log is complete, on time and unchanged.
    public var isClean: Bool { !findings.contains { $0.isProblem } }

    /// Reviews a log as of `now`.
    public init(_ summary: CaseLogSummary, now: Date, timeZone: TimeZone) {
        self.summary = summary
        var findings: [Finding] = []
        findings.reserveCapacity(2 + summary.missing.count + summary.deadlines.count + summary.skipped.count
                                 + summary.decisions.count + summary.openActions.count)
        if !summary.hasChecksum {
            findings.append(.noChecksum)
        } else if !summary.checksumMatches {
            findings.append(.changedAfterWriting)
        } else if summary.hasOldChecksum {
            findings.append(.oldChecksum)
        }
        for rule in summary.brokenRules { findings.append(.brokenRule(rule)) }
        for rule in summary.confirmedRules { findings.append(.confirmedWarning(rule)) }
        for alert in summary.alerts { findings.append(.alert(alert)) }
        for missing in summary.missing { findings.append(.missing(question: missing.id, text: missing.text)) }
        // A closed case has nothing coming up; an open one left alone for a week is flagged.
        let closed = summary.closed != nil
        if closed, !summary.openActions.isEmpty {
            findings.append(.closedWithOpenActions(summary.openActions.count))
        } else if !closed, !summary.isPractice, now.timeIntervalSince(summary.updated) > 7 * 86_400 {
            findings.append(.stale(days: Int(now.timeIntervalSince(summary.updated) / 86_400)))
        }
        for deadline in summary.deadlines {
            if let doneAt = deadline.doneAt, doneAt > deadline.due.lastMoment(in: timeZone) { findings.append(.metLate(deadline)) }
        }
        for deadline in summary.deadlines where !deadline.isDone {
            let last = deadline.due.lastMoment(in: timeZone)
            if last < now {
                findings.append(.overdue(deadline))
            } else if !closed, last.timeIntervalSince(now) <= 48 * 3600 {
                findings.append(.dueSoon(deadline))
            }
        }
        for skipped in summary.skipped { findings.append(.skipped(question: skipped.id, text: skipped.text, reason: skipped.reason)) }
        for decision in summary.decisions { findings.append(.decision(decision)) }
        for action in summary.openActions { findings.append(.openAction(action)) }
        self.findings = findings
    }

    /// Why a file in a folder given to `review` or `stats` was passed over.
    public enum Ignored: Sendable {
        case symbolicLink, notRegularFile
    }

    /// The `.md` case logs at `paths` (files as given, folders searched recursively), sorted,
    /// and what was passed over and why. In a folder, only regular files count: symbolic links
    /// are never followed (they could lead out of the store), FIFOs and devices are never read,
    /// and a practice store (`practice/`) and practice debriefs (`debrief.md`) are not case logs.
    public static func logFiles(at paths: [String]) -> (files: [String], ignored: [(path: String, reason: Ignored)]) {
        var files: [String] = []
        var ignored: [(path: String, reason: Ignored)] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                files.append(path)
                continue
            }
            if isFolder.boolValue {
                var found: [String] = []
                collectLogs(in: path.hasSuffix("/") ? String(path.dropLast()) : path, into: &found, ignored: &ignored)
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return (files, ignored)
    }

    /// Adds the case logs under `folder` to `found`, and what it passes over to `ignored`.
    private static func collectLogs(in folder: String, into found: inout [String], ignored: inout [(path: String, reason: Ignored)]) {
        for entry in FileSystem.kinds(in: folder) ?? [] {
            let path = folder + "/" + entry.name
            switch entry.kind {
            case .folder:
                if entry.name == "practice" || entry.name.hasPrefix(".") { continue }
                collectLogs(in: path, into: &found, ignored: &ignored)
            case .file:
                if entry.name.hasSuffix(".md") && entry.name != "debrief.md" { found.append(path) }
            case .symbolicLink:
                ignored.append((path, .symbolicLink))
            case .other:
                if entry.name.hasSuffix(".md") { ignored.append((path, .notRegularFile)) }
            }
        }
    }
}
