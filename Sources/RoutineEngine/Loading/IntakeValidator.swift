/// Checks an intake against the routines it routes to: each route names a routine that exists;
/// a question the intake shares with a routine (the same id, so its answer carries over) has the
/// same kind there and only choices the routine has too; and every way of answering the intake
/// ends in a route.
struct IntakeValidator {
    /// Above this many combinations of deciding answers, coverage is not checked.
    private static let limit = 20_000

    static func validate(_ intake: Routine, keyLines: KeyLines, routines: [Routine]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: intake.file, line: line, message: message))
        }
        for route in intake.routes {
            guard let target = routines.first(where: { $0.id == route.target }) else {
                let known = routines.filter { !$0.isIntake }.map(\.id)
                report(route.line, "The route names routine '\(route.target)', which is not loaded; "
                       + (known.isEmpty ? "no other routine is." : "the routines are: \(known.joined(separator: ", "))."))
                continue
            }
            if target.isIntake { report(route.line, "The route names '\(route.target)', which is an intake itself.") }
            for question in intake.questions where question.kind != .acknowledgement {
                guard let shared = target.question(question.id) else { continue }
                if shared.kind != question.kind {
                    report(question.line, "Question '\(question.id)' is '\(question.kind.rawValue)' here but '\(shared.kind.rawValue)' in routine '\(target.id)'; the answer carries over, so the kinds must match.")
                }
                for choice in question.choices where shared.choice(choice.id) == nil {
                    report(choice.line, "Choice '\(choice.id)' of question '\(question.id)' is not in routine '\(target.id)', where the answer carries over.")
                }
            }
        }
        if let uncovered = uncovered(intake) {
            let text = uncovered.sorted { $0.key < $1.key }.map { "\($0.key) = \(describe($0.value))" }.joined(separator: ", ")
            report(intake.routes.first?.line ?? 1, "No route applies when \(text); every way of answering the intake must lead to a routine.")
        }
        return diagnostics
    }

    /// Answers to the questions the routes test for under which no route holds, if any.
    private static func uncovered(_ intake: Routine) -> [String: AnswerValue]? {
        let conditions = intake.routes.compactMap(\.condition) + intake.steps.compactMap(\.condition)
            + intake.questions.compactMap(\.condition)
        var ids: [String] = []
        for id in conditions.flatMap(\.questionIDs) where !ids.contains(id) { ids.append(id) }
        let domains = ids.map { id -> [AnswerValue?] in
            guard let question = intake.question(id) else { return [nil] }
            let mentioned = conditions.flatMap(\.atoms).filter { $0.question == id }.map(\.value)
            return (question.isRequired ? [] : [nil]) + AnswerDomain.values(of: question, mentioned: mentioned)
        }
        guard domains.reduce(1, { $0 > limit ? $0 : $0 * max($1.count, 1) }) <= limit else { return nil }
        var answers: [String: AnswerValue] = [:]
        func search(_ index: Int) -> [String: AnswerValue]? {
            if index == ids.count {
                let walk = Walk(routine: intake, values: answers)
                return intake.route(for: walk.answers) == nil ? walk.answers.filter { ids.contains($0.key) } : nil
            }
            for value in domains[index] {
                answers[ids[index]] = value
                if let found = search(index + 1) { return found }
            }
            answers[ids[index]] = nil
            return nil
        }
        return search(0)
    }

    private static func describe(_ value: AnswerValue) -> String {
        switch value {
        case .choice(let id): id
        case .choices(let ids): ids.joined(separator: ",")
        case .number(let number): String(number)
        default: "…"
        }
    }
}
