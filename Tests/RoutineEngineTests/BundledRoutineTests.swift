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

    @Test("Every step is reachable on some path; every path ends in the handover, and every path under 20 has the police, LVU and Signs of Safety steps")
    func reachableAndClosed() {
        let reached = Set(paths.flatMap(\.stepIDs))
        #expect(reached == Set(routine.steps.map(\.id)))
        for path in paths {
            #expect(path.stepIDs.last == "handover", "path \(path.stepIDs) does not end in the handover")
            guard !path.stepIDs.contains("refer-adult") else { continue }
            #expect(path.stepIDs.contains("police") && path.stepIDs.contains("lvu") && path.stepIDs.contains("signs-of-safety"), "\(path.stepIDs)")
        }
    }

    @Test("The decisions come early: the police report and the 6 § decision before register checks and Signs of Safety")
    func decisionsEarly() throws {
        let order = routine.steps.map(\.id)
        let police = try #require(order.firstIndex(of: "police")), lvu = try #require(order.firstIndex(of: "lvu"))
        #expect(police < lvu)
        for later in ["register", "signs-of-safety", "home-country", "municipality", "reflection"] {
            #expect(lvu < (order.firstIndex(of: later) ?? 0), "\(later) comes before the 6 § decision")
        }
        let lvuStep = try #require(routine.step("lvu")).questions.map(\.id)
        #expect(try #require(lvuStep.firstIndex(of: "lvu6")) < (lvuStep.firstIndex(of: "decider") ?? -1), "the decision before who made it")
        let policeStep = try #require(routine.step("police")).questions.map(\.id)
        #expect(try #require(policeStep.firstIndex(of: "report-decision")) < (policeStep.firstIndex(of: "report-by") ?? -1))
    }

    @Test("Under 18: grounds under 2 § and 3 §, habitual residence, and the 6 a § choice; the police basis is OSL 10:21")
    func underEighteen() {
        let asked = questions(["assessed-age": "under-18", "lvu6": "yes"])
        #expect(asked.contains("lvu-ground") && asked.contains("habitual-residence") && !asked.contains("lvu-ground-young-adult"))
        let walk = Walk(routine: routine, values: ["assessed-age": .choice("under-18"), "police-filed": .choice("no")])
        #expect(walk.question("lvu6")?.choices.map(\.id).contains("yes-6a") == true)
        #expect(walk.question("report-decision")?.choices.map(\.id).contains("reported-under-18") == true)
        #expect(routine.question("report-decision")?.choice("reported-under-18")?.basis.text(in: .swedish).contains("21 §") == true)
    }

    @Test("18–19: only 3 § with the 1 § third-paragraph test; no child-only question or choice")
    func eighteenToTwenty() {
        let values: [String: AnswerValue] = ["assessed-age": .choice("18-20"), "police-filed": .choice("no")]
        let walk = Walk(routine: routine, values: values)
        let asked = walk.questions.map(\.id)
        #expect(asked.contains("lvu-ground-young-adult") && asked.contains("young-adult-suitability") && asked.contains("lvu6"))
        for childOnly in ["lvu-ground", "habitual-residence", "swedish-jurisdiction", "unaccompanied", "representation-actions"] {
            #expect(!asked.contains(childOnly), "\(childOnly) is shown to an 18-year-old")
        }
        #expect(walk.question("lvu6")?.choices.map(\.id).contains("yes-6a") == false)
        #expect(walk.question("report-decision")?.choices.map(\.id).contains("reported-under-18") == false)
        #expect(routine.question("report-decision")?.choice("reported-18-plus")?.basis.text(in: .swedish).contains("23 §") == true)
    }

    @Test("20 or older: no LVU; the person is referred on")
    func overTwenty() {
        let shown = steps(["assessed-age": "over-20"])
        #expect(shown.contains("refer-adult"))
        #expect(!shown.contains("lvu") && !shown.contains("placement"))
        #expect(shown.last == "handover")
    }

    @Test("No 6 § decision: a protection plan is still required")
    func noDecision() {
        let shown = steps(["assessed-age": "under-18", "lvu6": "no"])
        #expect(shown.contains("voluntary") && shown.contains("placement"))
        #expect(routine.question("protection-plan")?.isRequired == true)
    }

    @Test("Deadlines as the law counts them: 7 § from the decision, 8 § from when custody was carried out, 9 a § after 6 a §, SoL 20 kap. 2 and 3 §§")
    func deadlines() throws {
        let rules = Dictionary(uniqueKeysWithValues: routine.steps.flatMap(\.deadlines).map { ($0.id, $0) })
        let court = try #require(rules["court-submission"])
        #expect(court.from == "decision-time" && court.offset == .days(7) && court.basis.text(in: .swedish) == "7 § LVU")
        let care = try #require(rules["care-application"])
        #expect(care.from == "carried-out" && care.offset == .days(28) && care.basis.text(in: .swedish).contains("8 §"))
        #expect(care.text.text(in: .swedish).contains("förlängd tid"), "the court's power to extend is stated")
        let continued = try #require(rules["continued-custody-application"])
        #expect(continued.condition == .equals(question: "lvu6", value: "yes-6a"))
        #expect(rules["preliminary-assessment"]?.offset == .days(14))
        #expect(rules["investigation-limit"]?.offset == .months(4))
        #expect(routine.question("lvu-actions")?.choice("board-meeting") != nil, "the report to the board's next meeting is an open action")
    }

    @Test("No user-visible text asks to confirm with a legal adviser or names FACTS.md")
    func nothingUnresolved() throws {
        for name in ["akut-barn", "akut-vuxen", "intake"] {
            let text = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines/\(name).steps"), encoding: .utf8)
            for phrase in ["bekräfta med", "FACTS.md", "jurist", "to be confirmed", "legal adviser"] {
                #expect(!text.localizedCaseInsensitiveContains(phrase), "\(name) says «\(phrase)»")
            }
        }
    }

    @Test("A full 6 § case of a 15-year-old asks at most 40 questions in all, the intake's included")
    func questionCount() throws {
        // A full case: everything is handed over at the end.
        let items = try #require(routine.question("handover-items")).choices.map(\.id)
        let record = try Self.completeRecord(routine, language: .swedish, deciding: ["handover-items": .choices(items)])
        let walk = Walk(routine: routine, record: record)
        // The guidance page the worker confirms having read is not a question.
        let asked = walk.questions.filter { $0.kind != .acknowledgement }.map(\.id)
        // The intake asks nothing for an under-18 that the routine does not count here.
        let intake = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines")).routine("intake")
        let opened = Fixtures.opening(intake, at: Fixtures.date("2026-11-22T02:00:00+01:00"))
        var intakeRecord = try CaseRecord(entries: [opened])
        intakeRecord.apply(JournalEntry(seq: 2, at: opened.at, event: .answered, by: "Anna Ek", question: "assessed-age", value: .choice("under-18")))
        let intakeAsked = Walk(routine: intake, record: intakeRecord).questions.map(\.id)
        #expect(Set(intakeAsked).isSubset(of: asked), "the intake asks \(Set(intakeAsked).subtracting(asked)) besides")
        #expect(asked.count <= 40, "\(asked.count): \(asked)")
    }

    @Test("The manual opens with a workflow diagram whose arrows are real transitions")
    func manual() throws {
        let markdown = Manual(routine: routine, language: .swedish).markdown()
        #expect(markdown.contains("```mermaid\nflowchart TD"))
        let transitions = try #require(PathExplorer(routine: routine).transitions())
        let arrows = markdown.components(separatedBy: "\n").filter { $0.contains("-->") }
        #expect(arrows.count == transitions.count)
        for step in routine.steps {
            #expect(markdown.contains("(`\(step.id)`)"), "the manual lacks \(step.id)")
        }
        #expect(markdown.contains("**Tillåts inte:**") && markdown.contains("**Observera:**"))
        let english = Manual(routine: routine, language: .english).markdown()
        #expect(english.contains("## The workflow") && english.contains("**Not allowed:**"))
    }
}

