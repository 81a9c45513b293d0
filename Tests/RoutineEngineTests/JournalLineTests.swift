import Foundation
import Testing
@testable import RoutineEngine

/// The journal line writer against `JSONEncoder` with the options the journal was always
/// written with: the same bytes for every kind of entry and answer, and for text with quotes,
/// backslashes, slashes, control characters and non-ASCII letters.
@Suite("Journal lines")
struct JournalLineTests {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.iso(date, in: .utc))
        }
        return encoder
    }()

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

    @Test("Byte for byte what JSONEncoder writes, for 3,000 random entries")
    func sameAsJSONEncoder() throws {
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
            let expected = Array(try Self.encoder.encode(entry)) + [0x0A]
            let written = JournalLine.bytes(for: entry)
            #expect(written == expected, "\(String(decoding: written, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
            if written != expected { return }
        }
    }

    @Test("Every field of a journal entry is one the writer writes (a new field must be added to JournalLine)")
    func everyFieldIsWritten() {
        let entry = JournalEntry(seq: 1, at: Date(), event: .opened, by: "A")
        let fields = Mirror(reflecting: entry).children.compactMap(\.label).sorted()
        #expect(fields == ["anonymized", "at", "by", "caseID", "confirmation", "confirmed", "event", "fingerprint", "language", "practice",
                           "question", "reason", "routine", "scenario", "seq", "value"])
    }
}
