import Testing
@testable import RoutineEngine

@Suite("Step-file parser")
struct StepFileParserTests {
    @Test("A valid routine loads with its steps, questions and texts")
    func validRoutine() throws {
        let result = Fixtures.parse(Fixtures.miniRoutine)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let routine = try #require(result.routines.first)
        #expect(routine.id == "mini")
        #expect(routine.name.text(in: .english) == "Small routine")
        #expect(routine.legalReview == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(routine.steps.map(\.id) == ["intake", "read", "lvu", "safety"])
        #expect(routine.question("age")?.choices.map(\.id) == ["under-18", "18-20", "over-20"])
        #expect(routine.question("note")?.isRequired == false)
        #expect(routine.question("lvu6")?.choice("yes")?.basis.text(in: .swedish) == "6 § LVU")
        #expect(routine.step("lvu")?.deadlines.first?.offset == .days(7))
        #expect(routine.question("scale")?.range == 0...10)
        #expect(routine.step("safety")?.isSummary == true)
        #expect(routine.fingerprint.count == 64)
    }

    @Test("Prose keeps paragraphs and list items, joins wrapped lines")
    func prose() throws {
        let routine = try Fixtures.routine()
        #expect(routine.step("intake")?.guidance.text(in: .swedish) == "Första stycket fortsätter här.\n\n- punkt ett\n- punkt två")
    }

    @Test("Prose rules: paragraphs, list items by '- ', '* ' or 'N. ', wrapped lines joined")
    func proseRules() {
        #expect(ProseText.join([String]()) == "")
        #expect(ProseText.join(["", ""]) == "")
        #expect(ProseText.join(["a", "   b", "", "", "c"]) == "a b\n\nc")
        #expect(ProseText.join(["Steg:", "1. ett", "12. tolv", "* stjärna", "- streck"]) == "Steg:\n1. ett\n12. tolv\n* stjärna\n- streck")
        #expect(ProseText.join(["x", "1.ett", "-streck", "1 ett", ".  punkt"]) == "x 1.ett -streck 1 ett .  punkt")
        #expect(ProseText.join(["  indraget", "  - punkt", "§ 6"]) == "  indraget\n  - punkt § 6")
        #expect(ProseText.startsListItem("   - a") && ProseText.startsListItem("3. a") && !ProseText.startsListItem("3.a"))
        #expect(!ProseText.startsListItem("") && !ProseText.startsListItem("-") && !ProseText.startsListItem("1."))
    }

    @Test("A prose block keeps indentation beyond its margin and drops trailing blank lines")
    func proseBlock() {
        let file = "guidance.sv:\n    Första\n      - djupare\n\n    Andra\n\n\nnext: 1\n"
        let bytes = Array(file.utf8)
        let lines = BlockLine.read(SourceLine.split(bytes, file: "t").lines, keywords: [])
        #expect(lines == [.field(key: "guidance", language: "sv", value: "Första\n  - djupare\n\nAndra", line: 1),
                          .field(key: "next", language: nil, value: "1", line: 8)])
    }

    @Test("A step without questions becomes a guidance step to acknowledge")
    func guidanceStep() throws {
        let routine = try Fixtures.routine()
        let questions = try #require(routine.step("read")?.questions)
        #expect(questions.count == 1)
        #expect(questions[0].kind == .acknowledgement)
        #expect(questions[0].id == "read")
    }

    @Test("'standing:' is a yes/no question's label; on another kind it is an error at its line")
    func standingOnlyOnYesNo() throws {
        let wrong = Fixtures.miniRoutine.replacingOccurrences(of: "  question note\n    kind: text\n", with: "  question note\n    kind: text\n    standing.sv: Anteckning\n")
        #expect(wrong != Fixtures.miniRoutine)
        let line = wrong.components(separatedBy: "\n").firstIndex { $0.contains("standing.sv") }.map { $0 + 1 }
        let result = Fixtures.parse(wrong, file: "mini.steps")
        #expect(result.diagnostics.contains { $0.line == line && $0.message.contains("'standing:' belongs on a yes/no question") }, "\(result.diagnostics)")
    }

    @Test("Sections carry over to following steps")
    func sectionCarriesOver() throws {
        let routine = try Fixtures.routine()
        #expect(routine.step("read")?.section.text(in: .swedish) == "Mottagande")
    }

    @Test("CRLF line endings and a BOM read the same as LF")
    func lineEndings() throws {
        let crlf = "\u{FEFF}" + Fixtures.miniRoutine.replacingOccurrences(of: "\n", with: "\r\n")
        let routine = try Fixtures.routine(crlf)
        #expect(routine.steps.count == 4)
        #expect(routine.step("intake")?.guidance.text(in: .swedish).contains("\r") == false)
    }
}
