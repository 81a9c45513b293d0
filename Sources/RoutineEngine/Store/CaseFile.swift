import Foundation

/// An open case: its folder, its routine, and its state. Every change is appended to the
/// journal and synced before the call returns; the Markdown log is then rewritten atomically.
public struct CaseFile: Sendable {
    public let folder: URL
    /// The routine the case is walked in; after an intake has chosen, the chosen one.
    public private(set) var routine: Routine
    /// The intake the case began with, once it has chosen the routine (for the log).
    public private(set) var intake: Routine?
    /// The routines an intake can choose from.
    private let library: [Routine]
    public private(set) var record: CaseRecord
    /// The time zone the log shows times in and deadlines are counted in.
    public let timeZone: TimeZone
    /// Whether an unfinished last journal line (an interrupted write) was cut off when the case was opened.
    public let repairedJournal: Bool
    /// Why the log could not be rewritten after the last change, if it could not; the journal still has the change.
    public private(set) var logProblem: HandlaggError?
    /// The log's event lines, extended with each change rather than rebuilt.
    private var events: EventLines
    /// The case's write lock, held while the case is open for writing (nil when only read).
    var lock: CaseLock?
    /// Where a case that is still being opened waits: its journal is written there but not yet
    /// synced, and the folder is not yet moved to `folder`. Nil once the case is in place.
    private var staging: URL?

    private var journal: Journal { Journal(path: (staging ?? folder).appendingPathComponent(CaseStore.journalName).filePath) }

    /// Whether the case was started but `completeOpening()` has not yet put it in place.
    public var isOpening: Bool { staging != nil }

    /// The Markdown log: `<date opened>_<case id>.md`.
    public var logURL: URL {
        let day = Timestamp.date(record.openedAt, in: timeZone)
        return folder.appendingPathComponent("\(day)_\(record.id).md")
    }

    /// Whether the case was opened with a different version of the routine than the one loaded now.
    public var routineChanged: Bool { record.fingerprint != routine.fingerprint }

    /// The questions shown and the answers that count.
    public var walk: Walk { Walk(routine: routine, record: record) }

    init(folder: URL, routine: Routine, record: CaseRecord, timeZone: TimeZone, repairedJournal: Bool,
         library: [Routine] = [], intake: Routine? = nil) {
        self.folder = folder
        self.routine = routine
        self.library = library
        self.intake = intake
        self.record = record
        self.timeZone = timeZone
        self.repairedJournal = repairedJournal
        events = EventLines(routines: [routine] + (intake.map { [$0] } ?? []), language: record.language, timeZone: timeZone,
                            entries: record.entries)
    }

