import Foundation
import Testing
@testable import RoutineEngine

/// The Markdown log compared with literal expected files, rendered from a fixed journal.
@Suite("Case log (golden files)")
struct CaseLogGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// A night on the on-call unit: answers over two hours, a changed answer, a skipped one, a pause and a resume.
    static func record(language: Language, routine: Routine) throws -> CaseRecord {
        var clock = Fixtures.date("2026-11-22T02:40:00+01:00")
        var entries: [JournalEntry] = []
        func add(_ event: JournalEntry.Event, _ question: String? = nil, _ value: AnswerValue? = nil, reason: String? = nil, by: String = "Anna Ek") {
            entries.append(JournalEntry(seq: entries.count + 1, at: clock, event: event, by: by, question: question, value: value, reason: reason))
            clock = clock.addingTimeInterval(240)
        }
        add(.opened)
        entries[0].caseID = "HL-7K3QXR"
        entries[0].routine = routine.id
        entries[0].fingerprint = routine.fingerprint
        entries[0].language = language
        add(.answered, "arrived", .dateTime(Fixtures.date("2026-11-22T02:15:00+01:00")))
        add(.answered, "age", .choice("18-20"))
        add(.skipped, "note", reason: "Inget att tillägga | än")
        add(.answered, "read", .acknowledged)
        add(.answered, "age", .choice("under-18"))
        add(.paused)
        add(.resumed, by: "Bo Berg")
        add(.answered, "decider", .text("Eva Ordf, ordförande"), by: "Bo Berg")
        add(.answered, "decided", .dateTime(Fixtures.date("2026-11-22T03:05:00+01:00")), by: "Bo Berg")
        add(.answered, "lvu6", .choice("yes"), by: "Bo Berg")
        add(.answered, "risks", .list(["Vuxen hämtar barnet", "# inte en rubrik", "1. inte en lista"]), by: "Bo Berg")
        add(.answered, "scale", .number(2), by: "Bo Berg")
        add(.answered, "contacts", .choices(["police"]), by: "Bo Berg")
        add(.answered, "todo", .choices(["handover"]), by: "Bo Berg")
        return try CaseRecord(entries: entries)
    }

    static func render(_ language: Language) throws -> String {
        let routine = try Fixtures.routine()
        return CaseLogRenderer(routine: routine, record: try record(language: language, routine: routine), timeZone: Fixtures.stockholm).render()
    }

    @Test("The log matches the golden file", arguments: [Language.swedish, .english])
    func matchesGolden(_ language: Language) throws {
        let actual = try Self.render(language)
        let expectedURL = Self.golden.appendingPathComponent("mini-\(language.rawValue).md")
        if ProcessInfo.processInfo.environment["HANDLAGG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "Run with HANDLAGG_UPDATE_GOLDEN=1 and review the diff if the change is intended.")
    }

    @Test("The same journal always renders the same log")
    func deterministic() throws {
        #expect(try Self.render(.swedish) == Self.render(.swedish))
    }

    @Test("Typed text cannot add headings, lists or table cells to the log")
    func escaping() throws {
        let log = try Self.render(.swedish)
        #expect(log.contains("  - \\# inte en rubrik"))
        #expect(log.contains("  - 1\\. inte en lista"))
        #expect(log.contains("Inget att tillägga \\| än"))
        #expect(!log.contains("\n# inte"))
        #expect(MarkdownText.inline("- a\nb *c* <script>") == "\\- a b \\*c\\* \\<script\\>")
    }

    @Test("Plain text passes through unchanged; every line break, alone or in a run, becomes one space")
    func inlineText() {
        #expect(MarkdownText.inline("6 § LVU – åtgärd för Örjan") == "6 § LVU – åtgärd för Örjan")
        #expect(MarkdownText.inline("a\u{2028}b\u{2029}c\u{85}d") == "a b c d")
        #expect(MarkdownText.inline("a\r\n\u{0B}\u{0C}b") == "a b")
        // Neighbours of the line-break bytes are not line breaks; the C1 control U+0084 and the
        // bidirectional embedding U+202A are shown as U+FFFD, so that `show` never passes them on.
        #expect(MarkdownText.inline("\u{84}\u{2027}\u{202A}\u{A8}") == "\u{FFFD}\u{2027}\u{FFFD}\u{A8}")
        #expect(MarkdownText.inline("röd\u{1B}[31m\u{202E}text") == "röd\u{FFFD}\\[31m\u{FFFD}text")
        #expect(MarkdownText.inline("12) tolv") == "12\\) tolv")
        #expect(MarkdownText.inline("+46") == "\\+46")
        #expect(MarkdownText.inline("=") == "\\=")
        #expect(MarkdownText.inline("2026 år") == "2026 år")
        #expect(MarkdownText.inline("") == "")
        for special in ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&"] {
            #expect(MarkdownText.inline("x\(special)y") == "x\\\(special)y")
        }
    }
}
