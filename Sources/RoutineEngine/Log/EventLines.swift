import Foundation

/// The "Events" list of a case log, one Markdown line per journal entry. Entries never change
/// once written, so an open case extends these lines as it goes instead of rebuilding them for
/// every save; a one-off render builds them from the whole journal.
struct EventLines: Sendable {
    private let words: LogVocabulary
    private let language: Language
    private let timeZone: TimeZone
    private let questions: [String: Question]
    /// Questions answered or skipped so far: a later answer to one of them is a change.
    private var seen = Set<String>()
    /// What a `done` entry's id names: a checklist item (`question.item`), a todo or a deadline.
    private let doneTexts: [String: LocalizedText]
    /// Each question's escaped name, made once.
    private var names: [String: String] = [:]
    private(set) var lines: [String] = []

    /// `routines`: the case's routine first, then its intake if it had one (for the questions asked there).
    init(routines: [Routine], language: Language, timeZone: TimeZone, entries: [JournalEntry] = []) {
        words = LogVocabulary.forLanguage(language)
        self.language = language
        self.timeZone = timeZone
        questions = Dictionary(routines.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [String: LocalizedText] = [:]
        for step in routines.flatMap(\.steps) {
            for question in step.questions where question.kind == .actions {
                for item in question.choices { texts["\(question.id).\(item.id)"] = item.label }
            }
            for todo in step.todos { texts[todo.id] = texts[todo.id] ?? todo.text }
            for deadline in step.deadlines { texts[deadline.id] = texts[deadline.id] ?? deadline.text }
        }
        doneTexts = texts
        for entry in entries { append(entry) }
    }

    /// Adds the line for the next journal entry.
    mutating func append(_ entry: JournalEntry) {
        let time = Timestamp.display(entry.at, in: timeZone)
        let by = "\(words.by) \(MarkdownText.inline(entry.by))"
        let question = entry.question.flatMap { questions[$0] }
        // A question the routine no longer has is named as the journal recorded it.
        let name = question.map { displayName(of: $0) } ?? entry.facts.map { "«\(MarkdownText.inline($0.question))»" } ?? entry.question ?? ""
        switch entry.event {
        case .opened:
            lines.append("- \(time) – \(words.eventOpened) \(by).")
        case .answered:
            let value = entry.value.map { value in
                guard let question, question.offers(value) || entry.facts == nil else { return entry.facts?.answer ?? "" }
                return AnswerText.describe(value, for: question, in: language, timeZone: timeZone)
            } ?? ""
            let verb = seen.contains(entry.question ?? "") ? words.eventChanged : words.eventAnswered
            seen.insert(entry.question ?? "")
            var confirmed = ""
            if let rules = entry.confirmed, !rules.isEmpty {
                confirmed = " – \(words.eventConfirmed) \(rules.map { "`\($0)`" }.joined(separator: ", ")), "
                    + "\(words.reason): \(MarkdownText.inline(entry.confirmation ?? ""))"
            }
            lines.append("- \(time) – \(verb) \(name): \(MarkdownText.inline(value))\(confirmed) (\(by)).")
        case .skipped:
            seen.insert(entry.question ?? "")
            lines.append("- \(time) – \(words.eventSkipped) \(name): \(MarkdownText.inline(entry.reason ?? "")) (\(by)).")
        case .paused:
            lines.append("- \(time) – \(words.eventPaused) \(by).")
        case .resumed:
            lines.append("- \(time) – \(words.eventResumed) \(by).")
        case .routed:
            lines.append("- \(time) – \(words.eventRouted) `\(entry.routine ?? "")`: \(MarkdownText.inline(entry.reason ?? "")) (\(by)).")
        case .done:
            let when = entry.doneAt.map { " (\(words.doneAt) \(Timestamp.display($0, in: timeZone)))" } ?? ""
            let what = entry.item.flatMap { doneTexts[$0] }.map { MarkdownText.inline($0.text(in: language)) + " " } ?? ""
            lines.append("- \(time) – \(words.eventDone): \(what)`\(MarkdownText.inline(entry.item ?? ""))`\(when) (\(by)).")
        case .note:
            lines.append("- \(time) – \(words.eventNote): \(MarkdownText.inline(entry.text ?? "")) (\(by)).")
        case .handedOver:
            lines.append("- \(time) – \(words.eventHandedOver) \(MarkdownText.inline(entry.text ?? "")) (\(by)).")
        case .closed:
            lines.append("- \(time) – \(words.eventClosed): \(MarkdownText.inline(entry.text ?? "")) (\(by)).")
        case .document:
            let kind = entry.final == true ? words.documentFinal : words.documentDraft
            lines.append("- \(time) – \(words.eventDocument) `\(MarkdownText.inline(entry.item ?? ""))` (\(MarkdownText.inline(entry.text ?? "")), \(kind)) (\(by)).")
        case .reopened:
            lines.append("- \(time) – \(words.eventReopened): \(MarkdownText.inline(entry.text ?? "")) (\(by)).")
        }
    }

    private mutating func displayName(of question: Question) -> String {
        if let known = names[question.id] { return known }
        let name = "«\(MarkdownText.inline(question.text.text(in: language)))»"
        names[question.id] = name
        return name
    }
}
