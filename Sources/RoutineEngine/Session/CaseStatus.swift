import Foundation

/// Where a case stands, for whoever picks it up: open or closed, its deadlines, what is still
/// to be done, and its alerts. Whether the walk is complete is a separate matter: a walk finished
/// at 04:00 leaves deadlines running and actions open for weeks.
public struct CaseStatus: Sendable {
    public let walkComplete: Bool
    /// The closing in force, if the case is closed.
    public let closing: FollowUp?
    /// The latest handover, if any.
    public let handover: FollowUp?
    public let deadlines: [Deadline]
    /// Everything still to do, deadlines first, then in the routine's order.
    public let openItems: [OpenItem]
    /// The alerts that hold.
    public let alerts: [Alert]
    /// The answered questions marked `standing:`, in the routine's order.
    public let standing: [StandingAnswer]

    public var isClosed: Bool { closing != nil }

    public init(routine: Routine, record: CaseRecord, timeZone: TimeZone) {
        let walk = Walk(routine: routine, record: record)
        self.init(routine: routine, record: record, walk: walk, timeZone: timeZone,
                  deadlines: Deadline.all(routine: routine, record: record, walk: walk, timeZone: timeZone))
    }

    init(routine: Routine, record: CaseRecord, walk: Walk, timeZone: TimeZone, deadlines: [Deadline]) {
        let language = record.language
        walkComplete = walk.isComplete(record)
        closing = record.closing
        handover = record.handover
        self.deadlines = deadlines
        alerts = routine.alerts.filter { $0.holds(for: walk.answers) }
        standing = walk.questions.filter { !$0.standing.isEmpty }.compactMap { question in
            walk.answers[question.id].map { StandingAnswer(question: question, isYes: $0 == .choice("yes")) }
        }
        var items: [OpenItem] = []
        for deadline in deadlines where !deadline.isDone {
            items.append(OpenItem(id: deadline.rule.id, kind: .deadline, text: deadline.rule.text.text(in: language), due: deadline.due,
                                  basis: deadline.rule.basis.text(in: language)))
        }
        let skipped = Set(record.skips.keys)
        for step in routine.steps where walk.stepIDs.contains(step.id) {
            for question in walk.questions where question.stepID == step.id {
                if question.kind == .actions, case .choices(let ticked)? = walk.answers[question.id] {
                    for item in question.choices where !ticked.contains(item.id) {
                        items.append(OpenItem(id: "\(question.id).\(item.id)", kind: .checklist, text: item.label.text(in: language), due: nil, basis: nil))
                    }
                } else if walk.answers[question.id] == nil, record.skips[question.id] == nil {
                    items.append(OpenItem(id: question.id, kind: .unanswered, text: question.text.text(in: language), due: nil, basis: nil))
                }
            }
            for todo in step.todos where todo.holds(for: walk.answers, skipped: skipped) && record.completions[todo.id] == nil {
                items.append(OpenItem(id: todo.id, kind: .todo, text: todo.text.text(in: language),
                                      due: Self.due(of: todo, record: record, timeZone: timeZone), basis: nil))
            }
        }
        openItems = items
    }

    /// A todo's deadline, counted from the latest answer (or skip) that left it to do.
    private static func due(of todo: Todo, record: CaseRecord, timeZone: TimeZone) -> Deadline.Due? {
        guard let within = todo.within else { return nil }
        let times = todo.questionIDs.compactMap { record.answers[$0]?.at ?? record.skips[$0]?.at }
        guard let start = times.max() else { return nil }
        return Deadline.due(within, from: start, in: timeZone)
    }

    /// The open deadlines that had passed at `now`.
    public func overdue(at now: Date, in timeZone: TimeZone) -> [Deadline] {
        deadlines.filter { $0.isOverdue(at: now, in: timeZone) }
    }

    /// The next open deadline still ahead of `now`.
    public func nextDeadline(after now: Date, in timeZone: TimeZone) -> Deadline? {
        deadlines.filter { !$0.isDone && $0.lastMoment(in: timeZone) >= now }.min { $0.lastMoment(in: timeZone) < $1.lastMoment(in: timeZone) }
    }
}
