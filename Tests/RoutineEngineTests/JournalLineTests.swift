import Foundation
import Testing
@testable import RoutineEngine

/// Journal lines: every kind of entry and answer, with text holding quotes, backslashes,
/// slashes, control characters and non-ASCII letters, is written as one line and read back the same.
@Suite("Journal lines")
struct JournalLineTests {
    private static let pieces = ["a", "Anna Berg", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}",
                                 "\u{7F}", "å", "ö", "–", "€", "😀", "\u{2028}", " ", "{", "}", ":", ","]

    private static func text(_ random: inout RobustnessTests.Seeded) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    private static func value(_ random: inout RobustnessTests.Seeded) -> AnswerValue? {
        switch Int.random(in: 0...7, using: &random) {
        case 0: .text(text(&random))
        case 1: .choice(text(&random))
        case 2: .choices((0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) })
        case 3: .list((0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) })
        case 4: .number(Int.random(in: -1000...1000, using: &random))
        case 5: .dateTime(Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &random))))
        case 6: .acknowledged
        default: nil
        }
    }

    private static func maybe<T>(_ random: inout RobustnessTests.Seeded, _ make: (inout RobustnessTests.Seeded) -> T) -> T? {
        Bool.random(using: &random) ? make(&random) : nil
    }

    @Test("3,000 random entries: one line each, read back as written")
    func roundTrip() throws {
        var random = RobustnessTests.Seeded(state: 2026)
        let events: [JournalEntry.Event] = [.opened, .answered, .skipped, .paused, .resumed]
        for _ in 0..<3000 {
            var entry = JournalEntry(seq: Int.random(in: 1...100_000, using: &random),
                                     at: Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &random))),
                                     event: events.randomElement(using: &random)!, by: Self.text(&random),
                                     question: Self.maybe(&random, Self.text), value: Self.value(&random),
                                     reason: Self.maybe(&random, Self.text))
            entry.caseID = Self.maybe(&random, Self.text)
            entry.routine = Self.maybe(&random, Self.text)
            entry.fingerprint = Self.maybe(&random, Self.text)
            entry.language = Self.maybe(&random) { Language.allCases.randomElement(using: &$0)! }
            entry.practice = Self.maybe(&random) { Bool.random(using: &$0) }
            entry.scenario = Self.maybe(&random, Self.text)
            entry.anonymized = Self.maybe(&random) { Bool.random(using: &$0) }
            entry.confirmed = Self.maybe(&random) { random in (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.text(&random) } }
            entry.confirmation = Self.maybe(&random, Self.text)
            entry.seq = 1
            entry.event = .opened
            let written = try Journal.line(for: entry)
            #expect(written.filter { $0 == 0x0A }.count == 1 && written.last == 0x0A, "one line")
            let read = try Journal.parse(written, path: "j").entries
            #expect(read == [entry], "\(String(decoding: written, as: UTF8.self))")
            if read != [entry] { return }
        }
    }

    @Test("The journal's fields, so that a new one is added on purpose (it is read by every later version)")
    func everyFieldIsWritten() {
        let entry = JournalEntry(seq: 1, at: Date(), event: .opened, by: "A")
        let fields = Mirror(reflecting: entry).children.compactMap(\.label).sorted()
        #expect(fields == ["anonymized", "at", "by", "caseID", "confirmation", "confirmed", "doneAt", "event", "facts", "final", "fingerprint", "item", "language",
                           "practice", "question", "reason", "routine", "scenario", "seq", "text", "value"])
    }
}
