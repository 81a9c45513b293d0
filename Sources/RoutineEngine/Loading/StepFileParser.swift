import Digest
import Foundation

/// Reads one step file into a `Routine`, collecting every problem with its line.
///
/// The format is described for routine authors in `Resources/routines/README.md`.
/// This type checks syntax and each block on its own; `RoutineValidator` checks
/// what blocks say about each other (references, reachability).
struct StepFileParser {
    /// The result: the routine as far as it could be read, where each key was written, and the problems.
    struct Result {
        var routine: Routine
        var keyLines: KeyLines
        var diagnostics: [Diagnostic]
    }

    private enum Block {
        case header
        case step(Int)
        case question(Int, Int)
        case choice(Int, Int, Int)
        case deadline(Int, Int)
        case rule(Int, Int)
        case alert(Int, Int)
        case todo(Int, Int)
        case route(Int, Int)
        case statistic(Int)

        var name: String {
            switch self {
            case .header: "the routine header"
            case .step: "a step"
            case .question: "a question"
            case .choice: "a choice or item"
            case .deadline: "a deadline"
            case .rule: "a rule"
            case .alert: "an alert"
            case .todo: "a todo"
            case .route: "a route"
            case .statistic: "a statistic"
            }
        }
    }

    private static let keyRules = KeyRules(localized: ["name", "section", "title", "guidance", "text", "help", "low", "high", "message", "reason", "standing"],
                                           repeatable: ["source", "derive"], eitherWay: ["basis"])
    private static let headerKeys: [String] = ["format", "routine", "name", "legal-review", "source", "intake"]
    private static let stepKeys: [String] = ["section", "title", "guidance", "source", "when", "summary"]
    private static let questionKeys: [String] = ["kind", "text", "help", "required", "when", "decided-by", "decided-at", "min", "max", "low", "high", "source", "count", "derive", "standing"]
    private static let choiceKeys: [String] = ["text", "basis", "count", "when"]
    private static let ruleKeys: [String] = ["when", "severity", "message", "basis", "source"]
    private static let alertKeys: [String] = ["when", "text", "source"]
    private static let todoKeys: [String] = ["when", "skipped", "text", "within", "source"]
    private static let routeKeys: [String] = ["when", "reason"]
    private static let statisticKeys: [String] = ["text", "from", "to"]
    private static let deadlineKeys: [String] = ["text", "from", "after", "basis", "when", "done-when"]

    private let file: String
    private var diagnostics: [Diagnostic] = []
    private var keyLines = KeyLines()
    private var block: Block = .header
    private var seenKeys = KeyRules.Seen()

    private var routineID = ""
    private var name = LocalizedText()
    private var legalReview = CalendarDate(year: 1900, month: 1, day: 1)
    private var sources: [String] = []
    private var steps: [Step] = []
    private var statistics: [Statistic] = []
    private var isIntake = false
    /// Whether the route being read gave its `when:` (a condition that failed to parse is reported already).
    private var routeConditionGiven = false
    /// For each step, whether it gave its own `section`.
    private var sectionGiven: [Bool] = []
    /// Whether the question being read gave its `kind:`.
    private var kindGiven = false
    /// The `min:` and `max:` of the question being read, applied when it ends (they may come in any order).
    private var scaleBounds: (min: Int?, max: Int?, line: Int)?

    private init(file: String) {
        self.file = file
    }

    /// Parses `bytes` read from `file`; `fingerprint` is their SHA-256 if already known.
    static func parse(_ bytes: [UInt8], file: String, fingerprint known: String? = nil) -> Result {
        var parser = StepFileParser(file: file)
        let (lines, problems) = SourceLine.split(bytes, file: file)
        parser.diagnostics = problems
        parser.read(lines)
        return parser.finish(fingerprint: known ?? SHA256.hex(of: bytes), lastLine: lines.last?.number ?? 1)
    }

    // MARK: Reading lines

