import Foundation
import Testing
@testable import RoutineEngine

/// Rules, alerts, derived answers and conditional choices, as a routine author declares them.
@Suite("Rules, alerts and derived answers")
struct RuleTests {
    static let routineText = """
    routine: regler
    name.sv: Regler
    name.en: Rules
    legal-review: 2026-12-02

    step s1
      title.sv: Steg
      title.en: Step
      source: LVU 6 §

      question age
        kind: choice
        text.sv: Ålder
        text.en: Age
        choice child
          text.sv: Barn
          text.en: Child
        choice young
          text.sv: 18–20
          text.en: 18–20

      question documents
        kind: choice
        text.sv: Handlingar
        text.en: Documents
        choice none
          text.sv: Inga
          text.en: None
        choice from-adults
          text.sv: Visade av vuxna
          text.en: Shown by adults

      question adults-claiming
        kind: yesno
        derive: yes if documents = from-adults
        text.sv: Finns vuxna som säger sig vara föräldrar?
        text.en: Are there adults claiming to be parents?

      question likely
        kind: yesno
        text.sv: Villkor 1
        text.en: Condition 1

      question lvu6
        kind: decision
        decided-by: decider
        text.sv: Beslut
        text.en: Decision
        choice yes
          text.sv: Ja, 6 §
          text.en: Yes, 6 §
          basis: 6 § LVU
        choice yes-6a
          when: age = child
          text.sv: Ja, 6 a §
          text.en: Yes, 6 a §
          basis.sv: 6 a § LVU (svensk domstol inte behörig)
          basis.en: 6 a § LVU (Swedish courts lack jurisdiction)
        choice no
          text.sv: Nej
          text.en: No
          basis: 6 § LVU

      question decider
        kind: text
        text.sv: Vem beslutade?
        text.en: Who decided?

      question consent
        kind: yesno
        text.sv: Samtycker vårdnadshavarna?
        text.en: Do the guardians consent?

      question note
        kind: text
        required: no
        text.sv: Anteckning
        text.en: Note

      rule lvu6-conditions
        when: lvu6 = yes and likely = no
        severity: refuse
        basis: 6 § LVU
        message.sv: Villkoret är inte uppfyllt.
        message.en: The condition does not hold.

      rule no-consent
        when: consent = no and lvu6 = no
        severity: warn
        basis.sv: 21 kap. 1 § SoL
        basis.en: SoL Chapter 21 Section 1
        message.sv: Frivillig placering kräver samtycke.
        message.en: A voluntary placement needs consent.

      alert parents
        when: adults-claiming = yes
        text.sv: Vuxna säger sig vara föräldrar.
        text.en: Adults claim to be the parents.
        source: 004 §5.5

      deadline review
        text.sv: Utredning klar
        text.en: Investigation done
        from: decider
        after: 4 months
        basis: 20 kap. 3 § SoL
    """

    let routine: Routine

    init() throws {
        routine = try Fixtures.routine(Self.routineText)
    }

    private func values(_ answers: [String: String]) -> [String: AnswerValue] {
        answers.mapValues { .choice($0) }
    }

    @Test("The parser reads rules, alerts, derivations, conditional choices and per-language bases")
    func parses() throws {
        let step = try #require(routine.step("s1"))
        #expect(step.rules.map(\.id) == ["lvu6-conditions", "no-consent"])
        #expect(step.rules.map(\.severity) == [.refuse, .warn])
        #expect(step.rules[1].basis.text(in: .english) == "SoL Chapter 21 Section 1")
        #expect(step.rules[0].basis.text(in: .english) == "6 § LVU", "a plain basis serves both languages")
        #expect(step.alerts.map(\.id) == ["parents"])
        #expect(routine.question("adults-claiming")?.derivations.map(\.value) == ["yes"])
        #expect(routine.question("lvu6")?.choice("yes-6a")?.condition == .equals(question: "age", value: "child"))
        #expect(routine.question("lvu6")?.choice("yes-6a")?.basis.text(in: .english) == "6 a § LVU (Swedish courts lack jurisdiction)")
        #expect(step.deadlines.first?.offset == .months(4))
    }

    @Test("A derived answer is not asked, but counts in conditions")
    func derived() {
        let walk = Walk(routine: routine, values: values(["documents": "from-adults"]))
        #expect(walk.position(of: "adults-claiming") == nil)
        #expect(walk.answers["adults-claiming"] == .choice("yes"))
        #expect(walk.derived["adults-claiming"]?.value == "yes")
        let asked = Walk(routine: routine, values: values(["documents": "none"]))
        #expect(asked.position(of: "adults-claiming") != nil)
        #expect(asked.derived.isEmpty)
    }

