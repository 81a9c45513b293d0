import Foundation
import Testing
@testable import RoutineEngine

/// Control characters and bidirectional overrides never reach the journal raw, nor a terminal.
@Suite("Terminal-safe and paste-safe text")
struct TerminalSafetyTests {
    @Test("Typed text with ESC sequences or U+202E is refused with a message and asked again; the echo shows U+FFFD", arguments: ["\u{1B}[31mröd", "text\u{202E}txet", "bell\u{07}"])
    func typedControls(_ typed: String) throws {
        let runner = try BinaryRunner()
        let result = try runner.run(["new", "--caseworker", "A", "--now", "2026-11-22T03:00:00+01:00"], input: "nu\n\(typed)\nvanlig text\n")
        #expect(result.stdout.contains("Texten innehåller ett styrtecken (U+"), "\(result.stdout)")
        let journal = try FileManager.default.contentsOfDirectory(atPath: runner.cases.appendingPathComponent("cases").path)
            .first { $0.hasPrefix("HL-") }.map { try String(contentsOf: runner.cases.appendingPathComponent("cases/\($0)/journal.jsonl"), encoding: .utf8) }
        let text = try #require(journal)
        #expect(text.contains("vanlig text") && !text.contains(typed) && !text.contains("\\u001b") && !text.contains("\u{202E}"))
    }

    @Test("TypedText names the first control or bidirectional character, and invalid UTF-8")
    func problems() {
        #expect(TypedText.problem("Anna Ek, ordförande\tnämnd") == nil)
        #expect(TypedText.problem("a\u{1B}b") == .controlCharacter("U+001B"))
        #expect(TypedText.problem("a\u{9B}b") == .controlCharacter("U+009B"))
        #expect(TypedText.problem("a\u{2066}b") == .controlCharacter("U+2066"))
        #expect(TypedText.problem(String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self)) == .invalidUTF8)
    }

    @Test("A note with a control character is refused and nothing is written")
    func followUpControls() throws {
        let runner = try BinaryRunner()
        let input = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/full-case-input.txt"), encoding: .utf8)
        _ = try runner.run(["new", "--caseworker", "A", "--now", "2026-11-22T04:05:00+01:00"], input: input)
        let id = try runner.onlyCase().id
        let note = try runner.run(["note", id, "titel\u{1B}]0;x\u{07}", "--caseworker", "A"])
        #expect(note.status == 1 && note.stderr.contains("styrtecken"))
        #expect(!(try runner.onlyCase().log.contains("titel")))
    }
}
