import Foundation
import Testing
@testable import RoutineEngine

/// The bundled urgent-case routine as the unit's handling manual: complete, bilingual, and
/// with every branch a real case takes ending in the closing step.
@Suite("The bundled urgent-case routine")
struct BundledRoutineTests {
    let routine: Routine
    let paths: [PathExplorer.Path]

    init() throws {
        routine = try BinaryRunner.bundledRoutine()
        paths = try #require(PathExplorer(routine: routine).paths())
    }

    /// The steps shown for answers that decide the branch.
    private func steps(_ answers: [String: String]) -> [String] {
        Walk(routine: routine, values: answers.mapValues { .choice($0) }).stepIDs
    }

    private func questions(_ answers: [String: String]) -> [String] {
        Walk(routine: routine, values: answers.mapValues { .choice($0) }).questions.map(\.id)
    }

    @Test("It loads without errors or warnings, and the built-in copy is the same file")
    func loadsCleanly() throws {
        let file = BinaryRunner.packageRoot.appendingPathComponent("Resources/routines/akut-barn.steps")
        let result = RoutineLoader.check([(name: "akut-barn.steps", bytes: Array(try Data(contentsOf: file)))])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try RoutineLoader.bundled().routine("akut-barn").fingerprint == routine.fingerprint)
    }

    @Test("Every step, question, choice, guidance and deadline has Swedish and English text")
    func bilingual() {
        var missing: [String] = []
        func check(_ text: LocalizedText, _ what: String, optional: Bool = false) {
            if optional && text.isEmpty { return }
            for language in Language.allCases where !text.has(language) { missing.append("\(what) (\(language.rawValue))") }
        }
        check(routine.name, "routine name")
        for step in routine.steps {
            check(step.title, "title of \(step.id)")
            check(step.section, "section of \(step.id)")
            check(step.guidance, "guidance of \(step.id)")
            for question in step.questions where question.kind != .acknowledgement {
                check(question.text, "question \(question.id)")
                check(question.help, "help of \(question.id)", optional: true)
                check(question.lowLabel, "low end of \(question.id)", optional: true)
                check(question.highLabel, "high end of \(question.id)", optional: true)
                for choice in question.choices { check(choice.label, "choice \(question.id).\(choice.id)") }
            }
            for deadline in step.deadlines { check(deadline.text, "deadline \(deadline.id)") }
        }
        #expect(missing.isEmpty, "missing text: \(missing)")
    }

    @Test("Every step names a source and has guidance")
    func sourcesAndGuidance() {
        for step in routine.steps {
            #expect(!step.sources.isEmpty, "\(step.id) has no source")
            #expect(!step.guidance.isEmpty, "\(step.id) has no guidance")
        }
    }

    @Test("Every step is reachable on some path, and every path ends in the closing step")
    func reachableAndClosed() {
        let reached = Set(paths.flatMap(\.stepIDs))
        #expect(reached == Set(routine.steps.map(\.id)))
        for path in paths {
            #expect(path.stepIDs.last == "handover", "path \(path.stepIDs) does not end in the handover")
            #expect(path.stepIDs.contains("police"), "every path includes the police report")
            #expect(path.stepIDs.contains("signs-of-safety"))
        }
        #expect(paths.count >= 8)
    }

    @Test("Under 18: the 6 § assessment asks for grounds under 2 § and 3 §")
    func underEighteen() {
        let shown = steps(["assessed-age": "under-18", "lvu6": "yes", "absconded": "no", "citizenship": "non-eu"])
        #expect(shown.contains("lvu") && shown.contains("placement") && shown.contains("home-country") && shown.contains("return"))
        #expect(!shown.contains("refer-adult") && !shown.contains("voluntary"))
        let asked = questions(["assessed-age": "under-18", "lvu6": "yes"])
        #expect(asked.contains("lvu-ground") && !asked.contains("lvu-ground-young-adult"))
        #expect(asked.contains("interview-social-worker"))
        #expect(asked.contains("contact-restriction") && asked.contains("lvu-actions"))
    }

    @Test("18–20: only 3 § can ground care; 6 § still applies under 20")
    func eighteenToTwenty() {
        let asked = questions(["assessed-age": "18-20"])
        #expect(asked.contains("lvu-ground-young-adult") && !asked.contains("lvu-ground"))
        #expect(asked.contains("lvu6"))
        #expect(!asked.contains("interview-social-worker"))
    }

    @Test("Over 20: no LVU, the person is referred on and the referral recorded")
    func overTwenty() {
        let shown = steps(["assessed-age": "over-20"])
        #expect(shown.contains("refer-adult"))
        #expect(!shown.contains("lvu") && !shown.contains("placement") && !shown.contains("voluntary"))
        #expect(shown.contains("police") && shown.last == "handover")
        #expect(questions(["assessed-age": "over-20"]).contains("referred-to"))
    }

    @Test("No 6 § decision: a protection plan is still required")
    func noDecision() {
        let shown = steps(["assessed-age": "under-18", "lvu6": "no"])
        #expect(shown.contains("voluntary") && shown.contains("placement"))
        #expect(routine.question("protection-plan")?.isRequired == true)
        #expect(!questions(["assessed-age": "under-18", "lvu6": "no"]).contains("lvu-actions"))
    }

    @Test("The child absconds: time and the steps taken are recorded; return planning is left out")
    func absconds() {
        let asked = questions(["assessed-age": "under-18", "lvu6": "yes", "absconded": "yes"])
        #expect(asked.contains("absconded-at") && asked.contains("absconding-actions"))
        let items = routine.question("absconding-actions")?.choices.map(\.id) ?? []
        #expect(items.contains("police-told") && items.contains("missing-listed"))
        #expect(!steps(["assessed-age": "under-18", "absconded": "yes"]).contains("return"))
    }

    @Test("EU citizens and others are offered different channels to the home country")
    func euOrNot() {
        let eu = questions(["assessed-age": "under-18", "citizenship": "eu"])
        #expect(eu.contains("channels-eu") && !eu.contains("channels-non-eu"))
        #expect(!steps(["assessed-age": "under-18", "citizenship": "eu"]).contains("reflection"))
        let other = questions(["assessed-age": "under-18", "citizenship": "non-eu"])
        #expect(other.contains("channels-non-eu") && !other.contains("channels-eu"))
        #expect(steps(["assessed-age": "under-18", "citizenship": "non-eu"]).contains("reflection"))
    }

    @Test("Unaccompanied children bring in the Migration Agency")
    func unaccompanied() {
        #expect(questions(["unaccompanied": "yes"]).contains("migration-agency"))
        #expect(!questions(["unaccompanied": "no"]).contains("migration-agency"))
    }

    @Test("A 6 § decision brings the 7 § and 8 § deadlines, each with its legal basis")
    func lvuDeadlines() throws {
        let rules = try #require(routine.step("lvu")?.deadlines)
        #expect(rules.map { $0.basis.text(in: .swedish) } == ["7 § LVU", "8 § LVU"])
        #expect(rules.map(\.offset) == [.days(7), .days(28)])
        #expect(rules.allSatisfy { $0.from == "decision-time" && $0.condition == .equals(question: "lvu6", value: "yes") })
    }

    @Test("The manual opens with a workflow diagram whose arrows are real transitions")
    func manual() throws {
        let markdown = Manual(routine: routine, language: .swedish).markdown()
        #expect(markdown.contains("```mermaid\nflowchart TD"))
        #expect(markdown.contains("    S3 -->|\"Er bedömning av barnets ålder: 20 år eller äldre\"| S4"))
        #expect(!markdown.contains("S6 -->|") || !markdown.contains("| S8\n    S6"), "6 cannot lead straight to 8")
        let transitions = try #require(PathExplorer(routine: routine).transitions())
        let arrows = markdown.components(separatedBy: "\n").filter { $0.contains("-->") }
        #expect(arrows.count == transitions.count)
        for step in routine.steps {
            #expect(markdown.contains("(`\(step.id)`)"), "the manual lacks \(step.id)")
        }
        let english = Manual(routine: routine, language: .english).markdown()
        #expect(english.contains("## The workflow"))
        #expect(english.contains("(or it ceases) – 1 week from «When was the decision taken?» (7 § LVU)."))
        #expect(english.contains("– 4 weeks from «When was the decision taken?» (8 § LVU)."))
        #expect(markdown.contains("(annars upphör det) – 1 vecka från «När fattades beslutet?» (7 § LVU)."))
    }
}