    private mutating func read(_ lines: [SourceLine]) {
        for line in BlockLine.read(lines, keywords: Self.blockKeywords) {
            switch line {
            case .block(let keyword, let id, let number):
                closeBlock(before: keyword)
                openBlock(keyword, id: id, line: number)
            case .field(let key, let language, let value, let number):
                assign(key: key, language: language, value: value, line: number)
            case .unreadable(let text, let number):
                report(number, "Expected 'key: value' or a block such as 'step ID' or 'question ID', but found '\(text)'.")
            }
        }
        closeBlock(before: nil)
    }

    private static let blockKeywords = ["step", "question", "choice", "item", "deadline", "rule", "alert", "todo", "route", "statistic"]

    // MARK: Blocks

    private mutating func openBlock(_ keyword: String, id: String, line: Int) {
        seenKeys = KeyRules.Seen()
        routeConditionGiven = false
        if !Identifier.isValid(id) {
            report(line, "'\(id)' is not a valid id: use lower-case letters a–z, digits and dashes, starting with a letter or digit.")
        }
        switch keyword {
        case "statistic":
            guard steps.isEmpty else {
                report(line, "'statistic \(id)' belongs in the routine header, before the first step.")
                block = .header
                return
            }
            statistics.append(Statistic(id: id, label: LocalizedText(), line: line))
            block = .statistic(statistics.count - 1)
        case "step":
            steps.append(Step(id: id, section: LocalizedText(), title: LocalizedText(), guidance: LocalizedText(),
                              sources: [], condition: nil, isSummary: false, questions: [], deadlines: [], line: line))
            sectionGiven.append(false)
            block = .step(steps.count - 1)
        case "question":
            guard let s = currentStepIndex else {
                report(line, "'question \(id)' must come after a 'step'.")
                block = .header
                return
            }
            steps[s].questions.append(Question(id: id, stepID: steps[s].id, kind: .text, text: LocalizedText(), help: LocalizedText(),
                                               isRequired: true, condition: nil, choices: [], decidedBy: nil, decidedAt: nil,
                                               range: 0...10, lowLabel: LocalizedText(), highLabel: LocalizedText(), count: nil, line: line))
            kindGiven = false
            scaleBounds = nil
            block = .question(s, steps[s].questions.count - 1)
        case "choice", "item":
            guard case .question(let s, let q) = currentQuestionBlock else {
                report(line, "'\(keyword) \(id)' must come after a 'question'.")
                block = .header
                return
            }
            let kind = steps[s].questions[q].kind
            if keyword == "item" && kind != .actions {
                report(line, "'item' belongs to a question of kind 'actions'; this question is '\(kind.rawValue)' (use 'choice').")
            } else if keyword == "choice" && kind == .actions {
                report(line, "A question of kind 'actions' lists 'item' blocks, not 'choice'.")
            } else if keyword == "choice" && !kind.hasChoices && kindGiven {
                report(line, "A question of kind '\(kind.rawValue)' has no choices.")
            }
            steps[s].questions[q].choices.append(Choice(id: id, label: LocalizedText(), basis: LocalizedText(), condition: nil, count: nil, line: line))
            block = .choice(s, q, steps[s].questions[q].choices.count - 1)
        default:
            guard let s = currentStepIndex else {
                report(line, "'\(keyword) \(id)' must come after a 'step'.")
                block = .header
                return
            }
            switch keyword {
            case "rule":
                steps[s].rules.append(Rule(id: id, stepID: steps[s].id, condition: nil, severity: .refuse, message: LocalizedText(),
                                           basis: LocalizedText(), sources: [], line: line))
                block = .rule(s, steps[s].rules.count - 1)
            case "alert":
                steps[s].alerts.append(Alert(id: id, condition: nil, text: LocalizedText(), sources: [], line: line))
                block = .alert(s, steps[s].alerts.count - 1)
            case "todo":
                steps[s].todos.append(Todo(id: id, stepID: steps[s].id, condition: nil, skipped: nil, text: LocalizedText(), within: nil,
                                           sources: [], line: line))
                block = .todo(s, steps[s].todos.count - 1)
            case "route":
                steps[s].routes.append(Route(target: id, condition: nil, reason: LocalizedText(), line: line))
                block = .route(s, steps[s].routes.count - 1)
            default:
                steps[s].deadlines.append(DeadlineRule(id: id, text: LocalizedText(), from: "", offset: .days(0), basis: LocalizedText(),
                                                       condition: nil, doneWhen: nil, line: line))
                block = .deadline(s, steps[s].deadlines.count - 1)
            }
        }
    }

