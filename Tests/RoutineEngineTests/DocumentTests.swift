import Foundation
import Testing
@testable import RoutineEngine

/// Documents drafted from a case: templates checked as strictly as steps, filled completely or
/// not at all, escaped for each format, marked as drafts and as practice, the same facts in
/// both languages.
@Suite("Documents drafted from the answers")
struct DocumentTests {
    let library: RoutineLibrary
    let routine: Routine

    init() throws {
        library = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines"))
        routine = try library.routine("akut-barn")
    }

    /// A template for the bundled child routine with `body` as its Swedish and English text.
    static func template(_ body: String, when: String = "") -> String {
        let text = body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return """
        template t
        routine: akut-barn
        name.sv: T
        name.en: T
        \(when.isEmpty ? "" : "when: \(when)\n")basis: 6 § LVU
        source: LVU 6 §
        legal-review: 2026-12-02

        text.sv:
        \(text)
        text.en:
        \(text)
        """
    }

    func lint(_ text: String) throws -> [String] {
        let steps = try RoutineLoader.routineFiles(in: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines")).filter { $0.name.hasSuffix(".steps") }
        return RoutineLoader.checkAll(steps + [(name: "t.template", bytes: Array(text.utf8))]).diagnostics.map(\.description)
    }

    @Test("lint reports every unknown reference, bad condition and unclosed block as file:line", arguments: [
        ("Beslut av {decided-by nosuch}.", "t.template:10: '{decided-by nosuch}' names unknown question 'nosuch' of routine 'akut-barn'."),
        ("Senast {due nosuch}.", "t.template:10: '{due nosuch}' names no deadline of routine 'akut-barn'."),
        ("{decided-at decider}", "t.template:10: '{decided-at decider}': question 'decider' is not a decision."),
        ("[each decider]\n- {item}\n[end]", "t.template:10: '[each decider]': question 'decider' is 'text', not a list or multiple choice."),
        ("- {item}", "t.template:10: '{item}' belongs inside '[each …]'."),
        ("[if lvu6 = maybe]\nx\n[end]", "t.template:10: The condition: question 'lvu6' has no choice 'maybe'."),
        ("[if nosuch = yes]\nx\n[end]", "t.template:10: The condition names unknown question 'nosuch' of routine 'akut-barn'."),
        ("[if lvu6 = yes]\nx", "t.template:10: This block has no '[end]'."),
        ("{whatever}", "t.template:10: Unknown place '{whatever}'; use e.g. {answer QUESTION}, {decided-at QUESTION}, {due DEADLINE}, {case}, {caseworker}, {now}."),
        ("Text {answer decider", "t.template:10: A '{' is not closed with '}'."),
        ("För den unge[if child = yes] och vårdnadshavarna[end].", "t.template:10: '[if …]', '[each …]' and '[end]' must stand on a line of their own; inside a line they would be printed as text."),
    ])
    func lintErrors(body: String, message: String) throws {
        let text = Self.template(body)
        let found = try lint(text)
        #expect(found.first == message, "\(found)")
    }

    @Test("A template for a routine that is not loaded, or without basis and legal review, is refused")
    func lintHeader() throws {
        let found = try lint("template t\nroutine: nope\nname.sv: T\nname.en: T\n\ntext.sv:\n  x\ntext.en:\n  x\n")
        #expect(found.contains("t.template:1: Template 't' is for routine 'nope', which is not loaded."))
        #expect(found.contains("t.template:1: Template 't' has no 'basis:' naming the law it rests on."))
        #expect(found.contains("t.template:1: Template 't' has no 'legal-review:' date."))
    }

    /// A full 6 § case of a 15-year-old, with `typed` answers given (the decider's name, say).
    func record(_ typed: [String: AnswerValue] = [:], practice: Bool = false) throws -> CaseRecord {
        var record = try BundledRoutineTests.completeRecord(routine, language: .swedish, deciding: typed)
        if practice {
            var entries = record.entries
            entries[0].practice = true
            record = try CaseRecord(entries: entries)
        }
        return record
    }

    func draft(_ id: String, _ record: CaseRecord, language: Language = .swedish) throws -> DocumentDraft {
        let template = try #require(library.templates(for: "akut-barn").first { $0.id == id })
        return DocumentFiller(routine: routine, record: record, timeZone: Fixtures.stockholm)
            .fill(template, language: language, writer: "Anna Ek", now: Fixtures.date("2026-11-22T05:00:00+01:00"))
    }

    @Test("The five child-routine documents apply to a 6 § case and fill completely in both languages, with no blank")
    func bundledComplete() throws {
        let record = try record()
        let ids = library.templates(for: "akut-barn").map(\.id)
        #expect(ids == ["lvu6-decision", "court-submission", "police-report", "home-country-request", "handover-letter"])
        #expect(library.templates(for: "akut-vuxen").map(\.id) == ["police-report", "handover-letter"])
        for id in ids {
            for language in Language.allCases {
                let draft = try draft(id, record, language: language)
                #expect(draft.isComplete, "\(id) \(language): \(draft.missing)")
                for format in DocumentFormat.allCases {
                    let text = DocumentRenderer.render(draft, as: format)
                    #expect(!text.contains("…") && (format == .html || !text.contains("{")), "\(id) \(format) has a blank")
                }
            }
        }
        let decision = DocumentRenderer.render(try draft("lvu6-decision", record), as: .markdown)
        #expect(decision.contains("6 § lagen (1990:52)") && decision.contains("senast 2026-11-29") && decision.contains("(7 § LVU)"))
    }

    @Test("The police report gives only what bears on the suspected crime against the young person (OSL 10 kap. 21 §), never the young person's own conduct")
    func policeReportDisclosesOnlyTheCrime() throws {
        let record = try record(["arrival-reason": .choices(["theft", "drugs", "begging", "debt"])])
        let report = DocumentRenderer.render(try draft("police-report", record), as: .text)
        #expect(report.contains("Tecken på att personen utnyttjas för tiggeri.") && report.contains("talar om en skuld"), "\(report)")
        #expect(!report.contains("stöld") && !report.contains("Narkotika") && !report.contains("narkotika"), "\(report)")
        #expect(report.contains("BrB 4 kap."), "the crime is named for a child")
        #expect(report.contains("Uppgifterna lämnas med stöd av OSL 10 kap. 21 §"))
        let decision = DocumentRenderer.render(try draft("lvu6-decision", record), as: .text)
        #expect(decision.contains("otillbörligt utnyttjande") && decision.contains("gäller omedelbart (40 § LVU)") && decision.contains("(41 § första stycket 1 LVU)"))
    }

    @Test("A document whose answers are missing says which, and is not written")
    func incomplete() throws {
        var entries = try record().entries
        entries.removeAll { $0.question == "decider" || $0.question == "lvu-reasoning" }
        let record = try CaseRecord(entries: entries)
        let draft = try draft("lvu6-decision", record)
        #expect(!draft.isComplete)
        #expect(draft.missing.contains { $0.hasSuffix("(decider)") } && draft.missing.contains { $0.hasSuffix("(lvu-reasoning)") }, "\(draft.missing)")
        #expect(DocumentRenderer.render(draft, as: .markdown).contains("> **OFULLSTÄNDIGT – svar saknas:"))
    }

    @Test("Typed text is escaped for each format: no HTML or Markdown injection, no control characters or bidirectional overrides")
    func escaping() throws {
        let hostile = "<script>alert(1)</script> # Rubrik *fet* [länk](x) \u{202E}dlrow\u{1B}[31m röd"
        let draft = try draft("lvu6-decision", try record(["decider": .text(hostile)]))
        let html = DocumentRenderer.render(draft, as: .html)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let markdown = DocumentRenderer.render(draft, as: .markdown)
        #expect(markdown.contains("\\<script\\>") && markdown.contains("\\*fet\\*") && markdown.contains("\\[länk\\]"))
        for text in [html, markdown, DocumentRenderer.render(draft, as: .text)] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "a control character reached the output")
        }
    }

    @Test("The text format has no Markdown or HTML syntax")
    func plainText() throws {
        let text = DocumentRenderer.render(try draft("handover-letter", try record()), as: .text)
        for line in text.split(separator: "\n") {
            #expect(!line.hasPrefix("#") && !line.hasPrefix("- ") && !line.hasPrefix("> ") && !line.contains("**") && !line.contains("<p>"), "\(line)")
        }
        #expect(text.contains("ÖVERLÄMNING FRÅN SOCIALJOUREN") && text.contains("• "))
    }

    @Test("Swedish and English versions carry the same facts")
    func sameFacts() throws {
        let record = try record()
        for id in library.templates(for: "akut-barn").map(\.id) {
            // The case's facts: dates and times, the case id, typed answers (the template's own
            // legal references are its text, and English may order them differently).
            func facts(_ text: String) -> [String] {
                text.matches(of: #/\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?( \([+-]\d{2}:\d{2}\))?|HL-[0-9A-Z]{6}|svar [a-z0-9-]+/#).map { String($0.output.0) }.sorted()
            }
            let sv = DocumentRenderer.render(try draft(id, record, language: .swedish), as: .text)
            let en = DocumentRenderer.render(try draft(id, record, language: .english), as: .text)
            #expect(facts(sv) == facts(en), "\(id)")
            #expect(facts(sv).contains("HL-7K3QXR"))
        }
    }

    @Test("Drafts say so; practice documents are marked ÖVNING / PRACTICE, in HTML on every printed page")
    func marks() throws {
        let practice = try draft("court-submission", try record(practice: true))
        for format in DocumentFormat.allCases {
            #expect(DocumentRenderer.render(practice, as: format).contains("ÖVNING"))
            #expect(DocumentRenderer.render(practice, as: format).contains("UTKAST"))
        }
        let html = DocumentRenderer.render(practice, as: .html)
        #expect(html.contains("<div class=\"page-mark\">ÖVNING – inte ett verkligt ärende · UTKAST"))
        #expect(html.contains(".page-mark { display: block; position: fixed;"), "a fixed element repeats on every printed page")
    }

    @Test("The Markdown renders with a GFM renderer (cmark-gfm, when installed)", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm")))
    func gfm() throws {
        let markdown = DocumentRenderer.render(try draft("lvu6-decision", try record(["decider": .text("<b>Eva</b> | Ordf")])), as: .markdown)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(html.contains("<h1>Beslut om omedelbart omhändertagande</h1>") && html.contains("<li>"))
        #expect(!html.contains("<b>Eva</b>") && html.contains("&lt;b&gt;Eva&lt;/b&gt;"))
    }
}

/// The document commands through the binary.
@Suite("documents and document, end to end")
struct DocumentCommandTests {
    @Test("documents lists what applies and what is missing; document writes a private file, records it, and refuses an incomplete one")
    func commands() throws {
        let runner = try BinaryRunner()
        let input = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/full-case-input.txt"), encoding: .utf8)
        // Stop before the police step is reached: the decisions are not made yet.
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        _ = try runner.run(["new", "--caseworker", "Anna Ek", "--now", "2026-11-22T04:05:00+01:00"], input: lines.prefix(12).joined(separator: "\n") + "\n")
        let id = try runner.onlyCase().id
        let early = try runner.run(["documents", id, "--now", "2026-11-22T04:10:00+01:00"])
        #expect(early.status == 0)
        #expect(early.stdout.contains("handover-letter – Överlämning till ansvarigt distrikt: saknar svar:") && early.stdout.contains("(summary)"), "\(early.stdout)")
        #expect(!early.stdout.contains("lvu6-decision"), "no 6 § decision yet, so no decision document")
        let refused = try runner.run(["document", id, "handover-letter", "--caseworker", "Anna Ek"])
        #expect(refused.status == 1 && refused.stderr.contains("Dokumentet kan inte fyllas i; svar saknas:"))

        _ = try runner.run(["resume", id, "--caseworker", "Anna Ek", "--now", "2026-11-22T04:30:00+01:00"], input: lines.dropFirst(12).joined(separator: "\n"))
        let written = try runner.run(["document", id, "lvu6-decision", "--format", "html", "--caseworker", "Bo Berg", "--now", "2026-11-22T05:00:00+01:00"])
        #expect(written.status == 0, "\(written.stderr)")
        let file = runner.cases.appendingPathComponent("cases/\(id)/documents/lvu6-decision.html")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let log = try runner.onlyCase().log
        #expect(log.contains("## Dokument\n\n- 2026-11-22 05:00 – `lvu6-decision` (html, utkast) – Bo Berg"), "\(log)")
        #expect(try runner.run(["document", id, "nosuch", "--caseworker", "B"]).stderr.contains("Rutinen har inget dokument 'nosuch'"))
    }
}