extension BundledRoutineTests {
    /// A complete record of the bundled routine, answered with the first choice and plain values.
    static func completeRecord(_ routine: Routine, language: Language, deciding: [String: AnswerValue] = [:]) throws -> CaseRecord {
        var clock = Fixtures.date("2026-11-22T02:00:00+01:00")
        var opened = JournalEntry(seq: 1, at: clock, event: .opened, by: "Anna Ek")
        opened.caseID = "HL-7K3QXR"
        opened.routine = routine.id
        opened.fingerprint = routine.fingerprint
        opened.language = language
        var record = try CaseRecord(entries: [opened])
        let chosen: [String: AnswerValue] = ["assessed-age": .choice("under-18"), "lvu6": .choice("yes"),
                                             "citizenship": .choice("non-eu"), "absconded": .choice("no"),
                                             "decision-time": .dateTime(Fixtures.date("2026-11-22T02:30:00+01:00"))]
            .merging(deciding) { $1 }
        while let question = Walk(routine: routine, record: record).questions.first(where: { record.answers[$0.id] == nil }) {
            clock = clock.addingTimeInterval(60)
            let value: AnswerValue = chosen[question.id] ?? {
                switch question.kind {
                case .yesNo: .choice("yes")
                case .choice, .decision: .choice(question.choices[0].id)
                case .multi, .actions: .choices([question.choices[0].id])
                case .text: .text("svar \(question.id)")
                case .dateTime: .dateTime(clock)
                case .list: .list(["punkt 1", "punkt 2"])
                case .scale: .number(4)
                case .acknowledgement: .acknowledged
                }
            }()
            record.apply(JournalEntry(seq: record.nextSeq, at: clock, event: .answered, by: "Anna Ek", question: question.id, value: value))
        }
        return record
    }

