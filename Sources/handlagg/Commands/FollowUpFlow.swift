import Foundation
import RoutineEngine

/// What the follow-up commands share: opening the case, who is working on it, and printing
/// where it stands with the ids a worker ticks things off with.
enum FollowUpFlow {
    /// The case named on the command line, opened to write as `worker` (holding its lock), or
    /// only to read when `worker` is nil.
    static func open(_ context: Context, as worker: String?) throws -> CaseFile {
        let id = try CaseID(parsing: context.arguments.positionals[0])
        guard let worker else { return try context.chosenStore.openForReading(id, routines: context.routines()) }
        return try context.chosenStore.open(id, routines: context.routines(), by: worker, at: context.now)
    }

    /// What `note`, `handover`, `close` and `reopen` share: open the case as the caseworker,
    /// record `event` with the rest of the command line as its text, and say what was saved.
    static func record(_ event: JournalEntry.Event, _ context: Context, saying said: (FollowUpText, String) -> String) throws -> ExitCode {
        let worker = try SessionFlow.caseworker(context)
        var file = try open(context, as: worker)
        let text = context.arguments.positionals.dropFirst().joined(separator: " ")
        try file.followUp(event, text: text, at: context.now, by: worker)
        context.console.line(said(FollowUpText.forLanguage(context.language), text))
        if event == .closed { remindOfOpenItems(file, context) }
        return .success
    }

    /// After a closing: says how much is still open, since a closed case keeps its open actions.
    static func remindOfOpenItems(_ file: CaseFile, _ context: Context) {
        let open = file.status.openItems.count
        guard open > 0 else { return }
        context.console.caution(Template.fill(FollowUpText.forLanguage(context.language).closedWithOpen, String(open)))
    }

    /// Tells a worker who resumes someone else's case who worked on it last, and when.
    static func greet(_ last: JournalEntry?, worker: String, context: Context) {
        guard let last, last.by != worker else { return }
        let words = FollowUpText.forLanguage(context.language)
        context.console.line(Template.fill(words.workedLast, last.by, Timestamp.display(last.at, in: context.timeZone)))
    }

    /// Where the case stands, and everything still open with its id.
    static func show(_ file: CaseFile, context: Context) {
        let words = FollowUpText.forLanguage(context.language)
        let console = context.console
        let status = file.status
        let zone = context.timeZone
        let state = status.closing.map { Template.fill(words.closed, Timestamp.display($0.at, in: zone), $0.by, $0.text) } ?? words.open
        console.line(console.bold(Template.fill(words.caseLine, file.record.id.description, state)))
        let left = file.walk.openCount(in: file.record)
        console.line(left == 0 ? words.walkComplete : Template.fill(words.walkOpen, String(left)))
        for deadline in status.overdue(at: context.now, in: zone) {
            console.caution(Template.fill(words.overdue, "\(deadline.due.text(in: zone)) \(deadline.rule.text.text(in: context.language)) (\(deadline.rule.basis.text(in: context.language)))"))
        }
        let next = status.nextDeadline(after: context.now, in: zone)
        console.prose(Template.fill(words.nextDeadline, next.map { "\($0.due.text(in: zone)) \($0.rule.text.text(in: context.language)) (\($0.rule.basis.text(in: context.language)))" } ?? words.none))
        if let handover = status.handover {
            console.line(Template.fill(words.handedOver, handover.text, Timestamp.display(handover.at, in: zone), handover.by))
        }
        for answer in status.standing {
            let line = "\(answer.label(in: context.language)): \(answer.isYes ? words.yes : words.no)"
            console.line(answer.isYes ? console.warning(line) : line)
        }
        if !status.alerts.isEmpty {
            console.line(console.bold(words.alerts))
            for alert in status.alerts { console.prose("! " + alert.text.text(in: context.language)) }
        }
        guard !status.openItems.isEmpty else {
            console.line(words.nothingOpen)
            return
        }
        console.line(console.bold(Template.fill(words.openItems, String(status.openItems.count))))
        for item in status.openItems {
            let due = item.due.map { " – \($0.text(in: zone))" } ?? ""
            let basis = item.basis.map { " (\($0))" } ?? ""
            console.item("  [\(words.kinds[item.kind] ?? "")] ", "\(item.text)\(due)\(basis)")
            console.line(console.dim("      \(item.id)"))
        }
    }

    /// The moment given with `--at` (or typed), else now.
    static func moment(_ typed: String?, context: Context) throws -> Date {
        guard let typed, !typed.isEmpty else { return context.now }
        switch AnswerInput(now: context.now, timeZone: context.timeZone).moment(typed) {
        case .success(let date): return date
        case .failure(let problem): throw UsageError(message: "\(context.ui.explain(problem)) (--at \(typed))", command: context.arguments.command)
        }
    }
}
