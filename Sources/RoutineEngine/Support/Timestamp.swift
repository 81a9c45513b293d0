import Foundation

/// Formats and parses the moments handlagg records: ISO 8601 with a UTC offset.
public enum Timestamp {
    /// `2026-11-22T03:15:00+01:00` in `timeZone`.
    public static func iso(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + offset(date, timeZone)
    }

    /// `2026-11-22 03:15 (+01:00)` in `timeZone`, for people.
    public static func display(_ date: Date, in timeZone: TimeZone) -> String {
        "\(minute(date, in: timeZone)) (\(offset(date, timeZone)))"
    }

    /// `2026-11-22 03:15` in `timeZone`.
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The calendar date of `date` in `timeZone`.
    public static func date(_ date: Date, in timeZone: TimeZone) -> CalendarDate {
        let parts = components(date, timeZone)
        return CalendarDate(year: parts.year ?? 1900, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// `+01:00`, or `Z` style `+00:00` for UTC.
    public static func offset(_ date: Date, _ timeZone: TimeZone) -> String {
        let seconds = timeZone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// Parses ISO 8601 with an offset or `Z`, seconds optional (`2026-11-22T03:15+01:00`).
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        // Without seconds: insert ":00" before the offset.
        guard text.count >= 16 else { return nil }
        let index = text.index(text.startIndex, offsetBy: 16)
        return formatter.date(from: String(text[..<index]) + ":00" + text[index...])
    }

    /// The Gregorian calendar in `timeZone`.
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}

extension TimeZone {
    /// Coordinated Universal Time.
    static let utc = TimeZone.gmt
}
