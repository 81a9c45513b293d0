import RoutineEngine

/// Prints a case's open deadlines, for the end of a session.
enum DeadlineSummary {
    static func show(file: CaseFile, context: Context) {
        let deadlines = Deadline.all(routine: file.routine, record: file.record, timeZone: context.timeZone).filter { !$0.isDone }
        guard !deadlines.isEmpty else { return }
        context.console.line(context.ui.deadlinesHeader)
        for deadline in deadlines {
            context.console.item("  - ", line(deadline, context))
        }
    }

    /// `What: due (basis)`.
    static func line(_ deadline: Deadline, _ context: Context) -> String {
        "\(deadline.rule.text.text(in: context.language)): \(deadline.due.text(in: context.timeZone)) (\(deadline.rule.basis.text(in: context.language)))"
    }
}
