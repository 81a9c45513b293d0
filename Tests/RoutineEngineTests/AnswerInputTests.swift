import Foundation
import Testing
@testable import RoutineEngine

@Suite("Reading typed answers")
struct AnswerInputTests {
    let routine: Routine
    let input = AnswerInput(now: Fixtures.date("2026-11-22T00:10:00+01:00"), timeZone: Fixtures.stockholm)

    init() throws {
        routine = try Fixtures.routine()
    }

    private func parse(_ text: String, _ id: String) -> Result<AnswerValue, AnswerProblem> {
        input.parse(text, for: routine.question(id)!)
    }

    @Test("Choices by number, id or text; out-of-range numbers are refused")
    func choices() {
        #expect(parse("2", "age") == .success(.choice("18-20")))
        #expect(parse("over-20", "age") == .success(.choice("over-20")))
        #expect(parse("Över 20", "age") == .success(.choice("over-20")))
        #expect(parse("4", "age") == .failure(.notAChoice("4", count: 3)))
        #expect(parse("1,2", "age") == .failure(.oneChoiceOnly))
        #expect(parse("", "age") == .failure(.empty))
    }

    @Test("Yes and no in Swedish and English")
    func yesNo() {
        for yes in ["j", "Ja", "y", "YES"] { #expect(parse(yes, "sent-home") == .success(.choice("yes"))) }
        for no in ["n", "nej", "No"] { #expect(parse(no, "sent-home") == .success(.choice("no"))) }
        #expect(parse("kanske", "sent-home") == .failure(.notYesNo("kanske")))
    }

    @Test("Multiple choice and checklists")
    func multiple() {
        #expect(parse("2, 1", "contacts") == .success(.choices(["police", "embassy"])))
        #expect(parse("inga", "contacts") == .success(.choices([])))
        #expect(parse("alla", "todo") == .success(.choices(["submitted", "handover"])))
        #expect(parse("1 9", "todo") == .failure(.notAChoice("9", count: 2)))
    }

    @Test("Scales take whole numbers in range")
    func scale() {
        #expect(parse("10", "scale") == .success(.number(10)))
        #expect(parse("11", "scale") == .failure(.notOnScale("11", range: 0...10)))
        #expect(parse("fem", "scale") == .failure(.notOnScale("fem", range: 0...10)))
    }

    @Test("Times: now, a clock time (last night if still ahead), a full date, ISO")
    func times() {
        #expect(parse("nu", "arrived") == .success(.dateTime(input.now)))
        #expect(parse("00:05", "arrived") == .success(.dateTime(Fixtures.date("2026-11-22T00:05:00+01:00"))))
        #expect(parse("23.40", "arrived") == .success(.dateTime(Fixtures.date("2026-11-21T23:40:00+01:00"))))
        #expect(parse("2026-11-21 22:00", "arrived") == .success(.dateTime(Fixtures.date("2026-11-21T22:00:00+01:00"))))
        #expect(parse("2026-11-21T22:00:00+01:00", "arrived") == .success(.dateTime(Fixtures.date("2026-11-21T22:00:00+01:00"))))
        #expect(parse("2026-12-24 10:00", "arrived") == .failure(.inTheFuture("2026-12-24 10:00")))
        #expect(parse("igår", "arrived") == .failure(.notADateTime("igår")))
        #expect(parse("25:00", "arrived") == .failure(.notADateTime("25:00")))
    }

    @Test("Lists keep their entries and drop blank lines")
    func lists() {
        #expect(input.parse(lines: ["a", " ", "b "], for: routine.question("risks")!) == .success(.list(["a", "b"])))
        #expect(input.parse(lines: [], for: routine.question("risks")!) == .failure(.empty))
    }
}
