import Foundation
import Testing
@testable import RoutineEngine

/// The unit updates its routine; a case opened under the old one keeps what was recorded: the
/// journal holds what each answer meant, so no decision, basis, deadline or answer is lost or
/// rewritten, and `lint --cases` names the open cases the change touches.
@Suite("A routine update never rewrites the past")
struct RoutineUpdateTests {
    let runner: BinaryRunner
    let routines: URL

    init() throws {
        runner = try BinaryRunner()
        routines = runner.cases.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Fixtures.miniRoutine.write(to: routines.appendingPathComponent("mini.steps"), atomically: true, encoding: .utf8)
    }

    private func run(_ arguments: [String], input: String = "") throws -> BinaryRunner.Output {
        try runner.run(arguments + ["--routines", routines.path, "--now", "2026-11-22T05:00:00+01:00"], input: input)
    }

    /// The old case: a 6 § decision at 03:05, and a note answered.
    private func oldCase() throws -> String {
        let routine = try Fixtures.routine()
        let typed = ["arrived": "02:40", "age": "1", "note": "Kom med polisen", "decider": "Eva Ordf", "decided": "03:05", "lvu6": "1",
                     "scale": "5", "todo": "2"]
        let lines = BinaryRunner.script(for: routine, typed: typed, now: Fixtures.date("2026-11-22T05:00:00+01:00"))
        let result = try run(["new", "--routine", "mini", "--caseworker", "Anna Ek"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        return try runner.onlyCase().id
    }

    /// The update: the 6 § option renamed and given another basis, the deadline doubled, the note question removed.
    static let updated = Fixtures.miniRoutine
        .replacingOccurrences(of: "    choice yes\n      text.sv: Ja, beslut enligt 6 § LVU\n      text.en: Yes, decision under 6 § LVU\n      basis: 6 § LVU\n",
                              with: "    choice ja\n      text.sv: Ja, omedelbart omhändertagande\n      text.en: Yes, immediate custody\n      basis: 6 § 1 st. LVU\n")
        .replacingOccurrences(of: "    when: lvu6 = yes\n", with: "    when: lvu6 = ja\n")
        .replacingOccurrences(of: "    after: 1 week\n", with: "    after: 2 weeks\n")
        .replacingOccurrences(of: "  question note\n    kind: text\n    required: no\n    text.sv: Anteckning\n    text.en: Note\n\n", with: "")

    @Test("After the update the old case keeps its decision, basis, deadline and every answer, shown as recorded")
    func oldCaseKeepsItsPast() throws {
        let id = try oldCase()
        let before = try runner.onlyCase().log
        #expect(before.contains("| 2026-11-29 | 7 § LVU |"), "the 7 § deadline as set at the decision")
        #expect(Self.updated.contains("choice ja") && !Self.updated.contains("question note") && Self.updated.contains("after: 2 weeks"))
        #expect(Fixtures.parse(Self.updated).diagnostics.filter { $0.severity == .error }.isEmpty, "the update itself lints clean")
        try Self.updated.write(to: routines.appendingPathComponent("mini.steps"), atomically: true, encoding: .utf8)

        let show = try run(["show", id])
        #expect(show.status == 0, "\(show.stderr)")
        let log = show.stdout
        #expect(log.contains("Beslut om omedelbart omhändertagande?: Ja, beslut enligt 6 § LVU (svaret som det gavs; alternativet finns inte längre i rutinen)"), "\(log)")
        #expect(log.contains("| Eva Ordf | 6 § LVU |"), "the basis as recorded, not the new one")
        #expect(log.contains("| Underställ förvaltningsrätten | 2026-11-29 | 7 § LVU |"), "the deadline as recorded, not moved to 12-06")
        #expect(!log.contains("2026-12-06"))
        #expect(log.contains("## Svar på frågor som inte längre finns i rutinen"))
        #expect(log.contains("- **Anteckning**: Kom med polisen"), "the removed question's answer is kept")
        #expect(log.contains("Besvarat «Anteckning»: Kom med polisen"), "and named in the event list")

        let lint = try runner.run(["lint", routines.path, "--cases", runner.cases.path])
        #expect(lint.stdout.contains(id), "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.contains("lvu6") && lint.stdout.contains("note"), "\(lint.stdout)")
    }
}
