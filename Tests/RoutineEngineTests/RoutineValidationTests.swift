import Testing
@testable import RoutineEngine

/// Each broken routine is refused with a message naming the file and the line.
@Suite("Routine validation")
struct RoutineValidationTests {
    static let header = """
    routine: r
    name.sv: R
    name.en: R
    legal-review: 2026-01-01

    """

    /// A minimal step with one choice question, starting at line 6.
    static let step = """
    step s1
    title.sv: Steg
    title.en: Step
    source: 004 §6
    question q1
    kind: choice
    text.sv: Fråga
    text.en: Question
    choice a
    text.sv: A
    text.en: A
    choice b
    text.sv: B
    text.en: B

    """

    static func broken(_ body: String) -> [String] {
        Fixtures.errors(header + step + body)
    }

    @Test("The header and minimal step are valid on their own")
    func baseline() {
        #expect(Self.broken("") == [])
    }

    @Test("An unknown key is named with its line and the known keys")
    func unknownKey() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\ncolour: red\n")
            == ["test.steps:23: Unknown key 'colour' in a step; known keys here: guidance, section, source, summary, title, when."])
    }

    @Test("A key in the wrong block says where it belongs")
    func misplacedKey() {
        let errors = Fixtures.errors(Self.header + Self.step.replacingOccurrences(of: "text.en: B\n", with: "text.en: B\nrequired: no\n"))
        #expect(errors == ["test.steps:19: 'required' belongs to a question, not a choice or item. Write it before the question's first choice."])
    }

    @Test("A duplicate id names the first use")
    func duplicateID() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nquestion q1\nkind: text\ntext.sv: T\ntext.en: T\n")
            == ["test.steps:23: Duplicate id 'q1': the question reuses the id first used on line 9."])
    }

    @Test("A condition naming an unknown question")
    func unknownQuestionInCondition() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: nothing = a\n")
            == ["test.steps:23: The condition of step 's2' names unknown question 'nothing'."])
    }

    @Test("A condition naming a step instead of a question")
    func stepInCondition() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: s1 answered\n")
            == ["test.steps:23: The condition of step 's2' names step 's1'; name one of its questions instead."])
    }

    @Test("A condition naming an unknown choice")
    func unknownChoice() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: q1 = c\n")
            == ["test.steps:23: The condition of step 's2': question 'q1' has no choice 'c'."])
    }

    @Test("A condition on a later question")
    func forwardReference() {
        let body = "step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: q3 answered\nstep s3\ntitle.sv: T\ntitle.en: T\nsource: x\nquestion q3\nkind: text\ntext.sv: T\ntext.en: T\n"
        #expect(Self.broken(body)
            == ["test.steps:23: The condition of step 's2' uses question 'q3', which is asked later; a condition can only use earlier answers."])
    }

    @Test("A step whose condition can never hold is unreachable")
    func unreachableStep() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: q1 = a and q1 = b\n")
            == ["test.steps:23: The step 's2' can never be shown: its condition cannot hold for any answers to earlier questions."])
    }

    @Test("A step depending only on an unreachable step is unreachable too")
    func unreachableChain() {
        let body = """
        step s2
        title.sv: T
        title.en: T
        source: x
        when: q1 = a and q1 = b
        question q2
        kind: yesno
        text.sv: T
        text.en: T
        step s3
        title.sv: T
        title.en: T
        source: x
        when: q2 = yes

        """
        #expect(Self.broken(body) == [
            "test.steps:23: The step 's2' can never be shown: its condition cannot hold for any answers to earlier questions.",
            "test.steps:32: The step 's3' can never be shown: its condition cannot hold for any answers to earlier questions.",
        ])
    }

    @Test("Missing Swedish text is an error; missing English a warning")
    func missingText() {
        let result = Fixtures.parse(Self.header + "step s2\ntitle.en: T\nsource: x\n")
        #expect(result.diagnostics.map(\.description) == [
            "test.steps:5: The step 's2' has no Swedish text ('title.sv:').",
        ])
        let english = Fixtures.parse(Self.header + "step s2\ntitle.sv: T\nsource: x\n")
        #expect(english.diagnostics.map(\.description) == [
            "test.steps:5: warning: The step 's2' has no English text ('title.en:').",
        ])
    }

    @Test("A bad legal-review date")
    func badDate() {
        let errors = Fixtures.errors(Self.header.replacingOccurrences(of: "2026-01-01", with: "2026-02-30") + Self.step)
        #expect(errors == ["test.steps:4: '2026-02-30' is not a valid date; write the legal-review date as YYYY-MM-DD."])
    }

    @Test("Invalid UTF-8 names its line")
    func invalidUTF8() {
        var bytes = Array((Self.header + Self.step).utf8)
        bytes += Array("step s2\ntitle.sv: ".utf8) + [0xC3, 0x28] + Array("\ntitle.en: T\nsource: x\n".utf8)
        let errors = RoutineLoader.check([(name: "bad.steps", bytes: bytes)]).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description).contains("bad.steps:20: The line is not valid UTF-8; save the file as UTF-8."))
    }

    @Test("Every error in a file is reported, not just the first")
    func allErrors() {
        let body = "step s2\ntitle.sv: T\ntitle.en: T\nsource: x\ncolour: red\nquestion q9\nkind: wheel\ntext.sv: T\ntext.en: T\n"
        let errors = Self.broken(body)
        #expect(errors.count == 2)
        #expect(errors[1].hasPrefix("test.steps:25: Unknown kind 'wheel'"))
    }

    @Test("A missing source, kind, choices, and deadline keys")
    func missingRequiredKeys() {
        let body = "step s2\ntitle.sv: T\ntitle.en: T\nquestion q2\ntext.sv: T\ntext.en: T\nquestion q3\nkind: choice\ntext.sv: T\ntext.en: T\ndeadline d\ntext.sv: T\ntext.en: T\nafter: 7 days\n"
        #expect(Self.broken(body) == [
            "test.steps:22: Question 'q2' has no 'kind:'.",
            "test.steps:25: Question 'q3' of kind 'choice' has no 'choice' blocks.",
            "test.steps:29: Deadline 'd' has no 'from:'.",
            "test.steps:29: Deadline 'd' has no 'basis:'.",
            "test.steps:19: Step 's2' names no 'source:' (seed file and section, or law section).",
        ])
    }

    @Test("Condition syntax errors are explained")
    func conditionSyntax() {
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: (q1 = a\n")
            == ["test.steps:23: A '(' in the condition is not closed."])
        #expect(Self.broken("step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nwhen: q1 ! a\n")
            == ["test.steps:23: '!' must be followed by '=' (write '!=')."])
    }

    @Test("A decision must say who decided, naming an existing question")
    func decisionReferences() {
        let body = "step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nquestion d\nkind: decision\ndecided-by: nobody\ntext.sv: T\ntext.en: T\nchoice yes\ntext.sv: Ja\ntext.en: Yes\n"
        #expect(Self.broken(body) == ["test.steps:25: 'decided-by' names unknown question 'nobody'; it must be asked in the same step or earlier."])
    }

    @Test("Prose needs indentation; a key without language is refused")
    func localizedKeyNeedsLanguage() {
        #expect(Self.broken("step s2\ntitle: T\nsource: x\n")
            == ["test.steps:20: 'title' needs a language: write 'title.sv:' or 'title.en:'.",
                "test.steps:19: The step 's2' has no Swedish text ('title.sv:')."])
    }

    @Test("A deadline counting from an unknown question")
    func deadlineFromUnknown() {
        let body = "deadline d\ntext.sv: T\ntext.en: T\nfrom: nope\nafter: 2 fortnights\nbasis: 7 § LVU\n"
        #expect(Self.broken(body) == [
            "test.steps:23: '2 fortnights' is not a time span; write e.g. '7 days', '4 weeks', '4 months' or '48 hours'.",
            "test.steps:22: Deadline 'd' counts from unknown question 'nope'.",
        ])
    }

    @Test("A file without header lines reports what is missing")
    func emptyFile() {
        #expect(Fixtures.errors("") == [
            "test.steps:1: The file has no 'routine:' line naming the routine's id.",
            "test.steps:1: The routine has no Swedish name ('name.sv:').",
            "test.steps:1: The file has no 'legal-review:' date (YYYY-MM-DD).",
            "test.steps:1: The routine has no steps.",
        ])
    }

    @Test("A legal review older than 12 months gives a warning")
    func oldReview() {
        let result = RoutineLoader.check([(name: "t.steps", bytes: Array((Self.header + Self.step).utf8))],
                                         today: CalendarDate(year: 2027, month: 1, day: 2))
        #expect(result.diagnostics.map(\.description)
            == ["t.steps:4: warning: The legal review (2026-01-01) is more than 12 months old; have the legal content reviewed."])
    }
}

