import Foundation

/// A deadline as it stood when an answer set it: what, by when, on which basis. Kept in the
/// journal, so the case keeps it even if a later routine drops or changes the rule.
public struct DeadlineFact: Codable, Equatable, Sendable {
    public var id: String
    /// What must be done, in the case's language.
    public var text: String
    public var basis: String
    /// `2026-11-29` for a day, or an ISO 8601 moment for a deadline counted in hours.
    public var due: String
    /// When its clock started (ISO 8601).
    public var start: Date

    init(_ deadline: Deadline, language: Language, timeZone: TimeZone) {
        id = deadline.rule.id
        text = deadline.rule.text.text(in: language)
        basis = deadline.rule.basis.text(in: language)
        due = deadline.due.text(in: timeZone, iso: true)
        start = deadline.start
    }

    /// The due date or moment, read back.
    var parsedDue: Deadline.Due? {
        if let day = CalendarDate(parsing: due) { return .endOfDay(day) }
        return Timestamp.parse(due).map { .moment($0) }
    }
}