    private var currentStepIndex: Int? {
        switch block {
        case .header, .statistic: nil
        case .step(let s), .question(let s, _), .choice(let s, _, _), .deadline(let s, _), .rule(let s, _), .alert(let s, _),
             .todo(let s, _), .route(let s, _): s
        }
    }

    private var currentQuestionBlock: Block? {
        switch block {
        case .question(let s, let q), .choice(let s, let q, _): .question(s, q)
        default: nil
        }
    }

    /// Checks that the block just finished has everything it needs. A question is
    /// checked once its last choice is read, i.e. when the next block is not a choice.
    private mutating func closeBlock(before next: String?) {
        let questionContinues = next == "choice" || next == "item"
        switch block {
        case .header:
            break
        case .statistic(let i):
            let statistic = statistics[i]
            requireText(statistic.label, "text", of: "statistic '\(statistic.id)'", line: statistic.line)
        case .step(let s):
            let step = steps[s]
            requireText(step.title, "title", of: "step '\(step.id)'", line: step.line)
        case .question(let s, let q):
            if !questionContinues { closeQuestion(steps[s].questions[q]) }
        case .choice(let s, let q, let c):
            let choice = steps[s].questions[q].choices[c]
            requireText(choice.label, "text", of: "choice '\(choice.id)'", line: choice.line)
            if !questionContinues { closeQuestion(steps[s].questions[q]) }
        case .deadline(let s, let d):
            let deadline = steps[s].deadlines[d]
            requireText(deadline.text, "text", of: "deadline '\(deadline.id)'", line: deadline.line)
            for key in ["from", "after"] where keyLines[deadline.id, key] == nil {
                report(deadline.line, "Deadline '\(deadline.id)' has no '\(key):'.")
            }
            if deadline.basis.isEmpty { report(deadline.line, "Deadline '\(deadline.id)' has no 'basis:'.") }
        case .rule(let s, let r):
            let rule = steps[s].rules[r]
            requireText(rule.message, "message", of: "rule '\(rule.id)'", line: rule.line)
            if keyLines[rule.id, "when"] == nil { report(rule.line, "Rule '\(rule.id)' has no 'when:' saying when it applies.") }
            if keyLines[rule.id, "severity"] == nil { report(rule.line, "Rule '\(rule.id)' has no 'severity:' ('refuse' or 'warn').") }
            if rule.basis.isEmpty { report(rule.line, "Rule '\(rule.id)' has no 'basis:' naming the law it rests on.") }
        case .alert(let s, let a):
            let alert = steps[s].alerts[a]
            requireText(alert.text, "text", of: "alert '\(alert.id)'", line: alert.line)
            if keyLines[alert.id, "when"] == nil { report(alert.line, "Alert '\(alert.id)' has no 'when:' saying when it applies.") }
            if alert.sources.isEmpty { report(alert.line, "Alert '\(alert.id)' names no 'source:' (seed file and section, or law section).") }
        case .todo(let s, let t):
            let todo = steps[s].todos[t]
            requireText(todo.text, "text", of: "todo '\(todo.id)'", line: todo.line)
            let given = (keyLines[todo.id, "when"] != nil, keyLines[todo.id, "skipped"] != nil)
            if given == (false, false) {
                report(todo.line, "Todo '\(todo.id)' says neither 'when:' (the answers that leave it to do) nor 'skipped:' (the question whose skip does).")
            } else if given == (true, true) {
                report(todo.line, "Todo '\(todo.id)' has both 'when:' and 'skipped:'; give one.")
            }
            if todo.sources.isEmpty { report(todo.line, "Todo '\(todo.id)' names no 'source:' (seed file and section, or law section).") }
        case .route(let s, let r):
            let route = steps[s].routes[r]
            requireText(route.reason, "reason", of: "route to '\(route.target)'", line: route.line)
            if route.condition == nil, !routeConditionGiven {
                report(route.line, "The route to '\(route.target)' has no 'when:' saying when that routine applies.")
            }
        }
    }

