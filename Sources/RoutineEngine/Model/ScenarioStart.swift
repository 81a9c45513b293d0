/// When a scenario's simulated clock starts: a time of day, on a given date or on the day practice begins.
public struct ScenarioStart: Equatable, Sendable {
    /// The date, or nil for the day the practice runs.
    public var date: CalendarDate?
    public var time: TimeOfDay

    /// Parses `HH:MM` or `YYYY-MM-DD HH:MM`.
    init?(parsing text: String) {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        switch pieces.count {
        case 1:
            guard let time = TimeOfDay(parsing: String(pieces[0])) else { return nil }
            self.date = nil
            self.time = time
        case 2:
            guard let date = CalendarDate(parsing: String(pieces[0])), let time = TimeOfDay(parsing: String(pieces[1])) else { return nil }
            self.date = date
            self.time = time
        default:
            return nil
        }
    }
}