    /// Records an answer (a first answer or a change) and returns once it is on disk. `confirming`
    /// names the warnings the worker confirmed for it, and `confirmation` why.
    public mutating func answer(_ question: Question, with value: AnswerValue, at moment: Date, by worker: String,
                                confirming: [Rule] = [], confirmation: String? = nil) throws(HandlaggError) {
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: .answered, by: worker, question: question.id, value: value)
        if !confirming.isEmpty {
            entry.confirmed = confirming.map(\.id)
            entry.confirmation = confirmation ?? ""
        }
        entry.facts = facts(of: entry, question: question)
        try append(entry)
    }

    /// What `entry` means as the routine stands now: the question and answer as shown, a
    /// decision's basis, and the deadlines it begins, moves or ends (the deadlines with the
    /// entry applied, compared with those before it).
    private func facts(of entry: JournalEntry, question: Question) -> AnswerFacts {
        let language = record.language
        var facts = AnswerFacts(question: question.text.text(in: language),
                                answer: entry.value.map { AnswerText.describe($0, for: question, in: language, timeZone: timeZone) } ?? "")
        if question.kind == .decision, case .choice(let id)? = entry.value, let choice = question.choice(id), !choice.basis.isEmpty {
            facts.basis = choice.basis.text(in: language)
        }
        if let value = entry.value {
            let counts = CountFacts.of(value, for: question, in: routine)
            if !counts.isEmpty { facts.counts = counts }
        }
        var after = record
        after.apply(entry)
        let before = Dictionary(Deadline.all(routine: routine, record: record, timeZone: timeZone).map { ($0.rule.id, $0) }) { first, _ in first }
        let now = Deadline.all(routine: routine, record: after, timeZone: timeZone)
        let changed = now.filter { before[$0.rule.id]?.due != $0.due || before[$0.rule.id]?.start != $0.start }
        let ended = before.keys.filter { id in !now.contains { $0.rule.id == id } }.sorted()
        if !changed.isEmpty { facts.deadlines = changed.map { DeadlineFact($0, language: language, timeZone: timeZone) } }
        if !ended.isEmpty { facts.endedDeadlines = ended }
        return facts
    }

    /// What the routine's rules say about answering `question` with `value`.
    public func check(_ question: Question, with value: AnswerValue) -> RuleCheck {
        var after = record.values
        after[question.id] = value
        return RuleCheck(routine: routine, before: record.values, after: after)
    }

    /// What the routine's rules say about skipping `question`.
    public func checkSkip(_ question: Question) -> RuleCheck {
        var after = record.values
        after[question.id] = nil
        return RuleCheck(routine: routine, before: record.values, after: after)
    }


    /// Records that an optional question was skipped, and why.
    public mutating func skip(_ question: Question, reason: String, at moment: Date, by worker: String) throws(HandlaggError) {
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: .skipped, by: worker, question: question.id, reason: reason)
        entry.facts = facts(of: entry, question: question)
        try append(entry)
    }

    /// Records that the session was paused or resumed.
    public mutating func mark(_ event: JournalEntry.Event, at moment: Date, by worker: String) throws(HandlaggError) {
        try append(JournalEntry(seq: record.nextSeq, at: moment, event: event, by: worker))
    }

    // MARK: Follow-up after the night

    /// Where the case stands: open or closed, deadlines, open actions, alerts.
    public var status: CaseStatus { CaseStatus(routine: routine, record: record, timeZone: timeZone) }

    /// Ticks off an open action, checklist item or deadline (`item`, an id from `status`), done
    /// at `doneAt` (which may be earlier than now, never later).
    public mutating func markDone(_ item: String, doneAt: Date, at moment: Date, by worker: String) throws(HandlaggError) {
        guard !record.isClosed else { throw .followUp(.caseClosed) }
        let open = status.openItems.filter(\.canBeTicked)
        guard open.contains(where: { $0.id == item }) else { throw .followUp(.unknownItem(item, open: open.map(\.id))) }
        guard doneAt <= moment else { throw .followUp(.doneInFuture) }
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: .done, by: worker)
        entry.item = item
        entry.doneAt = doneAt
        try append(entry)
    }

    /// Adds a dated note, hands the case over (`text`: to whom), closes it (`text`: the closing
    /// summary) or reopens it (`text`: why).
    public mutating func followUp(_ event: JournalEntry.Event, text: String, at moment: Date, by worker: String) throws(HandlaggError) {
        precondition([.note, .handedOver, .closed, .reopened].contains(event), "not a follow-up: \(event)")
        guard !text.allSatisfy(\.isWhitespace) else { throw .followUp(.emptyText) }
        if let problem = TypedText.problem(text) { throw .followUp(.unsafeText(problem)) }
        if event == .reopened {
            guard record.isClosed else { throw .followUp(.caseNotClosed) }
        } else if record.isClosed {
            throw .followUp(.caseClosed)
        }
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: event, by: worker)
        entry.text = text
        try append(entry)
    }

    /// Where the case's documents are written: `documents/` in its folder.
    public var documentsFolder: URL { folder.appendingPathComponent("documents") }

    /// Writes a document into the case folder (`documents/ID.EXT`, private), or to `path`, and
    /// records it in the journal. Only a complete draft is written.
    @discardableResult
    public mutating func write(_ draft: DocumentDraft, as format: DocumentFormat, to path: String? = nil, at moment: Date,
                               by worker: String) throws(HandlaggError) -> String {
        guard draft.isComplete else { throw .followUp(.documentIncomplete(draft.missing)) }
        let target: String
        if let path { target = path } else {
            try FileSystem.makePrivateFolder(documentsFolder)
            target = documentsFolder.appendingPathComponent("\(draft.template.id).\(format.rawValue)").filePath
        }
        try FileSystem.writeAtomically(Array(DocumentRenderer.render(draft, as: format).utf8), to: target)
        try recordDocument(draft, as: format, at: moment, by: worker)
        return target
    }

    /// Records in the journal that a document was made (by `write`, or on standard output).
    public mutating func recordDocument(_ draft: DocumentDraft, as format: DocumentFormat, at moment: Date, by worker: String) throws(HandlaggError) {
        guard draft.isComplete else { throw .followUp(.documentIncomplete(draft.missing)) }
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: .document, by: worker)
        entry.item = draft.template.id
        entry.text = format.rawValue
        entry.final = draft.isFinal
        try append(entry)
    }

    /// The log as Markdown, as of the last change.
    public func renderLog() -> String {
        CaseLogRenderer(routine: routine, record: record, timeZone: timeZone, events: events, intake: intake).render()
    }

    /// Rewrites the log from the journal's state (once the case is in place).
    public mutating func writeLog() {
        guard staging == nil else { return }
        do {
            try FileSystem.writeAtomically(Array(renderLog().utf8), to: logURL.filePath)
            logProblem = nil
        } catch {
            logProblem = error
        }
    }

    /// Where a practice case's debrief is kept, next to its log.
    public var debriefURL: URL { folder.appendingPathComponent("debrief.md") }

    /// Writes a practice case's debrief next to its log, privately and atomically.
    public func saveDebrief(_ markdown: String) throws(HandlaggError) {
        try FileSystem.writeAtomically(Array(markdown.utf8), to: debriefURL.filePath)
    }

    private mutating func append(_ entry: JournalEntry) throws(HandlaggError) {
        try completeOpening()
        try journal.append(entry)
        record.apply(entry)
        events.append(entry)
        try routeIfIntakeIsDone(at: entry.at, by: entry.by)
        writeLog()
    }

    /// Once every question of an intake is handled, records the routine its answers choose and
    /// continues in it; the answers it shares with that routine (the same ids) count there too.
    private mutating func routeIfIntakeIsDone(at moment: Date, by worker: String) throws(HandlaggError) {
        guard routine.isIntake, walk.isComplete(record), let route = routine.route(for: walk.answers),
              let target = library.first(where: { $0.id == route.target }) else { return }
        var entry = JournalEntry(seq: record.nextSeq, at: moment, event: .routed, by: worker,
                                 reason: route.reason.text(in: record.language))
        entry.routine = target.id
        entry.fingerprint = target.fingerprint
        try journal.append(entry)
        record.apply(entry)
        intake = routine
        routine = target
        events = EventLines(routines: [target, intake].compactMap { $0 }, language: record.language, timeZone: timeZone,
                            entries: record.entries)
    }

    /// Starts a new case: writes its first journal entry in `staging` without waiting for the
    /// disk. Until `completeOpening()` has run (any change runs it first), the case is not in
    /// the store; this lets its first question appear while the disk catches up.
    static func start(folder: URL, staging: URL, routine: Routine, library: [Routine], id: CaseID, language: Language, practice: Bool,
                      scenario: String?, at moment: Date, by worker: String, timeZone: TimeZone) throws(HandlaggError) -> CaseFile {
        var opened = JournalEntry(seq: 1, at: moment, event: .opened, by: worker)
        opened.caseID = id.description
        opened.routine = routine.id
        opened.fingerprint = routine.fingerprint
        opened.language = language
        opened.practice = practice
        opened.scenario = scenario
        try FileSystem.makePrivateFolder(staging)
        let lock = try CaseLock.acquire(in: staging, worker: worker, at: moment)
        var file = CaseFile(folder: folder, routine: routine, record: try CaseRecord(entries: [opened]),
                            timeZone: timeZone, repairedJournal: false, library: library)
        file.staging = staging
        file.lock = lock
        try file.journal.start(with: opened)
        return file
    }

    /// Puts a started case in place, so that a case folder never exists without its synced
    /// journal: syncs the journal and the staging folder, renames it to `folder`, syncs the
    /// store, and writes the first log. Does nothing for a case already in place.
    public mutating func completeOpening() throws(HandlaggError) {
        guard let staging else { return }
        try FileSystem.sync(journal.path)
        try FileSystem.sync(staging.filePath)
        try FileSystem.move(staging, to: folder)
        lock?.moved(to: folder)
        self.staging = nil
        writeLog()
    }
}