    private mutating func closeQuestion(_ question: Question) {
        if let bounds = scaleBounds, case .question(let s, let q) = currentQuestionBlock {
            let low = bounds.min ?? question.range.lowerBound
            let high = bounds.max ?? question.range.upperBound
            if low < high {
                steps[s].questions[q].range = low...high
            } else {
                report(bounds.line, "'min' (\(low)) must be less than 'max' (\(high)).")
            }
        }
        requireText(question.text, "text", of: "question '\(question.id)'", line: question.line)
        if !kindGiven {
            report(question.line, "Question '\(question.id)' has no 'kind:'.")
        } else if question.kind.hasChoices && question.choices.isEmpty {
            let word = question.kind == .actions ? "item" : "choice"
            report(question.line, "Question '\(question.id)' of kind '\(question.kind.rawValue)' has no '\(word)' blocks.")
        }
        if !question.standing.isEmpty {
            if question.kind != .yesNo {
                report(keyLines[question.id, "standing"] ?? question.line,
                       "'standing:' belongs on a yes/no question (e.g. 'absconded'); '\(question.id)' is of kind '\(question.kind.rawValue)'.")
            }
            requireText(question.standing, "standing", of: "question '\(question.id)'", line: question.line)
        }
        if question.kind == .decision && question.decidedBy == nil {
            report(question.line, "Decision '\(question.id)' has no 'decided-by:' naming the question that records who decided.")
        }
    }

    private mutating func requireText(_ text: LocalizedText, _ key: String, of what: @autoclosure () -> String, line: Int) {
        for missing in KeyRules.missingLanguages(text, key, of: what) { report(line, missing.message, severity: missing.severity) }
    }

    // MARK: Keys

    private mutating func assign(key: String, language code: String?, value: String, line: Int) {
        let allowed: [String]
        switch block {
        case .header: allowed = Self.headerKeys
        case .step: allowed = Self.stepKeys
        case .question: allowed = Self.questionKeys
        case .choice: allowed = Self.choiceKeys
        case .deadline: allowed = Self.deadlineKeys
        case .rule: allowed = Self.ruleKeys
        case .alert: allowed = Self.alertKeys
        case .todo: allowed = Self.todoKeys
        case .route: allowed = Self.routeKeys
        case .statistic: allowed = Self.statisticKeys
        }
        guard allowed.contains(key) else {
            reportMisplaced(key, line: line, allowed: allowed)
            return
        }
        let language: Language?
        switch Self.keyRules.check(key: key, code: code, value: value, line: line, blockName: block.name, seen: &seenKeys) {
        case .accepted(let accepted): language = accepted
        case .refused(let message): return report(line, message)
        }
        if let language {
            setText(key, language, value, line: line)
        } else {
            setValue(key, value, line: line)
        }
    }

