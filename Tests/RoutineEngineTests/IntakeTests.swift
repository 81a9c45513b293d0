import Foundation
import Testing
@testable import RoutineEngine

/// The bundled intake chooses the routine from the age, and the case continues there with the
/// intake's shared answers counting.
@Suite("The intake chooses the routine")
struct IntakeTests {
    let library: RoutineLibrary

    init() throws {
        library = try RoutineLoader.load(directory: BinaryRunner.packageRoot.appendingPathComponent("Resources/routines"))
    }

    /// Opens a case at the intake and answers it as a worker would type.
    private func route(_ typed: [String: String]) throws -> CaseFile {
        let folder = try Fixtures.temporaryFolder()
        let store = CaseStore(root: folder, timeZone: Fixtures.stockholm)
        let intake = try #require(library.intake)
        let sheet = try AnswerSheet(data: JSONSerialization.data(withJSONObject: typed), routines: library.routines)
        var file = try store.create(routine: intake, library: library.caseRoutines, language: .swedish,
                                    at: Fixtures.date("2026-12-02T03:00:00+01:00"), by: "Anna Ek")
        _ = try sheet.apply(to: &file, input: AnswerInput(now: Fixtures.date("2026-12-02T03:05:00+01:00"), timeZone: Fixtures.stockholm),
                            by: "Anna Ek")
        return file
    }

    private static let base = ["arrived-at": "02:30", "stated-age": "uppger 15", "age-basis": "samtal och utseende"]

    @Test("new without --routine starts at the intake")
    func startsAtIntake() throws {
        #expect(try library.routine(nil).id == "intake")
        #expect(library.caseRoutines.map(\.id).sorted() == ["akut-barn", "akut-vuxen"])
    }

    @Test("15 years: the child routine, with the age carried over and the reason logged",
          arguments: [("under-18", "akut-barn"), ("uncertain", "akut-barn"), ("over-20", "akut-vuxen")])
    func byAge(_ age: String, _ routine: String) throws {
        let file = try route(Self.base.merging(["assessed-age": age]) { $1 })
        #expect(file.routine.id == routine)
        #expect(file.record.intake?.intakeID == "intake")
        #expect(file.record.answers["assessed-age"]?.value == .choice(age), "the intake's answer counts in the routine")
        #expect(file.walk.position(of: "assessed-age") != nil || file.routine.question("assessed-age") != nil)
        #expect(file.walk.firstOpen(in: file.record).map { file.walk.questions[$0].id } != "assessed-age", "not asked again")
        let log = file.renderLog()
        #expect(log.contains("routine: \(routine)"))
        #expect(log.contains("| Vald vid mottagningen | "))
        #expect(log.contains("Rutin vald vid mottagningen `\(routine)`"))
    }

    @Test("19 years: the child routine when 3 § LVU is considered, else the adult routine")
    func nineteen() throws {
        let considered = try route(Self.base.merging(["assessed-age": "18-20", "lvu3-considered": "j"]) { $1 })
        #expect(considered.routine.id == "akut-barn")
        #expect(considered.record.intake?.reason.contains("3 § LVU") == true)
        let notConsidered = try route(Self.base.merging(["assessed-age": "18-20", "lvu3-considered": "n"]) { $1 })
        #expect(notConsidered.routine.id == "akut-vuxen")
        #expect(notConsidered.walk.firstOpen(in: notConsidered.record).map { notConsidered.walk.questions[$0].id } != "lvu3-considered",
                "the adult routine does not ask it again")
    }

    @Test("Until every intake question is handled the case stays in the intake")
    func staysUntilDone() throws {
        let file = try route(["arrived-at": "02:30", "assessed-age": "18-20"])
        #expect(file.routine.id == "intake")
        #expect(file.record.intake == nil)
    }

    @Test("The routine chosen is read back from the journal when the case is opened again")
    func reopened() throws {
        let file = try route(Self.base.merging(["assessed-age": "over-20"]) { $1 })
        let store = CaseStore(root: file.folder.deletingLastPathComponent().deletingLastPathComponent(), timeZone: Fixtures.stockholm)
        let again = try store.open(file.record.id, routines: library)
        #expect(again.routine.id == "akut-vuxen" && again.intake?.id == "intake")
        #expect(again.renderLog() == file.renderLog())
    }
}

extension IntakeTests {
    static let intake = """
    routine: in
    name.sv: In
    name.en: In
    legal-review: 2026-12-02
    intake: yes
    step s
      title.sv: S
      title.en: S
      source: 000 fas II
      question age
        kind: choice
        text.sv: Ålder
        text.en: Age
        choice young
          text.sv: Ung
          text.en: Young
        choice old
          text.sv: Äldre
          text.en: Older
      route target
        when: age = young
        reason.sv: Ung.
        reason.en: Young.
    """

    static let target = """
    routine: target
    name.sv: T
    name.en: T
    legal-review: 2026-12-02
    step s
      title.sv: S
      title.en: S
      source: 000 fas II
      question age
        kind: multi
        text.sv: Ålder
        text.en: Age
        choice young
          text.sv: Ung
          text.en: Young
    """

    @Test("lint: an intake where some answers lead nowhere, and a shared question of another kind, each as file:line")
    func crossRoutineChecks() {
        let result = RoutineLoader.check([(name: "in.steps", bytes: Array(Self.intake.utf8)),
                                          (name: "target.steps", bytes: Array(Self.target.utf8))])
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [
            "in.steps:10: Question 'age' is 'choice' here but 'multi' in routine 'target'; the answer carries over, so the kinds must match.",
            "in.steps:17: Choice 'old' of question 'age' is not in routine 'target', where the answer carries over.",
            "in.steps:20: No route applies when age = old; every way of answering the intake must lead to a routine.",
        ])
    }
}
