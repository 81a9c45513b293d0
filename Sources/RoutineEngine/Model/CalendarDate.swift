/// A date without time, as written in step files (YYYY-MM-DD).
public struct CalendarDate: Equatable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (2026-02-30).
    public init?(parsing text: String) {
        // Exactly `YYYY-MM-DD` in ASCII digits.
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let year = b.decimal(at: 0, count: 4),
              let month = b.decimal(at: 5, count: 2), let day = b.decimal(at: 8, count: 2) else { return nil }
        guard (1900...2999).contains(year), (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Creates a date from its parts; callers make sure it exists.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        Timestamp.pad(year, 4) + "-" + Timestamp.pad(month) + "-" + Timestamp.pad(day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