    private mutating func reportMisplaced(_ key: String, line: Int, allowed: [String]) {
        let owners = [("the routine header", Self.headerKeys), ("a statistic", Self.statisticKeys), ("a step", Self.stepKeys),
                      ("a question", Self.questionKeys), ("a choice or item", Self.choiceKeys), ("a deadline", Self.deadlineKeys),
                      ("a rule", Self.ruleKeys), ("an alert", Self.alertKeys), ("a todo", Self.todoKeys), ("a route", Self.routeKeys)]
        let block = self.block
        report(line, KeyRules.misplaced(key, in: block.name, allowed: allowed, owners: owners) { owner in
            switch (block, owner) {
            case (.choice, "a question"): " Write it before the question's first choice."
            case (.question, "a step"), (.choice, "a step"), (.deadline, "a step"), (.rule, "a step"), (.alert, "a step"), (.todo, "a step"), (.route, "a step"):
                " Write it before the step's first question."
            case (_, "the routine header"): " Write it before the first step."
            default: ""
            }
        })
    }

    private mutating func setText(_ key: String, _ language: Language, _ value: String, line: Int) {
        switch block {
        case .choice(let s, let q, let c) where key == "basis":
            steps[s].questions[q].choices[c].basis.set(value, for: language)
        case .deadline(let s, let d) where key == "basis":
            steps[s].deadlines[d].basis.set(value, for: language)
        case .rule(let s, let r):
            if key == "basis" { steps[s].rules[r].basis.set(value, for: language) } else { steps[s].rules[r].message.set(value, for: language) }
        case .alert(let s, let a):
            steps[s].alerts[a].text.set(value, for: language)
        case .todo(let s, let t):
            steps[s].todos[t].text.set(value, for: language)
        case .route(let s, let r):
            steps[s].routes[r].reason.set(value, for: language)
        case .header:
            name.set(value, for: language)
        case .statistic(let i):
            statistics[i].label.set(value, for: language)
        case .step(let s):
            switch key {
            case "section": steps[s].section.set(value, for: language); sectionGiven[s] = true
            case "title": steps[s].title.set(value, for: language)
            default: steps[s].guidance.set(value, for: language)
            }
        case .question(let s, let q):
            switch key {
            case "text": steps[s].questions[q].text.set(value, for: language)
            case "help": steps[s].questions[q].help.set(value, for: language)
            case "standing": steps[s].questions[q].standing.set(value, for: language); keyLines[steps[s].questions[q].id, key] = line
            case "low": steps[s].questions[q].lowLabel.set(value, for: language)
            default: steps[s].questions[q].highLabel.set(value, for: language)
            }
        case .choice(let s, let q, let c):
            steps[s].questions[q].choices[c].label.set(value, for: language)
        case .deadline(let s, let d):
            steps[s].deadlines[d].text.set(value, for: language)
        }
    }

