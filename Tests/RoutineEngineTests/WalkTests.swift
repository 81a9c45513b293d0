import Foundation
import Testing
@testable import RoutineEngine

@Suite("Conditions and navigation")
struct WalkTests {
    let routine: Routine

    init() throws {
        routine = try Fixtures.routine()
    }

    @Test("Steps and questions appear only when their conditions hold")
    func conditions() {
        let adult = Walk(routine: routine, values: ["age": .choice("over-20")])
        #expect(!adult.stepIDs.contains("lvu"))
        let child = Walk(routine: routine, values: ["age": .choice("under-18")])
        #expect(child.stepIDs.contains("lvu"))
        #expect(child.position(of: "sent-home") == nil)
        let safe = Walk(routine: routine, values: ["age": .choice("under-18"), "scale": .number(8)])
        #expect(safe.position(of: "sent-home") != nil)
    }

    @Test("Answers to questions no longer shown stop counting")
    func hiddenAnswers() {
        let walk = Walk(routine: routine, values: ["age": .choice("over-20"), "lvu6": .choice("yes")])
        #expect(walk.answers["lvu6"] == nil)
        #expect(walk.answers["age"] == .choice("over-20"))
    }

    @Test("Conditions combine with and, or, not, has and comparisons")
    func conditionLogic() throws {
        let condition = try ConditionParser.parse("not (a = x or b has y) and c >= 3")
        #expect(condition.description == "not (a = x or b has y) and c >= 3")
        #expect(condition.holds(for: ["a": .choice("z"), "b": .choices(["w"]), "c": .number(3)]))
        #expect(!condition.holds(for: ["a": .choice("x"), "c": .number(5)]))
        #expect(!condition.holds(for: ["a": .choice("z"), "b": .choices(["y"]), "c": .number(5)]))
        #expect(!condition.holds(for: ["c": .number(2)]))
        #expect(try ConditionParser.parse("a != x").holds(for: [:]) == false)
    }

    @Test("Deep or very long conditions are refused with a message, never a stack overflow")
    func conditionLimits() throws {
        #expect(throws: Never.self) { try ConditionParser.parse(String(repeating: "(", count: 99) + "a = x" + String(repeating: ")", count: 99)) }
        #expect(throws: Never.self) { try ConditionParser.parse(String(repeating: "not ", count: 99) + "a = x") }
        for deep in [String(repeating: "(", count: 101) + "a = x" + String(repeating: ")", count: 101), String(repeating: "not ", count: 500) + "a = x"] {
            #expect(throws: ConditionParser.Failure(message: "The condition nests brackets or 'not' more than 100 levels deep; write it more simply.")) {
                try ConditionParser.parse(deep)
            }
        }
        let huge = String(repeating: "(", count: 50_000) + "a = x" + String(repeating: ")", count: 50_000)
        #expect(throws: ConditionParser.Failure(message: "The condition is longer than 2000 words and symbols; split it into simpler conditions.")) {
            try ConditionParser.parse(huge)
        }
        let chain = (0..<600).map { "a = x\($0)" }.joined(separator: " or ")
        #expect(throws: ConditionParser.Failure.self) { try ConditionParser.parse(chain) }
    }

    @Test("Condition syntax: every operator, spacing, and a clear message for what cannot be read")
    func conditionSyntax() throws {
        #expect(try ConditionParser.parse("a<=1 and b<2 or c>3 and d>=4 or e_f!=g-h or i answered").description
                == "a <= 1 and b < 2 or c > 3 and d >= 4 or e_f != g-h or i answered")
        let failures: [(String, String)] = [
            ("", "The condition is empty."),
            ("a ! b", "'!' must be followed by '=' (write '!=')."),
            ("ålder = 3", "The character 'å' cannot appear in a condition."),
            ("a = e\u{301}", "The character 'é' cannot appear in a condition."),
            ("a = 😀", "The character '😀' cannot appear in a condition."),
            ("a = x)", "Unexpected ')' in the condition."),
        ]
        for (text, message) in failures {
            #expect(throws: ConditionParser.Failure(message: message), "\(text)") { try ConditionParser.parse(text) }
        }
    }

    @Test("The first open question skips answered and skipped ones")
    func firstOpen() throws {
        let opened = Fixtures.date("2026-11-22T04:00:00+01:00")
        var entry = JournalEntry(seq: 1, at: opened, event: .opened, by: "A")
        entry.caseID = "HL-ABCDEF"
        entry.routine = "mini"
        entry.fingerprint = routine.fingerprint
        var record = try CaseRecord(entries: [entry])
        #expect(Walk(routine: routine, record: record).firstOpen(in: record) == 0)
        record.apply(JournalEntry(seq: 2, at: opened, event: .answered, by: "A", question: "arrived", value: .dateTime(opened)))
        record.apply(JournalEntry(seq: 3, at: opened, event: .answered, by: "A", question: "age", value: .choice("over-20")))
        record.apply(JournalEntry(seq: 4, at: opened, event: .skipped, by: "A", question: "note", reason: "ingen"))
        let walk = Walk(routine: routine, record: record)
        #expect(walk.questions[walk.firstOpen(in: record) ?? -1].id == "read")
        #expect(record.skips["note"]?.reason == "ingen")
    }
}
