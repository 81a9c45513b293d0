import Foundation
import Testing
@testable import RoutineEngine

@Suite("Deadline arithmetic")
struct DeadlineTests {
    let zone = Fixtures.stockholm

    private func due(_ offset: DeadlineOffset, from iso: String) -> Deadline.Due {
        Deadline.due(offset, from: Fixtures.date(iso), in: zone)
    }

    @Test("One week from a decision is the same weekday a week later")
    func oneWeek() {
        #expect(due(.days(7), from: "2026-11-22T03:15:00+01:00") == .endOfDay(CalendarDate(year: 2026, month: 11, day: 29)))
    }

    @Test("Across a month end and a year end")
    func monthAndYearEnd() {
        #expect(due(.days(7), from: "2026-01-28T10:00:00+01:00") == .endOfDay(CalendarDate(year: 2026, month: 2, day: 4)))
        #expect(due(.days(7), from: "2026-12-28T23:30:00+01:00") == .endOfDay(CalendarDate(year: 2027, month: 1, day: 4)))
        #expect(due(.days(28), from: "2028-02-01T08:00:00+01:00") == .endOfDay(CalendarDate(year: 2028, month: 2, day: 29)))
    }

    @Test("The local date counts: 00:30 in Stockholm is still that day though UTC says yesterday")
    func localDate() {
        #expect(due(.days(7), from: "2026-11-22T00:30:00+01:00") == .endOfDay(CalendarDate(year: 2026, month: 11, day: 29)))
    }

    @Test("Across the spring daylight-saving change a day-based deadline keeps its date")
    func springForward() {
        // Summer time starts 2026-03-29 in Sweden.
        #expect(due(.days(7), from: "2026-03-25T23:30:00+01:00") == .endOfDay(CalendarDate(year: 2026, month: 4, day: 1)))
        #expect(due(.days(1), from: "2026-03-28T23:30:00+01:00") == .endOfDay(CalendarDate(year: 2026, month: 3, day: 29)))
    }

    @Test("Across the autumn change too")
    func fallBack() {
        // Summer time ends 2026-10-25 in Sweden.
        #expect(due(.days(7), from: "2026-10-21T00:15:00+02:00") == .endOfDay(CalendarDate(year: 2026, month: 10, day: 28)))
    }

    @Test("Hour-based deadlines count real hours, so the wall clock shifts across a change")
    func hoursAcrossChange() {
        let result = due(.hours(48), from: "2026-03-28T12:00:00+01:00")
        #expect(result == .moment(Fixtures.date("2026-03-30T13:00:00+02:00")))
    }

    @Test("The last moment of a day-based deadline is 23:59:59 local time, in summer and winter")
    func lastMoment() {
        let rule = DeadlineRule(id: "d", text: LocalizedText(), from: "x", offset: .days(0), basis: LocalizedText(), condition: nil, doneWhen: nil, line: 1)
        let summer = Deadline(rule: rule, start: .now, due: .endOfDay(CalendarDate(year: 2026, month: 7, day: 1)), doneAt: nil)
        #expect(summer.lastMoment(in: zone) == Fixtures.date("2026-07-01T23:59:59+02:00"))
        let winter = Deadline(rule: rule, start: .now, due: .endOfDay(CalendarDate(year: 2026, month: 12, day: 1)), doneAt: nil)
        #expect(winter.lastMoment(in: zone) == Fixtures.date("2026-12-01T23:59:59+01:00"))
        #expect(winter.isOverdue(at: Fixtures.date("2026-12-02T00:00:00+01:00"), in: zone))
        #expect(!winter.isOverdue(at: Fixtures.date("2026-12-01T23:59:00+01:00"), in: zone))
    }

    @Test("A 6 § decision gives the 7 § deadline from the decision time, done when submitted")
    func fromDecision() throws {
        let routine = try Fixtures.routine()
        let opened = Fixtures.date("2026-11-22T04:00:00+01:00")
        var entries = [JournalEntry(seq: 1, at: opened, event: .opened, by: "A")]
        entries[0].caseID = "HL-ABCDEF"
        entries[0].routine = "mini"
        entries[0].fingerprint = routine.fingerprint
        func answer(_ q: String, _ v: AnswerValue) {
            entries.append(JournalEntry(seq: entries.count + 1, at: opened, event: .answered, by: "A", question: q, value: v))
        }
        answer("age", .choice("under-18"))
        answer("decided", .dateTime(Fixtures.date("2026-11-21T23:50:00+01:00")))
        answer("lvu6", .choice("yes"))
        var record = try CaseRecord(entries: entries)
        var deadlines = Deadline.all(routine: routine, record: record, timeZone: zone)
        #expect(deadlines.count == 1)
        #expect(deadlines.first?.due == .endOfDay(CalendarDate(year: 2026, month: 11, day: 28)))
        #expect(deadlines.first?.rule.basis.text(in: .english) == "7 § LVU")
        #expect(deadlines.first?.isDone == false)
        record.apply(JournalEntry(seq: entries.count + 1, at: opened, event: .answered, by: "A", question: "todo", value: .choices(["submitted"])))
        deadlines = Deadline.all(routine: routine, record: record, timeZone: zone)
        #expect(deadlines.first?.isDone == true)
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test("The fast parser agrees with ISO8601DateFormatter", arguments: [
        "2026-11-22T03:15:00+01:00", "2026-11-22T03:15+01:00", "2026-03-29T02:30:00Z", "1999-12-31T23:59:59-05:30",
        "2028-02-29T12:00:00+00:00", "2026-07-01T00:00:00+02:00",
    ])
    func agrees(_ text: String) throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let expected = formatter.date(from: text.count == 22 ? String(text.prefix(16)) + ":00" + text.suffix(6) : text)
        #expect(Timestamp.parseExact(Array(text.utf8)) == expected)
    }