    private mutating func setValue(_ key: String, _ value: String, line: Int) {
        switch block {
        case .header:
            switch key {
            case "format":
                if value != "1" { report(line, "Unsupported format '\(value)'; this version of handlagg reads format 1.") }
            case "routine":
                if !Identifier.isValid(value) { report(line, "'\(value)' is not a valid routine id: use lower-case letters a–z, digits and dashes.") }
                routineID = value
            case "intake":
                if let flag = yesNo(value, key: key, line: line) { isIntake = flag }
            case "legal-review":
                keyLines["", "legal-review"] = line
                if let date = CalendarDate(parsing: value) { legalReview = date } else {
                    report(line, "'\(value)' is not a valid date; write the legal-review date as YYYY-MM-DD.")
                }
            default:
                sources.append(value)
            }
        case .step(let s):
            switch key {
            case "source": steps[s].sources.append(value)
            case "summary": if let flag = yesNo(value, key: key, line: line) { steps[s].isSummary = flag }
            default: steps[s].condition = condition(value, owner: steps[s].id, key: key, line: line)
            }
        case .question(let s, let q):
            let id = steps[s].questions[q].id
            switch key {
            case "kind":
                kindGiven = true
                if let kind = QuestionKind(rawValue: value), kind != .acknowledgement {
                    steps[s].questions[q].kind = kind
                } else {
                    let kinds = QuestionKind.allCases.filter { $0 != .acknowledgement }.map(\.rawValue).joined(separator: ", ")
                    report(line, "Unknown kind '\(value)'; use one of: \(kinds).")
                }
            case "required": if let flag = yesNo(value, key: key, line: line) { steps[s].questions[q].isRequired = flag }
            case "when": steps[s].questions[q].condition = condition(value, owner: id, key: key, line: line)
            case "decided-by": steps[s].questions[q].decidedBy = value; keyLines[id, key] = line
            case "decided-at": steps[s].questions[q].decidedAt = value; keyLines[id, key] = line
            case "count": steps[s].questions[q].count = value; keyLines[id, key] = line
            case "derive":
                if let derivation = derivation(value, line: line) { steps[s].questions[q].derivations.append(derivation) }
            case "min", "max":
                guard let number = Int(value), (-1000...1000).contains(number) else {
                    report(line, "'\(key)' must be a whole number from -1000 to 1000, not '\(value)'.")
                    return
                }
                var bounds = scaleBounds ?? (min: nil, max: nil, line: line)
                bounds.line = line
                if key == "min" { bounds.min = number } else { bounds.max = number }
                scaleBounds = bounds
            default:
                steps[s].sources.append(value)
            }
        case .choice(let s, let q, let c):
            let owner = steps[s].questions[q].id + "." + steps[s].questions[q].choices[c].id
            switch key {
            case "count":
                steps[s].questions[q].choices[c].count = value
                keyLines[owner, key] = line
            case "when":
                steps[s].questions[q].choices[c].condition = condition(value, owner: owner, key: key, line: line)
            default:
                steps[s].questions[q].choices[c].basis = Self.bothLanguages(value)
            }
        case .rule(let s, let r):
            let id = steps[s].rules[r].id
            keyLines[id, key] = line
            switch key {
            case "when": steps[s].rules[r].condition = condition(value, owner: id, key: key, line: line)
            case "severity":
                if let severity = Rule.Severity(rawValue: value) { steps[s].rules[r].severity = severity } else {
                    report(line, "Unknown severity '\(value)'; use 'refuse' (the answer is not accepted) or 'warn' (the worker confirms with a reason).")
                }
            case "basis": steps[s].rules[r].basis = Self.bothLanguages(value)
            default: steps[s].rules[r].sources.append(value)
            }
        case .route(let s, let r):
            routeConditionGiven = true
            steps[s].routes[r].condition = condition(value, owner: "route " + steps[s].routes[r].target, key: key, line: line)
        case .alert(let s, let a):
            let id = steps[s].alerts[a].id
            keyLines[id, key] = line
            if key == "when" { steps[s].alerts[a].condition = condition(value, owner: id, key: key, line: line) } else {
                steps[s].alerts[a].sources.append(value)
            }
        case .todo(let s, let t):
            let id = steps[s].todos[t].id
            keyLines[id, key] = line
            switch key {
            case "when": steps[s].todos[t].condition = condition(value, owner: id, key: key, line: line)
            case "skipped": steps[s].todos[t].skipped = value
            case "within":
                if let offset = DeadlineOffset(parsing: value) { steps[s].todos[t].within = offset } else {
                    report(line, "'\(value)' is not a time span; write e.g. '7 days', '4 weeks', '4 months' or '48 hours'.")
                }
            default: steps[s].todos[t].sources.append(value)
            }
        case .statistic(let i):
            keyLines["statistic " + statistics[i].id, key] = line
            if key == "from" { statistics[i].from = value } else { statistics[i].to = value }
        case .deadline(let s, let d):
            let id = steps[s].deadlines[d].id
            keyLines[id, key] = line
            switch key {
            case "from": steps[s].deadlines[d].from = value
            case "basis": steps[s].deadlines[d].basis = Self.bothLanguages(value)
            case "after":
                if let offset = DeadlineOffset(parsing: value) { steps[s].deadlines[d].offset = offset } else {
                    report(line, "'\(value)' is not a time span; write e.g. '7 days', '4 weeks', '4 months' or '48 hours'.")
                }
            case "when": steps[s].deadlines[d].condition = condition(value, owner: id, key: key, line: line)
            default: steps[s].deadlines[d].doneWhen = condition(value, owner: id, key: key, line: line)
            }
        }
    }

