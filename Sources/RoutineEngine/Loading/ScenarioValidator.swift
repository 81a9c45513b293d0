/// Checks a scenario against the routine it runs through: the routine exists, facts are shown at
/// existing steps in the routine's order, and every expectation names an existing question of a
/// kind that can be scored and existing choices of that question.
struct ScenarioValidator {
    private let scenario: Scenario
    private let keyLines: KeyLines
    private var diagnostics: [Diagnostic] = []

    static func validate(_ scenario: Scenario, keyLines: KeyLines, routines: [Routine]) -> [Diagnostic] {
        var validator = ScenarioValidator(scenario: scenario, keyLines: keyLines)
        guard !scenario.routineID.isEmpty else { return [] }
        // A scenario runs through a case routine; an intake only chooses one.
        let caseRoutines = routines.filter { !$0.isIntake }
        guard let routine = caseRoutines.first(where: { $0.id == scenario.routineID }) else {
            validator.report(keyLines["", "routine"] ?? scenario.line,
                             "The scenario runs through unknown routine '\(scenario.routineID)'; available: \(caseRoutines.map(\.id).joined(separator: ", ")).")
            return validator.diagnostics
        }
        validator.checkFacts(routine)
        validator.checkExpectations(routine)
        return validator.diagnostics
    }

    private init(scenario: Scenario, keyLines: KeyLines) {
        self.scenario = scenario
        self.keyLines = keyLines
    }

    private mutating func report(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: scenario.file, line: line, message: message))
    }

    private mutating func checkFacts(_ routine: Routine) {
        var previous: (fact: ScenarioFact, index: Int)?
        for fact in scenario.facts where !fact.stepID.isEmpty {
            let line = keyLines[fact.id, "at"] ?? fact.line
            guard let index = routine.steps.firstIndex(where: { $0.id == fact.stepID }) else {
                let hint = routine.question(fact.stepID).map { " ('\($0.id)' is a question of step '\($0.stepID)'; name the step)" } ?? ""
                report(line, "Fact '\(fact.id)' is shown at unknown step '\(fact.stepID)'\(hint).")
                continue
            }
            if let previous, index < previous.index {
                report(line, "Fact '\(fact.id)' is shown at step '\(fact.stepID)', which comes before step '\(previous.fact.stepID)' of fact '\(previous.fact.id)' above it; list facts in the order of the routine's steps.")
            }
            previous = (fact, index)
        }
    }

    private mutating func checkExpectations(_ routine: Routine) {
        for expectation in scenario.expectations {
            let id = expectation.questionID
            guard let question = routine.question(id), question.kind != .acknowledgement else {
                let hint = routine.step(id) != nil ? " ('\(id)' is a step; name one of its questions)" : ""
                report(expectation.line, "'expect \(id)' names no question of routine '\(routine.id)'\(hint).")
                continue
            }
            let valid = question.kind == .yesNo ? ["yes", "no"] : question.choices.map(\.id)
            switch question.kind {
            case .choice, .decision, .yesNo:
                if !expectation.included.isEmpty {
                    report(keyLines[id, "includes"] ?? expectation.line,
                           "Question '\(id)' takes one answer ('\(question.kind.rawValue)'); write 'answer:' instead of 'includes:'.")
                }
                check(expectation.accepted, key: "answer", valid: valid, expectation: expectation)
            case .multi, .actions:
                if !expectation.accepted.isEmpty {
                    report(keyLines[id, "answer"] ?? expectation.line,
                           "Question '\(id)' takes several answers ('\(question.kind.rawValue)'); write 'includes:' with the ids that must be among them.")
                }
                check(expectation.included, key: "includes", valid: valid, expectation: expectation)
            default:
                report(expectation.line, "Question '\(id)' is of kind '\(question.kind.rawValue)', which the debrief cannot score; expect a choice, decision, yes/no, multiple-choice or checklist question.")
            }
        }
    }

    private mutating func check(_ ids: [String], key: String, valid: [String], expectation: Expectation) {
        for id in ids where !valid.contains(id) {
            report(keyLines[expectation.questionID, key] ?? expectation.line,
                   "Question '\(expectation.questionID)' has no choice '\(id)'; its choices are: \(valid.joined(separator: ", ")).")
        }
    }
}