    @Test("A conditional choice is offered only when its condition holds, and an answer naming it stops counting when it does not")
    func conditionalChoice() {
        let child = Walk(routine: routine, values: values(["age": "child"]))
        #expect(child.question("lvu6")?.choices.map(\.id) == ["yes", "yes-6a", "no"])
        let young = Walk(routine: routine, values: values(["age": "young"]))
        #expect(young.question("lvu6")?.choices.map(\.id) == ["yes", "no"])
        let changed = Walk(routine: routine, values: values(["age": "young", "lvu6": "yes-6a"]))
        #expect(changed.answers["lvu6"] == nil, "the 6 a § answer no longer counts for an 18-year-old")
        #expect(Walk(routine: routine, values: values(["age": "child", "lvu6": "yes-6a"])).answers["lvu6"] == .choice("yes-6a"))
    }

    @Test("A refuse rule stops the answer that makes it hold, from either side, and not others")
    func refuse() {
        let before = values(["age": "child", "likely": "no"])
        var after = before
        after["lvu6"] = .choice("yes")
        #expect(RuleCheck(routine: routine, before: before, after: after).refused.map(\.id) == ["lvu6-conditions"])
        after["lvu6"] = .choice("no")
        #expect(RuleCheck(routine: routine, before: before, after: after).refused.isEmpty)
        // Going back to change the condition after the decision is refused too.
        let decided = values(["age": "child", "likely": "yes", "lvu6": "yes"])
        var changed = decided
        changed["likely"] = .choice("no")
        #expect(RuleCheck(routine: routine, before: decided, after: changed).refused.map(\.id) == ["lvu6-conditions"])
        // A rule that already held does not block other answers.
        var broken = changed
        broken["note"] = .text("x")
        #expect(RuleCheck(routine: routine, before: changed, after: broken).isClear)
    }

    @Test("A warn rule asks for confirmation only when it starts to hold")
    func warn() {
        let before = values(["age": "child", "lvu6": "no"])
        var after = before
        after["consent"] = .choice("no")
        let check = RuleCheck(routine: routine, before: before, after: after)
        #expect(check.refused.isEmpty && check.warnings.map(\.id) == ["no-consent"])
        after["consent"] = .choice("yes")
        #expect(RuleCheck(routine: routine, before: before, after: after).isClear)
    }

