import Foundation
import Testing
@testable import RoutineEngine

/// Every open action ("todo") the bundled routines declare, with answers that leave it to do
/// and the nearest answers that do not. As with the rules, the table is the specification: a
/// todo added to a step file without a row here fails, and so does a row whose answers a real
/// walk would not ask for. The check goes through `CaseStatus`, the open actions the log,
/// `status` and `list` show.
@Suite("Every bundled open action, with answers that leave it to do and answers that do not")
struct TodoTriggerTests {
    typealias Given = RuleTriggerTests.Given

    /// Answers (and skipped questions) that leave the todo open, and the nearest that do not.
    struct Row {
        var open: [String: Given]
        var skipped: [String] = []
        var done: [String: Given]
    }

    static func with(_ base: [String: Given], _ more: [String: Given]) -> [String: Given] { base.merging(more) { $1 } }
    static let child = RuleTriggerTests.child, youngAdult = RuleTriggerTests.youngAdult
    static let custody = RuleTriggerTests.custody, foreign = RuleTriggerTests.foreign, voluntary = RuleTriggerTests.voluntary
    static let checks: [String: Given] = ["register-checks": ["earlier-crimes"]]

    static let childRoutine: [String: Row] = [
        "book-interpreter": Row(open: with(child, ["interpreter": "missing"]), done: with(child, ["interpreter": "booked"])),
        "request-document-check": Row(open: with(child, ["documents": "from-adults", "document-check": "not-yet"]),
                                      done: with(child, ["documents": "from-adults", "document-check": "requested"])),
        "police-wish-again": Row(open: with(youngAdult, ["police-wish": "not-yet"]), done: with(youngAdult, ["police-wish": "cooperating"])),
        "crime-classification": Row(open: with(youngAdult, ["police-wish": "cooperating", "suspected-crime": "unclear"]),
                                    done: with(youngAdult, ["police-wish": "cooperating", "suspected-crime": "trafficking"])),
        "settle-jurisdiction": Row(open: with(child, ["habitual-residence": "unknown", "swedish-jurisdiction": "unclear"]),
                                   done: with(child, ["habitual-residence": "other", "swedish-jurisdiction": "yes"])),
        "record-court-decision": Row(open: with(foreign, ["lvu-actions": ["continued-custody"]]), skipped: ["continued-custody-court-at"],
                                     done: with(foreign, ["lvu-actions": ["continued-custody"]])),
        "reach-guardians": Row(open: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "not-reached"]),
                               done: with(voluntary, ["placement-kind": "hvb", "young-age": "under-15", "guardian-consent": "yes"])),
        "register-answer": Row(open: with(child, checks), skipped: ["register-result"], done: with(child, checks)),
        "hear-young-person": Row(open: youngAdult, skipped: ["child-view"], done: youngAdult),
        "contact-home-country-child": Row(open: with(child, ["contact-status": "attempted"]), done: with(child, ["contact-status": "reached-central"])),
        "contact-home-country": Row(open: with(youngAdult, ["contact-status": "not-yet"]), done: with(youngAdult, ["contact-status": "not-wanted"])),
        "settle-municipality": Row(open: with(child, ["responsible-municipality": "unclear"]), done: with(child, ["responsible-municipality": "here"])),
        "raise-reflection": Row(open: with(child, ["reflection-period": "not-yet"]), done: with(child, ["reflection-period": "applied-investigation"])),
    ]

    static let adult: [String: Given] = ["assessed-age": "over-20"]
    static let foreigner = with(adult, ["citizenship": "foreign"])

    static let adultRoutine: [String: Row] = [
        "book-interpreter": Row(open: with(adult, ["interpreter": "tied"]), done: with(adult, ["interpreter": "not-needed"])),
        "settle-citizenship": Row(open: with(adult, ["citizenship": "unknown"]), done: foreigner),
        "arrange-accommodation": Row(open: with(adult, ["accommodation": "not-yet"]), done: with(adult, ["accommodation": "other-housing"])),
        "police-aware-check": Row(open: with(adult, ["police-aware": "unknown"]), done: with(adult, ["police-aware": "knows"])),
        "police-wish-again": Row(open: with(adult, ["police-wish": "not-yet"]), done: with(adult, ["police-wish": "wants-contact"])),
        "report-decision-later": Row(open: with(adult, ["police-aware": "no", "police-wish": "not-yet", "report-decision": "later"]),
                                     done: with(adult, ["police-aware": "no", "police-wish": "not-yet", "report-decision": "person-reports"])),
        "raise-victim-counsel": Row(open: with(adult, ["police-aware": "reported", "victim-counsel": "not-yet"]),
                                    done: with(adult, ["police-aware": "reported", "victim-counsel": "raised"])),
        "raise-reflection": Row(open: with(foreigner, ["reflection-period": "not-yet"]), done: with(foreigner, ["reflection-period": "declined"])),
        "settle-municipality": Row(open: with(adult, ["responsible-municipality": "unclear"]), done: with(adult, ["responsible-municipality": "here"])),
        "raise-return": Row(open: with(foreigner, ["return-wish": "later"]), done: with(foreigner, ["return-wish": "wants-stay"])),
        "contact-for-return": Row(open: with(foreigner, ["return-wish": "wants-return", "return-contact": "not-yet"]),
                                  done: with(foreigner, ["return-wish": "wants-return", "return-contact": "iom"])),
    ]

    static let tables = ["akut-barn": childRoutine, "akut-vuxen": adultRoutine]

    /// A case record with these answers, given in the order the walk asks them, and these skips.
    static func record(_ routine: Routine, _ answers: [String: AnswerValue], skipped: [String]) throws -> CaseRecord {
        let at = Fixtures.date("2026-11-22T03:00:00+01:00")
        var entries = [Fixtures.opening(routine, at: at, by: "A", caseID: "HL-ABCDEF", language: nil)]
        for question in routine.questions {
            if let value = answers[question.id] {
                entries.append(JournalEntry(seq: entries.count + 1, at: at, event: .answered, by: "A", question: question.id, value: value))
            } else if skipped.contains(question.id) {
                entries.append(JournalEntry(seq: entries.count + 1, at: at, event: .skipped, by: "A", question: question.id, reason: "inte känt i natt"))
            }
        }
        return try CaseRecord(entries: entries)
    }

    static func openTodos(_ routine: Routine, _ answers: [String: AnswerValue], skipped: [String] = []) throws -> Set<String> {
        let status = CaseStatus(routine: routine, record: try record(routine, answers, skipped: skipped), timeZone: Fixtures.stockholm)
        return Set(status.openItems.filter { $0.kind == .todo }.map(\.id))
    }

    @Test("Each routine's table names exactly its todos", arguments: ["akut-barn", "akut-vuxen"])
    func tableIsComplete(id: String) throws {
        let routine = try RuleTriggerTests.routine(id), table = try #require(Self.tables[id])
        #expect(Set(table.keys) == Set(routine.steps.flatMap(\.todos).map(\.id)))
    }

    @Test("Each todo is open for its answers and not for the nearest answers that settle it", arguments: ["akut-barn", "akut-vuxen"])
    func triggers(id: String) throws {
        let routine = try RuleTriggerTests.routine(id), table = try #require(Self.tables[id])
        for (name, row) in table.sorted(by: { $0.key < $1.key }) {
            for (label, answers) in [("open", row.open), ("settled", row.done)] {
                let walk = Walk(routine: routine, values: answers.mapValues(\.value))
                for (question, given) in answers where walk.answers[question] != given.value {
                    Issue.record("\(id) \(name): '\(question)' is not asked on the \(label) path")
                }
            }
            for question in row.skipped where !Walk(routine: routine, values: row.open.mapValues(\.value)).questions.contains(where: { $0.id == question }) {
                Issue.record("\(id) \(name): '\(question)' is not asked, so it cannot be skipped")
            }
            #expect(try Self.openTodos(routine, row.open.mapValues(\.value), skipped: row.skipped).contains(name), "\(id) todo \(name) is not open for its answers")
            // The settled path answers the skipped question instead of skipping it.
            var settled = row.done.mapValues(\.value)
            for question in row.skipped { settled[question] = .text("svar") }
            #expect(try !Self.openTodos(routine, settled).contains(name), "\(id) todo \(name) is open for its settling answers")
        }
    }

    @Test("An open action ticked off with 'done' is no longer open, and its answers are unchanged")
    func tickedOff() throws {
        let routine = try RuleTriggerTests.routine("akut-barn")
        var record = try Self.record(routine, Self.with(Self.child, ["interpreter": "missing"]).mapValues(\.value), skipped: [])
        #expect(CaseStatus(routine: routine, record: record, timeZone: Fixtures.stockholm).openItems.contains { $0.id == "book-interpreter" && $0.kind == .todo })
        var done = JournalEntry(seq: record.entries.count + 1, at: Fixtures.date("2026-11-22T09:00:00+01:00"), event: .done, by: "B")
        done.item = "book-interpreter"
        record.apply(done)
        #expect(!CaseStatus(routine: routine, record: record, timeZone: Fixtures.stockholm).openItems.contains { $0.id == "book-interpreter" })
        #expect(record.values["interpreter"] == .choice("missing"))
    }
}