    @Test("The Swedish and English logs of the same answers carry the same facts")
    func sameFactsInBothLanguages() throws {
        let logs = try [Language.swedish, .english].map { language in
            CaseLogRenderer(routine: routine, record: try Self.completeRecord(routine, language: language), timeZone: Fixtures.stockholm).render()
        }
        let (swedish, english) = (logs[0], logs[1])
        func lines(_ log: String) -> [String] { log.components(separatedBy: "\n") }
        #expect(lines(swedish).count == lines(english).count, "the same structure line for line")
        func facts(_ log: String) -> [String] {
            // Dates, times, offsets, case ids, legal references and the typed values are language-neutral.
            let pattern = #/\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?( \([+-]\d{2}:\d{2}\))?|HL-[0-9A-Z]{6}|\d+ § LVU|svar [a-z0-9-]+|punkt \d|\[[ x]\]/#
            return log.matches(of: pattern).map { String($0.output.0) }
        }
        #expect(facts(swedish) == facts(english))
        #expect(facts(swedish).contains("7 § LVU"))
        // The checklist's first item (submitted to the court) is done, so 7 § is met and 8 § open.
        #expect(swedish.contains("| 2026-11-29 | 7 § LVU | Klar |") && english.contains("| 2026-11-29 | 7 § LVU | Done |"))
        #expect(swedish.contains("| 2026-12-20 | 8 § LVU | Öppen |") && english.contains("| 2026-12-20 | 8 § LVU | Open |"))
        for (sv, en) in zip(lines(swedish), lines(english)) where sv.hasPrefix("#") {
            #expect(en.hasPrefix(String(sv.prefix { $0 == "#" })), "headings at the same level: \(sv) / \(en)")
        }
    }
}