    @Test("An alert starts when its condition becomes true, also through a derived answer")
    func alerts() {
        let alerts = RuleCheck.newAlerts(routine: routine, before: [:], after: values(["documents": "from-adults"]))
        #expect(alerts.map(\.id) == ["parents"])
        #expect(RuleCheck.newAlerts(routine: routine, before: [:], after: values(["documents": "none", "adults-claiming": "no"])).isEmpty)
        #expect(RuleCheck.newAlerts(routine: routine, before: values(["documents": "from-adults"]),
                                    after: values(["documents": "from-adults", "likely": "yes"])).isEmpty, "shown once, when it starts")
    }

    @Test("Months are calendar months: 31 January plus one month is the last day of February")
    func months() {
        let start = Fixtures.date("2027-01-31T10:00:00+01:00")
        #expect(Deadline.due(.months(1), from: start, in: Fixtures.stockholm) == .endOfDay(CalendarDate(year: 2027, month: 2, day: 28)))
        #expect(Deadline.due(.months(4), from: Fixtures.date("2026-12-02T03:00:00+01:00"), in: Fixtures.stockholm)
                == .endOfDay(CalendarDate(year: 2027, month: 4, day: 2)))
        #expect(DeadlineOffset(parsing: "4 months") == .months(4))
        #expect(DeadlineOffset(parsing: "1 month") == .months(1))
    }

    /// A case of the rules routine with the given answers, as journal entries.
    private func record(_ answers: [(String, AnswerValue)], confirming: [String: String] = [:]) throws -> CaseRecord {
        var record = try CaseRecord(entries: [Fixtures.opening(routine, at: Fixtures.date("2026-12-02T03:00:00+01:00"))])
        for (index, (question, value)) in answers.enumerated() {
            var entry = JournalEntry(seq: record.nextSeq, at: Fixtures.date("2026-12-02T03:00:00+01:00").addingTimeInterval(Double(index + 1) * 60),
                                     event: .answered, by: "Anna Ek", question: question, value: value)
            if let reason = confirming[question] {
                entry.confirmed = ["no-consent"]
                entry.confirmation = reason
            }
            record.apply(entry)
        }
        return record
    }

    @Test("The log lists alerts at the top, derived answers as derived, and confirmed warnings with their reason; review reports them")
    func logAndReview() throws {
        let record = try record([("age", .choice("child")), ("documents", .choice("from-adults")), ("likely", .choice("yes")),
                                 ("lvu6", .choice("no")), ("decider", .text("Per Ordf")), ("consent", .choice("no"))],
                                confirming: ["consent": "Vårdnadshavarna nås inte i natt"])
        let log = CaseLogRenderer(routine: routine, record: record, timeZone: Fixtures.stockholm).render()
        let alerts = try #require(log.range(of: "## Observera\n\n- **!** Vuxna säger sig vara föräldrar.\n"))
        let deadlines = try #require(log.range(of: "## Tidsfrister"))
        #expect(alerts.lowerBound < deadlines.lowerBound, "alerts come before everything else")
        #expect(log.contains("- **Finns vuxna som säger sig vara föräldrar?**: Ja _(härlett av tidigare svar)_"))
        #expect(log.contains("- **Varning bekräftad** av Anna Ek 2026-12-02 03:06: Frivillig placering kräver samtycke. (21 kap. 1 § SoL) – _skäl: Vårdnadshavarna nås inte i natt_"))
        #expect(log.contains("bekräftade varning `no-consent`, skäl: Vårdnadshavarna nås inte i natt"))
        #expect(log.contains("| Utredning klar | 2027-04-02 | 20 kap. 3 § SoL | Öppen |"))
        let summary = try CaseLogReader.parse(Data(log.utf8), path: "x.md")
        #expect(summary.alerts == ["Vuxna säger sig vara föräldrar."])
        #expect(summary.confirmedRules.map(\.reason) == ["Vårdnadshavarna nås inte i natt"])
        #expect(summary.brokenRules.isEmpty)
        let review = LogReview(summary, now: Fixtures.date("2026-12-02T05:00:00+01:00"), timeZone: Fixtures.stockholm)
        #expect(review.findings.contains(.confirmedWarning(summary.confirmedRules[0])))
        #expect(review.findings.contains(.alert("Vuxna säger sig vara föräldrar.")))
        #expect(review.isClean, "a confirmed warning is reported but is not a problem")
    }

    @Test("A log whose answers break a rule, or raise a warning nobody confirmed, is not clean in review")
    func brokenInReview() throws {
        // As a journal written before the rule existed, or edited by hand, would have it.
        let record = try record([("age", .choice("child")), ("documents", .choice("none")), ("adults-claiming", .choice("no")),
                                 ("likely", .choice("no")), ("lvu6", .choice("yes")), ("decider", .text("Per Ordf")),
                                 ("consent", .choice("yes")), ("note", .text("x"))])
        let log = CaseLogRenderer(routine: routine, record: record, timeZone: Fixtures.stockholm).render()
        #expect(log.contains("- **Strider mot regel**: Villkoret är inte uppfyllt. (6 § LVU)"))
        let summary = try CaseLogReader.parse(Data(log.utf8), path: "x.md")
        #expect(summary.brokenRules.map(\.id) == ["lvu6-conditions"])
        let review = LogReview(summary, now: Fixtures.date("2026-12-02T05:00:00+01:00"), timeZone: Fixtures.stockholm)
        #expect(!review.isClean)
        #expect(review.findings.contains { if case .brokenRule(let rule) = $0 { rule.id == "lvu6-conditions" } else { false } })
    }

    @Test("An answers file cannot break a refuse rule, and confirms a warning under \"confirm\"")
    func answerSheet() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = CaseStore(root: folder, timeZone: Fixtures.stockholm)
        let input = AnswerInput(now: Fixtures.date("2026-12-02T03:30:00+01:00"), timeZone: Fixtures.stockholm)
        func newCase() throws -> CaseFile {
            try store.create(routine: routine, language: .swedish, at: input.now, by: "Anna Ek")
        }
        let refused = try AnswerSheet(data: Data(#"{"age": "1", "documents": "1", "adults-claiming": "n", "likely": "n", "lvu6": "1"}"#.utf8), routine: routine)
        var file = try newCase()
        #expect(throws: AnswerSheet.Problem.refused(question: "lvu6", rule: try #require(routine.rule("lvu6-conditions")))) {
            try refused.apply(to: &file, input: input, by: "Anna Ek")
        }
        #expect(file.record.answers["lvu6"] == nil)
        let unconfirmed = try AnswerSheet(data: Data(#"{"age": "1", "lvu6": "3", "consent": "n"}"#.utf8), routine: routine)
        file = try newCase()
        #expect(throws: AnswerSheet.Problem.unconfirmed(question: "consent", rule: try #require(routine.rule("no-consent")))) {
            try unconfirmed.apply(to: &file, input: input, by: "Anna Ek")
        }
        let confirmed = try AnswerSheet(data: Data(#"{"age": "1", "lvu6": "3", "consent": "n", "confirm": {"no-consent": "Nås inte"}}"#.utf8), routine: routine)
        file = try newCase()
        _ = try confirmed.apply(to: &file, input: input, by: "Anna Ek")
        #expect(file.record.confirmations["no-consent"]?.reason == "Nås inte")
        #expect(throws: AnswerSheet.Problem.unknownRule("lvu6-conditions")) {
            try AnswerSheet(data: Data(#"{"confirm": {"lvu6-conditions": "x"}}"#.utf8), routine: routine)
        }
    }

    @Test("An answers file skips an optional question only with a reason, as the prompt does")
    func answerSheetSkip() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = CaseStore(root: folder, timeZone: Fixtures.stockholm)
        let input = AnswerInput(now: Fixtures.date("2026-12-02T03:30:00+01:00"), timeZone: Fixtures.stockholm)
        var file = try store.create(routine: routine, language: .swedish, at: input.now, by: "Anna Ek")
        let bare = try AnswerSheet(data: Data(#"{"age": "1", "note": "-"}"#.utf8), routine: routine)
        #expect(throws: AnswerSheet.Problem.skipWithoutReason(question: "note")) {
            try bare.apply(to: &file, input: input, by: "Anna Ek")
        }
        #expect(file.record.skips["note"] == nil)
        let blanks = try AnswerSheet(data: Data(#"{"note": "-   "}"#.utf8), routine: routine)
        #expect(throws: AnswerSheet.Problem.skipWithoutReason(question: "note")) {
            try blanks.apply(to: &file, input: input, by: "Anna Ek")
        }
        let reasoned = try AnswerSheet(data: Data(#"{"note": "- inte känt i natt"}"#.utf8), routine: routine)
        _ = try reasoned.apply(to: &file, input: input, by: "Anna Ek")
        #expect(file.record.skips["note"]?.reason == "inte känt i natt")
        let required = try AnswerSheet(data: Data(#"{"age": "- vet inte"}"#.utf8), routine: routine)
        file = try store.create(routine: routine, language: .swedish, at: input.now, by: "Anna Ek")
        #expect(throws: AnswerSheet.Problem.requiredSkipped(question: "age")) {
            try required.apply(to: &file, input: input, by: "Anna Ek")
        }
    }
}

/// The same rules met by a worker at the prompt, through the built binary.
@Suite("Rules at the prompt")
struct RulePromptTests {
    @Test("A refused answer is explained and asked again; a warning is confirmed with a reason; an alert shows when it starts")
    func session() throws {
        let runner = try BinaryRunner()
        let routines = runner.cases.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Data(RuleTests.routineText.utf8).write(to: routines.appendingPathComponent("regler.steps"))
        // age child, documents from adults (alert; the parents question is derived), condition 1 no,
        // decision yes (refused), then no; decider; consent no (warning), a reason; note left blank.
        let typed = ["1", "2", "n", "1", "3", "Per Ordf", "n", "Vårdnadshavarna nås inte", ""]
        let result = try runner.run(["new", "--routines", routines.path, "--caseworker", "Anna Ek", "--now", "2026-12-02T03:30:00+01:00"],
                                    input: typed.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("OBSERVERA: Vuxna säger sig vara föräldrar."))
        #expect(!result.stdout.contains("Finns vuxna som säger sig vara föräldrar?"), "a derived question is not asked")
        #expect(result.stdout.contains("Svaret kan inte tas emot: Villkoret är inte uppfyllt. (6 § LVU)"))
        #expect(result.stdout.contains("Varning: Frivillig placering kräver samtycke. (21 kap. 1 § SoL)"))
        #expect(result.stdout.contains("Alla frågor är besvarade"))
        let (_, folder, log) = try runner.onlyCase()
        #expect(log.contains("| Beslut: Nej | 2026-12-02 03:30 (+01:00) | Per Ordf | 6 § LVU |"))
        #expect(log.contains("_skäl: Vårdnadshavarna nås inte_"))
        #expect(log.contains("- **Anteckning** – _överhoppad: lämnad tom_"))
        let journal = try String(contentsOf: folder.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        let decisions = journal.split(separator: "\n").filter { $0.contains(#""question":"lvu6""#) }
        #expect(decisions.count == 1 && decisions[0].contains(#""value":{"choice":"no"}"#), "the refused answer was never written")
        #expect(journal.contains(#""confirmation":"Vårdnadshavarna nås inte","confirmed":["no-consent"]"#))
    }
}