extension RoutineValidationTests {
    static let scaleQuestion = "step s2\ntitle.sv: T\ntitle.en: T\nsource: x\nquestion sc\nkind: scale\ntext.sv: S\ntext.en: S\n"

    @Test("Scale bounds may come in any order; min must stay below max")
    func scaleBounds() throws {
        let routine = try Fixtures.routine(Self.header + Self.step + Self.scaleQuestion + "min: 20\nmax: 30\n")
        #expect(routine.question("sc")?.range == 20...30)
        #expect(Self.broken(Self.scaleQuestion + "max: 5\nmin: 5\n") == ["test.steps:28: 'min' (5) must be less than 'max' (5)."])
    }

    @Test("The quick satisfiability answer agrees with the search wherever it answers")
    func plainConditionsAgreeWithSearch() throws {
        let routine = try BinaryRunner.bundledRoutine()
        let questions = Dictionary(routine.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let conditions = routine.steps.flatMap { step in
            [step.condition] + step.questions.map(\.condition) + step.deadlines.flatMap { [$0.condition, $0.doneWhen] }
        }.compactMap { $0 }
        var plain = 0
        for condition in conditions {
            for reachable in [Set(questions.keys), Set(condition.questionIDs.dropFirst()), []] {
                let quick = Satisfiability.plainlyCanHold(condition, reachable: reachable)
                if quick { plain += 1 }
                #expect(!quick || Satisfiability.searchFinds(condition, questions: questions, reachable: reachable), "\(condition)")
            }
        }
        #expect(plain >= 20, "the bundled routine's conditions are mostly plain; only \(plain) were")
    }
}
