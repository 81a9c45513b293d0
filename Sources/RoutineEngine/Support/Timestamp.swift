import Foundation
import Synchronization

/// Formats and parses the moments handlagg records: ISO 8601 with a UTC offset.
public enum Timestamp {
    /// `2026-11-22T03:15:00+01:00` in `timeZone`.
    public static func iso(_ date: Date, in timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let parts = fields(date, offset: offset)
        return text { out in
            day(parts, &out, separator: UInt8(ascii: "T"))
            out.append(UInt8(ascii: ":"))
            digits(parts.second, 2, &out)
            offsetText(offset, &out)
        }
    }

    /// `2026-11-22 03:15 (+01:00)` in `timeZone`, for people.
    public static func display(_ date: Date, in timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let parts = fields(date, offset: offset)
        return text { out in
            day(parts, &out, separator: UInt8(ascii: " "))
            out += [UInt8(ascii: " "), UInt8(ascii: "(")]
            offsetText(offset, &out)
            out.append(UInt8(ascii: ")"))
        }
    }

    /// `2026-11-22 03:15` in `timeZone`.
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = fields(date, timeZone)
        return text { day(parts, &$0, separator: UInt8(ascii: " ")) }
    }

    // Times are written digit by digit into bytes: review formats thousands of them, and joining
    // small strings costs many times more.

    private static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `2026-11-22` + separator + `03:15`.
    private static func day(_ parts: Fields, _ out: inout [UInt8], separator: UInt8) {
        digits(parts.year, 4, &out)
        out.append(UInt8(ascii: "-"))
        digits(parts.month, 2, &out)
        out.append(UInt8(ascii: "-"))
        digits(parts.day, 2, &out)
        out.append(separator)
        digits(parts.hour, 2, &out)
        out.append(UInt8(ascii: ":"))
        digits(parts.minute, 2, &out)
    }

    /// A non-negative number with at least `width` digits.
    private static func digits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        let value = max(value, 0)
        var divisor = 1
        for _ in 1..<max(width, 1) { divisor *= 10 }
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// The calendar date of `date` in `timeZone`.
    public static func date(_ date: Date, in timeZone: TimeZone) -> CalendarDate {
        let parts = fields(date, timeZone)
        return CalendarDate(year: parts.year, month: parts.month, day: parts.day)
    }

    /// `+01:00`, or `Z` style `+00:00` for UTC.
    public static func offset(_ date: Date, _ timeZone: TimeZone) -> String {
        text { offsetText(timeZone.secondsFromGMT(for: date), &$0) }
    }

    private static func offsetText(_ seconds: Int, _ out: inout [UInt8]) {
        out.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let minutes = abs(seconds) / 60
        digits(minutes / 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        digits(minutes % 60, 2, &out)
    }

    /// A non-negative number with leading zeros, e.g. `07` (for dates and times of day).
    static func pad(_ number: Int, _ width: Int = 2) -> String {
        text { digits(number, width, &$0) }
    }

    /// Parses ISO 8601 with an offset or `Z`, seconds optional (`2026-11-22T03:15+01:00`).
    public static func parse(_ text: String) -> Date? {
        if let fast = parseExact(Array(text.utf8)) { return fast }
        // Four-digit years only: the formatter also takes e.g. "-026-11-22…" (year −26) or a
        // run of digits before the year, which would not be written back the same (both found
        // by fuzzing the journal reader).
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }), bytes[4] == 0x2D else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        // Without seconds: insert ":00" before the offset.
        guard text.count >= 16 else { return nil }
        let index = text.index(text.startIndex, offsetBy: 16)
        return formatter.date(from: String(text[..<index]) + ":00" + text[index...])
    }

    /// The shape handlagg writes, `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`, read without a formatter
    /// (a formatter is made per call, and review reads several times per log). Nil for anything else.
    static func parseExact(_ b: [UInt8]) -> Date? {
        guard b.count >= 17, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A,
              let year = b.decimal(at: 0, count: 4), let month = b.decimal(at: 5, count: 2), let day = b.decimal(at: 8, count: 2),
              let hour = b.decimal(at: 11, count: 2), let minute = b.decimal(at: 14, count: 2),
              (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60 else { return nil }
        var index = 16
        var second = 0
        if index < b.count, b[index] == 0x3A {
            guard let value = b.decimal(at: 17, count: 2), value < 60 else { return nil }
            second = value
            index = 19
        }
        var offset = 0
        if index == b.count - 1, b[index] == 0x5A {
            offset = 0
        } else if index == b.count - 6, b[index] == 0x2B || b[index] == 0x2D, b[index + 3] == 0x3A,
                  let hours = b.decimal(at: index + 1, count: 2), let minutes = b.decimal(at: index + 4, count: 2) {
            offset = (b[index] == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days from 1970-01-01 to the given day in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian calendar in `timeZone`, for calendar arithmetic (deadlines, typed times). The
    /// last one made is kept: making a calendar costs more than using it.
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        lastCalendar.withLock { last in
            if let last, last.timeZone == timeZone { return last }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            last = calendar
            return calendar
        }
    }

    private static let lastCalendar = Mutex<Calendar?>(nil)

    /// The wall-clock fields of `date` in `timeZone`, worked out from the zone's offset at that
    /// moment with civil-calendar arithmetic (H. Hinnant's civil_from_days): the same fields as
    /// a Gregorian `Calendar` gives, without making one (that costs a millisecond at start-up).
    struct Fields: Equatable {
        var year, month, day, hour, minute, second: Int
    }

    static func fields(_ date: Date, _ timeZone: TimeZone) -> Fields {
        fields(date, offset: timeZone.secondsFromGMT(for: date))
    }

    /// The wall-clock fields of `date` at `offset` seconds from UTC.
    private static func fields(_ date: Date, offset: Int) -> Fields {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Fields(year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
                      second: secondOfDay % 60)
    }
}

extension TimeZone {
    /// Coordinated Universal Time.
    static let utc = TimeZone.gmt
}
