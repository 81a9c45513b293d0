import Foundation

/// A deadline that applies to a case: what, when, on which legal basis, and whether it is met.
public struct Deadline: Equatable, Sendable {
    /// When a deadline falls.
    public enum Due: Equatable, Sendable {
        /// By the end of a calendar day (deadlines counted in days and weeks).
        case endOfDay(CalendarDate)
        /// At an exact moment (deadlines counted in hours).
        case moment(Date)

        /// The last moment that still meets it: 23:59:59 local time on the day, or the moment.
        public func lastMoment(in timeZone: TimeZone) -> Date {
            switch self {
            case .moment(let date):
                return date
            case .endOfDay(let day):
                // One second before the next day's midnight. When the zone keeps one offset from two
                // days before to two days after (every day but those near a clock change), that is
                // plain arithmetic; otherwise the calendar works it out.
                let midnight = (Timestamp.daysSinceEpoch(year: day.year, month: day.month, day: day.day) + 1) * 86_400
                let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(midnight - 2 * 86_400)))
                if offset == timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(midnight + 2 * 86_400))) {
                    return Date(timeIntervalSince1970: TimeInterval(midnight - offset - 1))
                }
                let calendar = Timestamp.calendar(timeZone)
                let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? .distantFuture
                return calendar.date(byAdding: .day, value: 1, to: start)?.addingTimeInterval(-1) ?? start
            }
        }

        /// `2026-11-29` for a day; for a moment `2026-11-24 03:15 (+01:00)`, or ISO 8601 with `iso`.
        public func text(in timeZone: TimeZone, iso: Bool = false) -> String {
            switch self {
            case .endOfDay(let day): day.description
            case .moment(let date): iso ? Timestamp.iso(date, in: timeZone) : Timestamp.display(date, in: timeZone)
            }
        }
    }

    public let rule: DeadlineRule
    /// The moment the clock started (the decision time, or when the answer was given).
    public let start: Date
    public let due: Due
    /// When it was met: the answer that made the rule's `done-when` hold, or the time a worker
    /// gave when ticking it off. Nil while open.
    public let doneAt: Date?

    /// Whether it is met.
    public var isDone: Bool { doneAt != nil }

    /// Whether it was met, but after it fell due.
    public func wasLate(in timeZone: TimeZone) -> Bool {
        doneAt.map { $0 > lastMoment(in: timeZone) } ?? false
    }

    /// Whether the deadline has passed unmet at `now`.
    public func isOverdue(at now: Date, in timeZone: TimeZone) -> Bool {
        !isDone && lastMoment(in: timeZone) < now
    }

    /// The last moment that still meets the deadline.
    public func lastMoment(in timeZone: TimeZone) -> Date {
        due.lastMoment(in: timeZone)
    }

    /// Computes the deadlines that apply to a case, in the order of the routine.
    public static func all(routine: Routine, record: CaseRecord, timeZone: TimeZone) -> [Deadline] {
        all(routine: routine, record: record, walk: Walk(routine: routine, record: record), timeZone: timeZone)
    }

    /// The same, for a caller that already has the case's walk.
    static func all(routine: Routine, record: CaseRecord, walk: Walk, timeZone: TimeZone) -> [Deadline] {
        var result: [Deadline] = []
        for step in routine.steps where walk.stepIDs.contains(step.id) {
            for rule in step.deadlines where rule.condition?.holds(for: walk.answers) ?? true {
                guard let answer = record.answers[rule.from], walk.answers[rule.from] != nil else { continue }
                let start: Date
                if case .dateTime(let moment) = answer.value { start = moment } else { start = answer.at }
                result.append(Deadline(rule: rule, start: start, due: due(rule.offset, from: start, in: timeZone),
                                       doneAt: doneAt(rule, record: record, walk: walk)))
            }
        }
        return record.recordsFacts ? asRecorded(result, routine: routine, record: record, walk: walk) : result
    }

    /// The deadlines as the journal recorded them: a recorded due date, text and basis stand
    /// even if the routine's rule has since changed, and a recorded deadline whose rule the
    /// routine no longer has (or no longer applies) is kept. A deadline a newer routine adds
    /// is kept as computed.
    private static func asRecorded(_ computed: [Deadline], routine: Routine, record: CaseRecord, walk: Walk) -> [Deadline] {
        func recorded(_ fact: DeadlineFact, rule current: DeadlineRule?) -> Deadline? {
            guard let due = fact.parsedDue else { return nil }
            let text = LocalizedText([.swedish: fact.text, .english: fact.text])
            let rule = DeadlineRule(id: fact.id, text: text, from: current?.from ?? "", offset: current?.offset ?? .days(0),
                                    basis: LocalizedText([.swedish: fact.basis, .english: fact.basis]), condition: nil,
                                    doneWhen: current?.doneWhen, line: current?.line ?? 0)
            return Deadline(rule: rule, start: fact.start, due: due, doneAt: doneAt(rule, record: record, walk: walk))
        }
        let rules = Dictionary(routine.steps.flatMap(\.deadlines).map { ($0.id, $0) }) { first, _ in first }
        var result = computed.map { deadline in
            record.deadlineFacts[deadline.rule.id].flatMap { recorded($0, rule: deadline.rule) } ?? deadline
        }
        for (id, fact) in record.deadlineFacts.sorted(by: { $0.key < $1.key }) where !computed.contains(where: { $0.rule.id == id }) {
            if let deadline = recorded(fact, rule: rules[id]) { result.append(deadline) }
        }
        return result
    }

    /// When the deadline was met: ticked off by its id, or when its `done-when` came to hold
    /// (the latest of the answers it reads, or the time given when a checklist item was ticked).
    private static func doneAt(_ rule: DeadlineRule, record: CaseRecord, walk: Walk) -> Date? {
        if let ticked = record.completions[rule.id] { return ticked.doneAt }
        guard let doneWhen = rule.doneWhen, doneWhen.holds(for: walk.answers) else { return nil }
        let ticked = doneWhen.checkedItems.compactMap { record.completions["\($0.question).\($0.item)"]?.doneAt }
        if let latest = ticked.max() { return latest }
        return doneWhen.questionIDs.compactMap { record.answers[$0]?.at }.max() ?? record.updatedAt
    }

    /// The local date `count` days or months after the day of `start`, counted from its noon.
    private static func onCalendar(from start: Date, adding unit: Calendar.Component, _ count: Int, in timeZone: TimeZone) -> CalendarDate {
        let calendar = Timestamp.calendar(timeZone)
        let startDay = Timestamp.date(start, in: timeZone)
        let noon = calendar.date(from: DateComponents(year: startDay.year, month: startDay.month, day: startDay.day, hour: 12)) ?? start
        let later = calendar.date(byAdding: unit, value: count, to: noon) ?? noon
        return Timestamp.date(later, in: timeZone)
    }

    /// Adds the offset to the start: calendar days on the local date (so daylight-saving
    /// changes do not move the day), exact hours on the clock.
    static func due(_ offset: DeadlineOffset, from start: Date, in timeZone: TimeZone) -> Due {
        switch offset {
        case .hours(let hours):
            return .moment(start.addingTimeInterval(TimeInterval(hours) * 3600))
        case .days(let days):
            return .endOfDay(onCalendar(from: start, adding: .day, days, in: timeZone))
        case .months(let months):
            // The calendar keeps the day of the month, or takes the month's last day when it has fewer.
            return .endOfDay(onCalendar(from: start, adding: .month, months, in: timeZone))
        }
    }
}
