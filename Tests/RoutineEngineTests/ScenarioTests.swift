import Foundation
import Testing
@testable import RoutineEngine

/// Scenario files: the trainers' guide, the bundled scenarios, the simulated clock and the debrief.
@Suite("Practice scenarios")
struct ScenarioTests {
    static let scenarioFolder = BinaryRunner.packageRoot.appendingPathComponent("Resources/scenarios")

    static func check(_ text: String, file: String = "test.scenario", routines: [Routine]) -> (scenarios: [Scenario], diagnostics: [Diagnostic]) {
        ScenarioLoader.check([(name: file, bytes: Array(text.utf8))], routines: routines)
    }

    /// The indented block after the heading "## Exempel" in the trainers' guide.
    static func guideExample() throws -> String {
        let guide = try String(contentsOf: scenarioFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = guide.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## Exempel")) + 1
        var block: [String] = []
        for line in lines[start...] {
            if line.hasPrefix("## ") { break }
            if line.isEmpty { block.append(""); continue }
            if line.hasPrefix("    ") { block.append(String(line.dropFirst(4))) }
        }
        return block.joined(separator: "\n")
    }

    static let miniScenario = """
    scenario: mini-practice
    routine: mini
    title.sv: Liten övning
    title.en: Small practice
    legal-review: 2026-11-01
    source: 004 §1 Mål 3
    starts: 2026-11-21 23:30
    vignette.sv: Ett barn kommer in.
    vignette.en: A child comes in.

    fact late
      at: lvu
      clock: 00:15
      text.sv: Det är efter midnatt.
      text.en: It is past midnight.

    fact calm
      at: safety
      text.sv: Barnet har somnat.
      text.en: The child has fallen asleep.

    expect age
      answer: under-18
      why.sv: Barnet är under 18.
      why.en: The child is under 18.
      source: 004 §1 Mål 3

    expect lvu6
      answer: yes
      points: 3
      why.sv: Båda villkoren.
      why.en: Both conditions.
      source: LVU 6 §

    expect contacts
      includes: police, embassy
      why.sv: Båda kontakterna.
      why.en: Both contacts.
      source: 004 §6

    expect todo
      includes: submitted
      why.sv: Underställ.
      why.en: Submit.
      source: LVU 7 §

    expect sent-home
      answer: no
      why.sv: Inte hem.
      why.en: Not home.
      source: 004 §1 Mål 3
    """

    @Test("The guide's example is valid against the bundled routine and shows every kind of block")
    func guideExampleIsValid() throws {
        let result = Self.check(try Self.guideExample(), file: "README-exempel.scenario", routines: [try BinaryRunner.bundledRoutine()])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenarios.first)
        #expect(scenario.id == "exempel")
        #expect(scenario.start?.time.description == "01:30")
        #expect(scenario.facts.map(\.stepID) == ["register"])
        #expect(scenario.expectations.map(\.questionID) == ["assessed-age", "register-checks"])
        #expect(scenario.maximumScore == 3)
    }

    @Test("The bundled scenarios: at least six, valid, in Swedish and English, each scoring decisions")
    func bundledScenarios() throws {
        let routines = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines"))
        let files = try ScenarioLoader.scenarioFiles(in: Self.scenarioFolder)
        let (scenarios, diagnostics) = ScenarioLoader.check(files, routines: routines.routines)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(Set(scenarios.map(\.id)).isSuperset(of: ["stold-15", "foraldrar-med-papper", "bordell-17",
                                                          "ensamkommande-avskriven", "nittonaring", "avvek-fran-oppen-placering"]))
        for scenario in scenarios {
            for text in [scenario.title, scenario.vignette] + scenario.facts.map(\.text) + scenario.expectations.map(\.why) {
                #expect(text.has(.swedish) && text.has(.english), "\(scenario.id)")
            }
            #expect(scenario.expectations.count >= 5, "\(scenario.id)")
            #expect(scenario.expectations.allSatisfy { !$0.sources.isEmpty })
        }
        // The built-in copies are the files in the source tree.
        #expect(ScenarioLoader.bundledFiles().map(\.bytes) == files.map(\.bytes))
    }

    @Test("Every problem in a scenario is reported with its line")
    func everyProblemReported() throws {
        let broken = Self.miniScenario
            .replacingOccurrences(of: "  answer: under-18", with: "  answer: under-17")
            .replacingOccurrences(of: "  at: lvu", with: "  at: lvu7")
            .replacingOccurrences(of: "  points: 3", with: "  points: many")
        let errors = Self.check(broken, routines: [try Fixtures.routine()]).diagnostics.map(\.description)
        #expect(errors.contains("test.scenario:23: Question 'age' has no choice 'under-17'; its choices are: under-18, 18-20, over-20."))
        #expect(errors.contains("test.scenario:12: Fact 'late' is shown at unknown step 'lvu7'."))
        #expect(errors.contains("test.scenario:30: 'points' must be a whole number from 1 to 10, not 'many'."))
    }