    @Test("Wall-clock fields agree with a Gregorian calendar, across zones, DST changes and centuries",
          arguments: ["Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Pacific/Kiritimati"])
    func fieldsAgreeWithCalendar(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var generator = SystemRandomNumberGenerator()
        // Fixed edges (epoch, leap days, a DST change in Stockholm, before 1970) and random moments 1600–2400.
        var moments: [Double] = [0, -1, -0.5, 86_399.9, 951_782_400, 1_711_846_800, 1_711_846_799, -11_644_473_600]
        for _ in 0..<2000 { moments.append(Double.random(in: -11_676_096_000...13_569_465_600, using: &generator)) }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = Timestamp.Fields(year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!,
                                            minute: parts.minute!, second: parts.second!)
            #expect(Timestamp.fields(date, timeZone) == expected, "\(seconds) in \(zone)")
        }
    }

    @Test("A day's deadline ends at 23:59:59 local time, as the calendar says, on every day of four years",
          arguments: ["Europe/Stockholm", "UTC", "America/Santiago", "Asia/Beirut", "America/Havana", "Australia/Lord_Howe", "Asia/Kolkata"])
    func endOfDay(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for year in 2024...2027 {
            for month in 1...12 {
                for number in 1...CalendarDate.daysIn(month: month, year: year) {
                    let day = CalendarDate(year: year, month: month, day: number)
                    let start = try #require(calendar.date(from: DateComponents(year: year, month: month, day: number)))
                    let expected = try #require(calendar.date(byAdding: .day, value: 1, to: start)).addingTimeInterval(-1)
                    #expect(Deadline.Due.endOfDay(day).lastMoment(in: timeZone) == expected, "\(day) in \(zone)")
                }
            }
        }
    }

    @Test("Times are written with leading zeros and the zone's offset at that moment")
    func formatting() throws {
        let stockholm = try #require(TimeZone(identifier: "Europe/Stockholm"))
        let winter = Fixtures.date("2026-01-05T07:04:09+01:00")
        #expect(Timestamp.iso(winter, in: stockholm) == "2026-01-05T07:04:09+01:00")
        #expect(Timestamp.display(winter, in: stockholm) == "2026-01-05 07:04 (+01:00)")
        #expect(Timestamp.minute(winter, in: stockholm) == "2026-01-05 07:04")
        let summer = Fixtures.date("2026-07-01T00:00:00+02:00")
        #expect(Timestamp.iso(summer, in: stockholm) == "2026-07-01T00:00:00+02:00")
        #expect(Timestamp.iso(summer, in: .utc) == "2026-06-30T22:00:00+00:00")
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        #expect(Timestamp.display(summer, in: kolkata) == "2026-07-01 03:30 (+05:30)")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(Timestamp.offset(summer, newYork) == "-04:00")
        #expect(Timestamp.iso(Fixtures.date("0999-12-31T23:59:59Z"), in: .utc) == "0999-12-31T23:59:59+00:00")
        #expect(Timestamp.iso(Fixtures.date("9999-12-31T23:59:59Z"), in: .utc) == "9999-12-31T23:59:59+00:00")
    }

    @Test("Calendar dates: exactly YYYY-MM-DD, a day that exists, years 1900–2999")
    func calendarDates() {
        #expect(CalendarDate(parsing: "2026-11-29") == CalendarDate(year: 2026, month: 11, day: 29))
        #expect(CalendarDate(parsing: "2028-02-29") == CalendarDate(year: 2028, month: 2, day: 29))
        for text in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "1899-12-31", "3000-01-01", "2026-1-01", "2026-01-01 ",
                     "２０２６-01-01", "2026/01/01", "+026-01-01", "2026-01-0x", "", "2026-01-01T00:00"] {
            #expect(CalendarDate(parsing: text) == nil, "\(text)")
        }
    }

    @Test("Impossible dates and other shapes are refused", arguments: ["2026-02-30T10:00:00+01:00", "2026-11-22T24:00:00+01:00",
                                                                        "2026-11-22T03:15:00+0100", "2026-11-22", "nu"])
    func refuses(_ text: String) {
        #expect(Timestamp.parseExact(Array(text.utf8)) == nil)
    }
}
