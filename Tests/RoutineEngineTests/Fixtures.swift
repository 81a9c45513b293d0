import Foundation
@testable import RoutineEngine

/// Small step files and helpers shared by the tests.
enum Fixtures {
    /// A complete, valid routine exercising every question kind, a decision and a deadline.
    static let miniRoutine = """
    # A small routine for tests
    format: 1
    routine: mini
    name.sv: Liten rutin
    name.en: Small routine
    legal-review: 2026-11-01
    source: 004 §6

    step intake
      section.sv: Mottagande
      section.en: Intake
      title.sv: Barnet kommer
      title.en: The child arrives
      source: 004 §1 Mål 3
      guidance.sv:
        Första stycket
        fortsätter här.

        - punkt ett
        - punkt två
      guidance.en:
        First paragraph.

      question arrived
        kind: datetime
        text.sv: När kom barnet?
        text.en: When did the child arrive?

      question age
        kind: choice
        text.sv: Ålder
        text.en: Age
        choice under-18
          text.sv: Under 18
          text.en: Under 18
        choice 18-20
          text.sv: 18–20
          text.en: 18–20
        choice over-20
          text.sv: Över 20
          text.en: Over 20

      question note
        kind: text
        required: no
        text.sv: Anteckning
        text.en: Note

    step read
      title.sv: Läs detta
      title.en: Read this
      source: 004 §5
      guidance.sv:
        Viktigt.
      guidance.en:
        Important.

    step lvu
      section.sv: LVU
      section.en: LVU
      title.sv: Omedelbart omhändertagande
      title.en: Immediate custody
      source: LVU 6 §
      when: age = under-18 or age = 18-20

      question decider
        kind: text
        text.sv: Vem beslutade?
        text.en: Who decided?

      question decided
        kind: datetime
        text.sv: När fattades beslutet?
        text.en: When was it decided?

      question lvu6
        kind: decision
        decided-by: decider
        decided-at: decided
        text.sv: Beslut om omedelbart omhändertagande?
        text.en: Decision on immediate custody?
        choice yes
          text.sv: Ja, beslut enligt 6 § LVU
          text.en: Yes, decision under 6 § LVU
          basis: 6 § LVU
        choice no
          text.sv: Nej
          text.en: No
          basis: 6 § LVU

      deadline court
        text.sv: Underställ förvaltningsrätten
        text.en: Submit to the administrative court
        from: decided
        after: 1 week
        basis: 7 § LVU
        when: lvu6 = yes
        done-when: todo has submitted

    step safety
      section.sv: Signs of Safety
      section.en: Signs of Safety
      title.sv: Risk och skydd
      title.en: Risk and protection
      source: 004 §6
      summary: yes

      question risks
        kind: list
        text.sv: Riskfaktorer
        text.en: Risk factors

      question scale
        kind: scale
        min: 0
        max: 10
        text.sv: Skala
        text.en: Scale
        low.sv: Inte säkert
        low.en: Not safe
        high.sv: Säkert
        high.en: Safe

      question contacts
        kind: multi
        required: no
        text.sv: Kontakter
        text.en: Contacts
        choice police
          text.sv: Polis
          text.en: Police
        choice embassy
          text.sv: Ambassad
          text.en: Embassy

      question sent-home
        kind: yesno
        text.sv: Skickas hem?
        text.en: Sent home?
        when: scale >= 8

      question todo
        kind: actions
        text.sv: Åtgärder
        text.en: Actions
        item submitted
          text.sv: Underställt
          text.en: Submitted
        item handover
          text.sv: Överlämnat
          text.en: Handed over
    """

    static func parse(_ text: String, file: String = "test.steps") -> (routines: [Routine], diagnostics: [Diagnostic]) {
        RoutineLoader.check([(name: file, bytes: Array(text.utf8))])
    }

    static func errors(_ text: String) -> [String] {
        parse(text).diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    static func routine(_ text: String = miniRoutine) throws -> Routine {
        let result = parse(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let routine = result.routines.first else {
            throw HandlaggError.invalidRoutine(errors)
        }
        return routine
    }

    /// A fresh private temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handlagg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    /// The journal entry that opens a case of `routine`.
    static func opening(_ routine: Routine, at date: Date, by worker: String = "Anna Ek", caseID: String = "HL-7K3QXR",
                        language: Language? = .swedish) -> JournalEntry {
        var opened = JournalEntry(seq: 1, at: date, event: .opened, by: worker)
        opened.caseID = caseID
        opened.routine = routine.id
        opened.fingerprint = routine.fingerprint
        opened.language = language
        return opened
    }

    static func date(_ iso: String) -> Date {
        Timestamp.parse(iso)!
    }
}