    /// A value written once for both languages (`basis: 7 § LVU`).
    private static func bothLanguages(_ value: String) -> LocalizedText {
        LocalizedText([.swedish: value, .english: value])
    }

    /// `VALUE if CONDITION`, as written after `derive:`.
    private mutating func derivation(_ text: String, line: Int) -> Derivation? {
        guard let split = text.range(of: " if ") else {
            report(line, "'derive' needs a value, 'if' and a condition, e.g. 'derive: yes if documents = from-adults'.")
            return nil
        }
        let value = text[..<split.lowerBound].trimmingCharacters(in: .whitespaces)
        guard Identifier.isValid(value) else {
            report(line, "'\(value)' is not an answer 'derive' can give: write 'yes', 'no' or a choice id before 'if'.")
            return nil
        }
        do {
            return Derivation(value: value, condition: try ConditionParser.parse(String(text[split.upperBound...])), line: line)
        } catch {
            report(line, error.message)
            return nil
        }
    }

    private mutating func yesNo(_ value: String, key: String, line: Int) -> Bool? {
        switch value.lowercased() {
        case "yes", "ja": return true
        case "no", "nej": return false
        default:
            report(line, "'\(key)' must be 'yes' or 'no', not '\(value)'.")
            return nil
        }
    }

    private mutating func condition(_ text: String, owner: String, key: String, line: Int) -> Condition? {
        keyLines[owner, key] = line
        do {
            return try ConditionParser.parse(text)
        } catch {
            report(line, error.message)
            return nil
        }
    }

    // MARK: Result

    private mutating func finish(fingerprint: String, lastLine: Int) -> Result {
        if routineID.isEmpty { report(1, "The file has no 'routine:' line naming the routine's id.") }
        if !name.has(.swedish) { report(1, "The routine has no Swedish name ('name.sv:').") }
        if !name.has(.english) { report(1, "The routine has no English name ('name.en:').", severity: .warning) }
        if keyLines["", "legal-review"] == nil { report(1, "The file has no 'legal-review:' date (YYYY-MM-DD).") }
        if steps.isEmpty { report(lastLine, "The routine has no steps.") }
        var section = LocalizedText()
        for index in steps.indices {
            if sectionGiven[index] { section = steps[index].section } else {
                steps[index].section = section.isEmpty ? steps[index].title : section
            }
            if steps[index].sources.isEmpty {
                report(steps[index].line, "Step '\(steps[index].id)' names no 'source:' (seed file and section, or law section).")
            }
            if steps[index].questions.isEmpty {
                steps[index].questions = [Self.acknowledgement(for: steps[index])]
            }
        }
        var routine = Routine(id: routineID, name: name, legalReview: legalReview, sources: sources,
                              statistics: statistics, steps: steps, file: file, fingerprint: fingerprint)
        routine.isIntake = isIntake
        let routes = steps.flatMap(\.routes)
        if isIntake && routes.isEmpty {
            report(lastLine, "The intake has no 'route' blocks naming the routines a case can continue in.")
        } else if !isIntake, let route = routes.first {
            report(route.line, "'route \(route.target)' belongs in an intake; write 'intake: yes' in the header of this file.")
        }
        return Result(routine: routine, keyLines: keyLines, diagnostics: diagnostics)
    }

    /// A guidance step asks only that the worker has read it.
    private static func acknowledgement(for step: Step) -> Question {
        Question(id: step.id, stepID: step.id, kind: .acknowledgement, text: step.title, help: LocalizedText(),
                 isRequired: true, condition: nil, choices: [], decidedBy: nil, decidedAt: nil, range: 0...10,
                 lowLabel: LocalizedText(), highLabel: LocalizedText(), count: nil, line: step.line)
    }

    private mutating func report(_ line: Int, _ message: String, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: line, message: message, severity: severity))
    }
}
