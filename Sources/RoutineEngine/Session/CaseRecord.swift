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
    /// What was ticked off after being left open, by item id (a todo, a deadline, or `question.item`).
    public private(set) var completions: [String: Completion] = [:]
    /// Notes, handovers, closings and reopenings, in order.
    public private(set) var followUps: [FollowUp] = []
    /// The documents written from the case, in order.
    public private(set) var documents: [WrittenDocument] = []
    /// Everyone who wrote to the case, in the order they first did.
    public private(set) var workers: [String] = []
    /// The deadlines as the answers set them, by id (journals that record facts).
    public private(set) var deadlineFacts: [String: DeadlineFact] = [:]
    /// Whether the journal records what its answers meant (written since December 2026): then
    /// its deadlines are the ones recorded, not recomputed by a routine that may have changed.
    public private(set) var recordsFacts = false

    /// The closing that holds now, if the case is closed (a later reopening undoes it).
    public var closing: FollowUp? {
        guard let last = followUps.last(where: { $0.kind == .closing || $0.kind == .reopening }), last.kind == .closing else { return nil }
        return last
    }

    public var isClosed: Bool { closing != nil }

    /// The latest handover, if the case has been handed over.
    public var handover: FollowUp? { followUps.last { $0.kind == .handover } }

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

    /// The same case as if its journal recorded no facts: what the routine alone computes
    /// (for showing where a routine change departs from what was recorded).
    mutating func forgetFacts() {
        recordsFacts = false
        deadlineFacts = [:]
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
        if !workers.contains(entry.by) { workers.append(entry.by) }
        switch entry.event {
        case .done:
            guard let item = entry.item else { return }
            completions[item] = Completion(doneAt: entry.doneAt ?? entry.at, recordedAt: entry.at, by: entry.by)
            // A checklist item ticked off later joins the checklist's answer, as if ticked then.
            let parts = item.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, let old = answers[parts[0]], case .choices(let ticked) = old.value, !ticked.contains(parts[1]) {
                answers[parts[0]] = RecordedAnswer(value: .choices(ticked + [parts[1]]), at: entry.doneAt ?? entry.at, by: entry.by,
                                                   previous: old.previous + [old.value], facts: old.facts)
            }
            return
        case .document:
            documents.append(WrittenDocument(template: entry.item ?? "", format: entry.text ?? "", isFinal: entry.final ?? false,
                                             at: entry.at, by: entry.by))
            return
        case .note, .handedOver, .closed, .reopened:
            let kind: FollowUp.Kind = switch entry.event {
            case .note: .note
            case .handedOver: .handover
            case .closed: .closing
            default: .reopening
            }
            followUps.append(FollowUp(kind: kind, text: entry.text ?? "", at: entry.at, by: entry.by))
            return
        default:
            break
        }
        if entry.event == .routed, let routine = entry.routine, let fingerprint = entry.fingerprint {
            intake = IntakeChoice(intakeID: intake?.intakeID ?? routineID, intakeFingerprint: intake?.intakeFingerprint ?? self.fingerprint,
                                  routineID: routine, reason: entry.reason ?? "", at: entry.at, by: entry.by)
            routineID = routine
            self.fingerprint = fingerprint
        }
        guard let question = entry.question else { return }
        if let facts = entry.facts {
            recordsFacts = true
            for id in facts.endedDeadlines ?? [] { deadlineFacts[id] = nil }
            for deadline in facts.deadlines ?? [] { deadlineFacts[deadline.id] = deadline }
        }
        switch entry.event {
        case .answered:
            guard let value = entry.value else { return }
            var previous = answers[question]?.previous ?? []
            if let old = answers[question] { previous.append(old.value) }
            answers[question] = RecordedAnswer(value: value, at: entry.at, by: entry.by, previous: previous, facts: entry.facts)
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