    @Test("The simulated clock starts at 'starts:', moves on at facts and runs past midnight")
    func simulatedClock() throws {
        let routine = try Fixtures.routine()
        let scenario = try #require(Self.check(Self.miniScenario, routines: [routine]).scenarios.first)
        let clock = try #require(ScenarioClock(scenario: scenario, routine: routine, today: CalendarDate(year: 2030, month: 1, day: 1),
                                               timeZone: Fixtures.stockholm))
        #expect(clock.start == Fixtures.date("2026-11-21T23:30:00+01:00"))
        #expect(clock.time(atStep: "intake") == clock.start)
        #expect(clock.time(atStep: "read") == clock.start)
        #expect(clock.time(atStep: "lvu") == Fixtures.date("2026-11-22T00:15:00+01:00"))
        #expect(clock.time(atStep: "safety") == Fixtures.date("2026-11-22T00:15:00+01:00"))

        var onTheDay = scenario
        onTheDay.start = ScenarioStart(parsing: "02:00")
        let today = try #require(ScenarioClock(scenario: onTheDay, routine: routine, today: CalendarDate(year: 2026, month: 3, day: 29),
                                               timeZone: Fixtures.stockholm))
        // 00:15 is earlier in the day than 02:00, so it is the next night.
        #expect(today.time(atStep: "lvu") == Fixtures.date("2026-03-30T00:15:00+02:00"))

        var realTime = scenario
        realTime.start = nil
        #expect(ScenarioClock(scenario: realTime, routine: routine, today: CalendarDate(year: 2026, month: 1, day: 1), timeZone: .gmt) == nil)
    }

    @Test("The debrief scores right, wrong, skipped, unanswered and never-asked key questions")
    func debriefOutcomes() throws {
        let routine = try Fixtures.routine()
        let scenario = try #require(Self.check(Self.miniScenario, routines: [routine]).scenarios.first)
        let store = CaseStore(root: try Fixtures.temporaryFolder(), kind: .practice, timeZone: Fixtures.stockholm)
        let moment = Fixtures.date("2026-11-22T01:00:00+01:00")
        var file = try store.create(routine: routine, language: .swedish, scenario: scenario.id, at: moment, by: "Elev")
        func answer(_ id: String, _ value: AnswerValue) throws {
            try file.answer(try #require(routine.question(id)), with: value, at: moment, by: "Elev")
        }
        try answer("age", .choice("under-18"))
        try answer("lvu6", .choice("no"))
        try answer("scale", .number(3))
        try file.skip(try #require(routine.question("contacts")), reason: "hann inte", at: moment, by: "Elev")

        let debrief = Debrief(scenario: scenario, routine: routine, record: file.record)
        let outcomes = Dictionary(uniqueKeysWithValues: debrief.items.map { ($0.question.id, $0.outcome) })
        #expect(outcomes == ["age": .right, "lvu6": .wrong, "contacts": .skipped, "todo": .unanswered, "sent-home": .notAsked])
        #expect(debrief.score == 1)
        #expect(debrief.maximumScore == 7)
        #expect(debrief.misses.map(\.question.id) == ["lvu6", "contacts", "sent-home", "todo"])
        #expect(debrief.unseenFacts.isEmpty)
        #expect(file.record.isPractice && file.record.scenarioID == "mini-practice")

        try answer("lvu6", .choice("yes"))
        try answer("contacts", .choices(["police"]))
        #expect(Debrief(scenario: scenario, routine: routine, record: file.record).score == 4)
        try answer("contacts", .choices(["police", "embassy"]))
        try answer("todo", .choices(["submitted", "handover"]))
        let better = Debrief(scenario: scenario, routine: routine, record: file.record)
        #expect(better.score == 6)

        let markdown = DebriefRenderer(debrief: better, routine: routine, record: file.record, language: .swedish,
                                       timeZone: Fixtures.stockholm).render()
        #expect(markdown.contains("| Poäng | 6 av 7 |"))
        #expect(markdown.contains("**Att prata om:** Skickas hem?"))
        #expect(markdown.contains("ställdes aldrig – tidigare svar ledde förbi frågan"))
        #expect(markdown.contains("- Förväntat: minst: Polis; Ambassad"))
        #expect(markdown.contains("ÖVNING – inte ett verkligt ärende"))

        // Over 20: the LVU step is never shown, so its fact is unseen and its decision never asked.
        try answer("age", .choice("over-20"))
        let adult = Debrief(scenario: scenario, routine: routine, record: file.record)
        #expect(adult.unseenFacts.map(\.id) == ["late"])
        #expect(adult.items.first { $0.question.id == "lvu6" }?.outcome == .notAsked)
        #expect(adult.items.first { $0.question.id == "age" }?.outcome == .wrong)
    }
}
