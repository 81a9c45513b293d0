/// A time span after which a deadline falls: calendar days and weeks, or exact hours.
public enum DeadlineOffset: Equatable, Sendable {
    /// Whole calendar days: the deadline is the end of that day, local time.
    case days(Int)
    /// Calendar months: the same day of the month that many months on (or that month's last day).
    case months(Int)
    /// Exact hours from the starting moment.
    case hours(Int)

    /// Parses `7 days`, `4 weeks`, `4 months`, `48 hours` (singular forms too).
    public init?(parsing text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let count = Int(parts[0]), count >= 0, count <= 3650 else { return nil }
        switch parts[1].lowercased() {
        case "day", "days": self = .days(count)
        case "week", "weeks": self = .days(count * 7)
        case "month", "months":
            guard count <= 120 else { return nil }
            self = .months(count)
        case "hour", "hours": self = .hours(count)
        default: return nil
        }
    }
}
