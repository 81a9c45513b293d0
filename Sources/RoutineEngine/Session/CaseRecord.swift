import Foundation

/// The state of a case, replayed from its journal.
public struct CaseRecord: Equatable, Sendable {
    public let id: CaseID
    /// The routine the case is walked in (after an intake, the one it chose).
    public private(set) var routineID: String
    /// Fingerprint of the routine version the case was opened with.
    public private(set) var fingerprint: String
    /// The language of the case's log.
    public let language: Language
    public let isPractice: Bool
    /// The scenario a practice case runs, if any.
    public let scenarioID: String?
    /// Whether names and free text have been replaced (an exported copy).
    public let isAnonymized: Bool
    public let openedAt: Date
    public let openedBy: String
    /// Everything that happened, in order.
    public private(set) var entries: [JournalEntry]
    /// The current answer per question id (answers are never erased, only replaced).
    public private(set) var answers: [String: RecordedAnswer] = [:]
    /// Skipped questions by id; answering one later removes the skip.
    public private(set) var skips: [String: Skip] = [:]
    /// How the intake chose the routine, if the case began with one.
    public private(set) var intake: IntakeChoice?
    /// The latest confirmation of each warning, by rule id.
    public private(set) var confirmations: [String: Confirmation] = [:]

    /// Replays journal entries; the first must open the case.
    public init(entries: [JournalEntry]) throws(HandlaggError) {
        guard let first = entries.first, first.event == .opened, let idText = first.caseID,
              let routine = first.routine, let fingerprint = first.fingerprint else {
            throw .invalidJournal(path: "journal", line: 1, reason: "the journal does not start with the opening of the case.")
        }
        id = try CaseID(parsing: idText)
        routineID = routine
        self.fingerprint = fingerprint
        language = first.language ?? .swedish
        isPractice = first.practice ?? false
        scenarioID = first.scenario
        isAnonymized = first.anonymized ?? false
        openedAt = first.at
        openedBy = first.by
        self.entries = []
        for entry in entries { apply(entry) }
    }

    /// When anything last happened.
    public var updatedAt: Date { entries.last?.at ?? openedAt }

    /// The next journal sequence number.
    public var nextSeq: Int { entries.count + 1 }

    /// The current answers alone, for evaluating conditions.
    public var values: [String: AnswerValue] { answers.mapValues(\.value) }

    /// Folds one more entry into the state.
    public mutating func apply(_ entry: JournalEntry) {
        entries.append(entry)
        if entry.event == .routed, let routine = entry.routine, let fingerprint = entry.fingerprint {
            intake = IntakeChoice(intakeID: intake?.intakeID ?? routineID, intakeFingerprint: intake?.intakeFingerprint ?? self.fingerprint,
                                  routineID: routine, reason: entry.reason ?? "", at: entry.at, by: entry.by)
            routineID = routine
            self.fingerprint = fingerprint
        }
        guard let question = entry.question else { return }
        switch entry.event {
        case .answered:
            guard let value = entry.value else { return }
            var previous = answers[question]?.previous ?? []
            if let old = answers[question] { previous.append(old.value) }
            answers[question] = RecordedAnswer(value: value, at: entry.at, by: entry.by, previous: previous)
            skips[question] = nil
            for rule in entry.confirmed ?? [] {
                confirmations[rule] = Confirmation(question: question, reason: entry.confirmation ?? "", at: entry.at, by: entry.by)
            }
        case .skipped:
            skips[question] = Skip(reason: entry.reason ?? "", at: entry.at, by: entry.by)
            answers[question] = nil
        default:
            break
        }
    }
}
