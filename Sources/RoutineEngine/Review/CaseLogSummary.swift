import Foundation

/// What a case log says about itself, read back from its metadata comment.
public struct CaseLogSummary: Equatable, Sendable {
    /// A deadline as the log recorded it.
    public struct DeadlineFact: Equatable, Sendable {
        public let id: String
        public let due: Deadline.Due
        public let isDone: Bool
        public let basis: String
        public let text: String
        /// When it was met (logs written before follow-up existed do not say).
        public var doneAt: Date? = nil
    }

    /// A decision as the log recorded it.
    public struct DecisionFact: Equatable, Sendable {
        public let id: String
        public let choice: String
        public let at: Date
        public let basis: String
        public let what: String
        public let by: String
    }

    /// A rule that holds for the case as the log recorded it: broken, or a warning confirmed with a reason.
    public struct RuleFact: Equatable, Sendable {
        public let id: String
        public let message: String
        public let basis: String
        /// For a confirmed warning: why, and who confirmed it; empty for a broken rule.
        public let reason: String
        public let by: String
    }

    /// One thing the case counts towards: a statistic and, for placements, the kind.
    public struct CountFact: Equatable, Sendable {
        public let statistic: String
        public let category: String
        /// The names as written in the log: statistic in Swedish and English, then the kind.
        let names: (sv: String, en: String, categorySv: String, categoryEn: String)

        /// The statistic's name (made on demand: statistics need it once per column, not per log).
        public var label: LocalizedText { LocalizedText([.swedish: names.sv, .english: names.en]) }
        /// The kind's name, empty for statistics without kinds.
        public var categoryLabel: LocalizedText {
            names.categorySv.isEmpty ? LocalizedText() : LocalizedText([.swedish: names.categorySv, .english: names.categoryEn])
        }

        public static func == (lhs: CountFact, rhs: CountFact) -> Bool {
            lhs.statistic == rhs.statistic && lhs.category == rhs.category && lhs.names == rhs.names
        }
    }

    public let path: String
    public let caseID: String
    public let routineID: String
    public let language: Language
    public let isPractice: Bool
    public let opened: Date
    /// The calendar year the case was opened, in the log's own UTC offset.
    public let year: Int
    public let updated: Date
    public let isComplete: Bool
    public let missing: [(id: String, text: String)]
    public let skipped: [(id: String, text: String, reason: String)]
    public let deadlines: [DeadlineFact]
    public let decisions: [DecisionFact]
    public let openActions: [String]
    public let counts: [CountFact]
    /// The alerts that held when the log was written.
    public var alerts: [String] = []
    /// Whether the case was closed, when, by whom and with what summary (nil: open).
    public var closed: (at: Date, by: String, summary: String)?
    /// To whom the case was last handed over.
    public var handedOverTo: String?
    /// Everyone who wrote to the case.
    public var workers: [String] = []
    /// Times between answers the routine measures (`statistic` with `from:` and `to:`), in minutes.
    public var timings: [(id: String, minutes: Int, label: LocalizedText)] = []
    /// Rules the answers break (refused combinations, or warnings nobody confirmed).
    public var brokenRules: [RuleFact] = []
    /// Warnings the worker confirmed, with the reason.
    public var confirmedRules: [RuleFact] = []
    /// Whether the text still matches the checksum written with it (false when it has none).
    public let checksumMatches: Bool
    /// Whether the log has a checksum line at all.
    public let hasChecksum: Bool
    /// The mark its checksum line names, if it names one this version knows.
    var checksumAlgorithm: LogChecksum.Algorithm?

    /// Whether the log carries the old `mix64` mark rather than SHA-256.
    public var hasOldChecksum: Bool { checksumAlgorithm == .mix64 }

    public static func == (lhs: CaseLogSummary, rhs: CaseLogSummary) -> Bool {
        lhs.path == rhs.path && lhs.caseID == rhs.caseID && lhs.updated == rhs.updated && lhs.checksumMatches == rhs.checksumMatches
            && lhs.deadlines == rhs.deadlines && lhs.decisions == rhs.decisions && lhs.openActions == rhs.openActions
            && lhs.counts == rhs.counts && lhs.alerts == rhs.alerts && lhs.brokenRules == rhs.brokenRules
            && lhs.confirmedRules == rhs.confirmedRules && lhs.missing.map(\.id) == rhs.missing.map(\.id) && lhs.skipped.map(\.id) == rhs.skipped.map(\.id)
    }
}