extension BundledRoutineTests {
    /// A complete record of the bundled routine, answered with the first choice and plain values.
    static func completeRecord(_ routine: Routine, language: Language, deciding: [String: AnswerValue] = [:]) throws -> CaseRecord {
        var clock = Fixtures.date("2026-11-22T02:00:00+01:00")
        var record = try CaseRecord(entries: [Fixtures.opening(routine, at: clock, language: language)])
        let chosen: [String: AnswerValue] = ["assessed-age": .choice("under-18"), "lvu6": .choice("yes"),
                                             "habitual-residence": .choice("sweden"), "lvu-ground": .choice("home"),
                                             "placement-kind": .choice("emergency-foster"), "decider-role": .choice("chair"),
                                             "police-filed": .choice("no"), "report-decision": .choice("reported-under-18"),
                                             "absconded": .choice("no"),
                                             "decision-time": .dateTime(Fixtures.date("2026-11-22T02:30:00+01:00"))]
            .merging(deciding) { $1 }
        while let question = Optional(Walk(routine: routine, record: record)).flatMap({ walk in walk.questions.first { walk.answers[$0.id] == nil } }) {
            clock = clock.addingTimeInterval(60)
            let given = chosen[question.id].flatMap { question.offers($0) ? $0 : nil }
            let value: AnswerValue = given ?? {
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

    /// The language-neutral facts of a log, in order: dates, times, offsets, case ids, LVU
    /// references, the typed values and the checklist marks.
    static func facts(_ log: String) -> [String] {
        let pattern = #/\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?( \([+-]\d{2}:\d{2}\))?|HL-[0-9A-Z]{6}|\d+ § LVU|svar [a-z0-9-]+|punkt \d|\[[ x]\]/#
        return log.matches(of: pattern).map { String($0.output.0) }
    }

    @Test("The Swedish and English logs of the same answers carry the same facts")
    func sameFactsInBothLanguages() throws {
        let logs = try [Language.swedish, .english].map { language in
            CaseLogRenderer(routine: routine, record: try Self.completeRecord(routine, language: language), timeZone: Fixtures.stockholm).render()
        }
        let (swedish, english) = (logs[0], logs[1])
        func lines(_ log: String) -> [String] { log.components(separatedBy: "\n") }
        #expect(lines(swedish).count == lines(english).count, "the same structure line for line")
        #expect(Self.facts(swedish) == Self.facts(english))
        #expect(Self.facts(swedish).contains("7 § LVU"))
        // The checklist's first item (submitted to the court) is done, so 7 § is met and 8 § open.
        #expect(swedish.contains("| 2026-11-29 | 7 § LVU | Klar |") && english.contains("| 2026-11-29 | 7 § LVU | Done |"))
        #expect(swedish.contains("| 2026-12-20 | 8 § LVU | Öppen |") && english.contains("| 2026-12-20 | 8 § LVU | Open |"))
        for (sv, en) in zip(lines(swedish), lines(english)) where sv.hasPrefix("#") {
            #expect(en.hasPrefix(String(sv.prefix { $0 == "#" })), "headings at the same level: \(sv) / \(en)")
        }
    }
}
