/// Checks what the blocks of a routine say about each other: unique ids, conditions that
/// name earlier questions and existing choices, decisions and deadlines that name existing
/// questions, and steps and questions that can be reached on some path.
struct RoutineValidator {
    private let routine: Routine
    private let keyLines: KeyLines
    private var diagnostics: [Diagnostic] = []

    static func validate(_ routine: Routine, keyLines: KeyLines) -> [Diagnostic] {
        var validator = RoutineValidator(routine: routine, keyLines: keyLines)
        validator.checkIDs()
        validator.checkReferences()
        validator.checkStatistics()
        return validator.diagnostics
    }

    private init(routine: Routine, keyLines: KeyLines) {
        self.routine = routine
        self.keyLines = keyLines
    }

    private mutating func report(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: routine.file, line: line, message: message))
    }

    // MARK: Ids

    private mutating func checkIDs() {
        var seen: [String: Int] = [:]
        func claim(_ id: String, _ line: Int, _ what: String, into diagnostics: inout [Diagnostic], file: String) {
            if let first = seen[id] {
                diagnostics.append(Diagnostic(file: file, line: line, message: "Duplicate id '\(id)': the \(what) reuses the id first used on line \(first)."))
            } else {
                seen[id] = line
            }
        }
        for step in routine.steps {
            claim(step.id, step.line, "step", into: &diagnostics, file: routine.file)
            for question in step.questions where question.kind != .acknowledgement {
                claim(question.id, question.line, "question", into: &diagnostics, file: routine.file)
                // A question has a handful of choices: comparing with the earlier ones beats a dictionary each.
                for (index, choice) in question.choices.enumerated() {
                    if let first = question.choices[..<index].first(where: { $0.id == choice.id }) {
                        report(choice.line, "Duplicate id '\(choice.id)': question '\(question.id)' already has this choice on line \(first.line).")
                    }
                }
            }
            for deadline in step.deadlines {
                claim(deadline.id, deadline.line, "deadline", into: &diagnostics, file: routine.file)
            }
            for rule in step.rules {
                claim(rule.id, rule.line, "rule", into: &diagnostics, file: routine.file)
            }
            for alert in step.alerts {
                claim(alert.id, alert.line, "alert", into: &diagnostics, file: routine.file)
            }
            for todo in step.todos {
                claim(todo.id, todo.line, "todo", into: &diagnostics, file: routine.file)
            }
        }
    }

    // MARK: Statistics

    private mutating func checkStatistics() {
        for statistic in routine.statistics where statistic.from != nil || statistic.to != nil {
            guard let from = statistic.from, let to = statistic.to else {
                report(statistic.line, "Statistic '\(statistic.id)' gives only one of 'from:' and 'to:'; a time needs both.")
                continue
            }
            for (key, id) in [("from", from), ("to", to)] where routine.question(id) == nil {
                report(keyLines["statistic " + statistic.id, key] ?? statistic.line, "Statistic '\(statistic.id)' counts \(key) unknown question '\(id)'.")
            }
        }
        for question in routine.questions {
            if let count = question.count {
                let line = keyLines[question.id, "count"] ?? question.line
                if routine.statistic(count) == nil {
                    report(line, "'count: \(count)' names no statistic declared in the header ('statistic \(count)').")
                } else if !question.kind.hasChoices && question.kind != .yesNo {
                    report(line, "'count:' on a question counts its chosen option; '\(question.id)' is '\(question.kind.rawValue)'. Put 'count:' on a choice instead.")
                }
            }
            for choice in question.choices {
                if let count = choice.count, routine.statistic(count) == nil {
                    report(keyLines[question.id + "." + choice.id, "count"] ?? choice.line,
                           "'count: \(count)' names no statistic declared in the header ('statistic \(count)').")
                }
            }
        }
    }

    // MARK: References and reachability

    private mutating func checkReferences() {
        // The questions asked so far: a step's condition is checked before its own questions join.
        var known: [String: Question] = [:]
        var reachable = Set<String>()
        for step in routine.steps {
            let stepReachable = check(step.condition, owner: step.id, known: known, reachable: reachable, line: step.line) {
                "step '\(step.id)'"
            }
            for question in step.questions {
                let questionReachable = stepReachable
                    && check(question.condition, owner: question.id, known: known, reachable: reachable,
                             line: question.line) { "question '\(question.id)'" }
                for choice in question.choices {
                    _ = check(choice.condition, owner: question.id + "." + choice.id, known: known, reachable: reachable,
                              line: choice.line) { "choice '\(choice.id)' of question '\(question.id)'" }
                }
                checkDerivations(question, known: known, reachable: reachable)
                if questionReachable { reachable.insert(question.id) }
                known[question.id] = question
                // Who decided, and when, may be asked after the decision, in the same step.
                checkDecision(question, known: known, step: step)
            }
        }
        let all = Dictionary(routine.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for step in routine.steps {
            for deadline in step.deadlines {
                if !deadline.from.isEmpty, all[deadline.from] == nil {
                    report(keyLines[deadline.id, "from"] ?? deadline.line,
                           "Deadline '\(deadline.id)' counts from unknown question '\(deadline.from)'.")
                }
                _ = check(deadline.condition, owner: deadline.id, key: "when", known: all, reachable: reachable,
                          line: deadline.line) { "deadline '\(deadline.id)'" }
                _ = check(deadline.doneWhen, owner: deadline.id, key: "done-when", known: all, reachable: reachable,
                          line: deadline.line) { "deadline '\(deadline.id)'" }
            }
            // Rules and alerts are checked against the whole case, so they may name any question.
            for rule in step.rules {
                _ = check(rule.condition, owner: rule.id, known: all, reachable: reachable, line: rule.line, never: "apply") {
                    "rule '\(rule.id)'"
                }
            }
            for route in step.routes {
                _ = check(route.condition, owner: "route " + route.target, known: all, reachable: reachable, line: route.line,
                          never: "apply") { "route to '\(route.target)'" }
            }
            for alert in step.alerts {
                _ = check(alert.condition, owner: alert.id, known: all, reachable: reachable, line: alert.line, never: "apply") {
                    "alert '\(alert.id)'"
                }
            }
            for todo in step.todos {
                _ = check(todo.condition, owner: todo.id, known: all, reachable: reachable, line: todo.line, never: "apply") {
                    "todo '\(todo.id)'"
                }
                if let skipped = todo.skipped {
                    let line = keyLines[todo.id, "skipped"] ?? todo.line
                    if let question = all[skipped] {
                        if question.isRequired { report(line, "Todo '\(todo.id)' waits for question '\(skipped)' to be skipped, but it is required and cannot be.") }
                    } else {
                        report(line, "Todo '\(todo.id)' names unknown question '\(skipped)'.")
                    }
                }
            }
        }
    }

    /// A derived answer must be one the question could be given, from earlier answers.
    private mutating func checkDerivations(_ question: Question, known: [String: Question], reachable: Set<String>) {
        for derivation in question.derivations {
            switch question.kind {
            case .yesNo:
                if derivation.value != "yes" && derivation.value != "no" {
                    report(derivation.line, "A yes/no question derives 'yes' or 'no', not '\(derivation.value)'.")
                }
            case .choice, .decision:
                if question.choice(derivation.value) == nil {
                    report(derivation.line, "Question '\(question.id)' has no choice '\(derivation.value)' to derive.")
                }
            default:
                report(derivation.line, "'derive' works on yesno, choice and decision questions; '\(question.id)' is '\(question.kind.rawValue)'.")
            }
            _ = check(derivation.condition, owner: question.id, known: known, reachable: reachable, line: derivation.line,
                      exactLine: true) { "the derived answer of question '\(question.id)'" }
        }
    }

    private mutating func checkDecision(_ question: Question, known: [String: Question], step: Step) {
        func asked(_ id: String) -> Question? { known[id] ?? step.questions.first { $0.id == id } }
        if let by = question.decidedBy {
            let line = keyLines[question.id, "decided-by"] ?? question.line
            if let target = asked(by) {
                if target.kind != .text && target.kind != .choice {
                    report(line, "'decided-by: \(by)' must name a text or choice question, not one of kind '\(target.kind.rawValue)'.")
                }
            } else {
                report(line, "'decided-by' names unknown question '\(by)'; it must be asked in the same step or earlier.")
            }
        }
        if let at = question.decidedAt {
            let line = keyLines[question.id, "decided-at"] ?? question.line
            if let target = asked(at) {
                if target.kind != .dateTime {
                    report(line, "'decided-at: \(at)' must name a datetime question, not one of kind '\(target.kind.rawValue)'.")
                }
            } else {
                report(line, "'decided-at' names unknown question '\(at)'; it must be asked in the same step or earlier.")
            }
        }
        if (question.decidedBy != nil || question.decidedAt != nil) && question.kind != .decision {
            report(question.line, "Only a question of kind 'decision' takes 'decided-by' and 'decided-at'.")
        }
    }

    /// Checks a condition's references; returns whether it can hold on some path.
    private mutating func check(_ condition: Condition?, owner: String, key: String = "when", known: [String: Question],
                                reachable: Set<String>, line blockLine: Int, exactLine: Bool = false, never: String = "be shown",
                                what describe: () -> String) -> Bool {
        guard let condition else { return true }
        // Described only for a message: building the text for every block costs more than the checks.
        var what: String { describe() }
        let line = exactLine ? blockLine : keyLines[owner, key] ?? blockLine
        var valid = true
        for atom in condition.atoms {
            guard let question = known[atom.question] else {
                if routine.question(atom.question) != nil {
                    report(line, "The condition of \(what) uses question '\(atom.question)', which is asked later; a condition can only use earlier answers.")
                } else if routine.step(atom.question) != nil {
                    report(line, "The condition of \(what) names step '\(atom.question)'; name one of its questions instead.")
                } else {
                    report(line, "The condition of \(what) names unknown question '\(atom.question)'.")
                }
                valid = false
                continue
            }
            if let problem = atom.problem(with: question) {
                report(line, "The condition of \(what): \(problem)")
                valid = false
            }
        }
        guard valid else { return true }
        if !Satisfiability.canHold(condition, questions: known, reachable: reachable) {
            let answers = never == "apply" ? "any answers" : "any answers to earlier questions"
            report(line, "The \(what) can never \(never): its condition cannot hold for \(answers).")
            return false
        }
        return true
    }
}
