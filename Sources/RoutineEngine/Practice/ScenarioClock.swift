import Foundation

/// A scenario's simulated clock: the moment each step of the routine begins. The clock starts at
/// the scenario's `starts:` time and moves on at facts with a `clock:` time; a time earlier in the
/// day than the one before it is on the next day (the night goes on past midnight).
public struct ScenarioClock: Sendable {
    /// When the practice begins.
    public let start: Date
    /// The moments at which the clock was set, by the routine index of the step where it happens.
    private let marks: [(stepIndex: Int, moment: Date)]
    private let stepIndices: [String: Int]

    /// The clock of `scenario`, or nil if it runs on the real clock. A start without a date is on `today`.
    public init?(scenario: Scenario, routine: Routine, today: CalendarDate, timeZone: TimeZone) {
        guard let first = scenario.start else { return nil }
        let calendar = Timestamp.calendar(timeZone)
        func moment(_ day: CalendarDate, _ time: TimeOfDay) -> Date {
            calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute))
                ?? Date(timeIntervalSince1970: 0)
        }
        var current = moment(first.date ?? today, first.time)
        start = current
        stepIndices = Dictionary(routine.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var marks: [(Int, Date)] = []
        for fact in scenario.facts {
            guard let time = fact.clock, let index = stepIndices[fact.stepID] else { continue }
            var next = moment(Timestamp.date(current, in: timeZone), time)
            if next < current { next = calendar.date(byAdding: .day, value: 1, to: next) ?? next }
            current = next
            marks.append((index, next))
        }
        self.marks = marks
    }

    /// The simulated time while step `stepID` is worked on: the last time set at or before it.
    public func time(atStep stepID: String) -> Date {
        guard let index = stepIndices[stepID] else { return start }
        return marks.last { $0.stepIndex <= index }?.moment ?? start
    }
}
