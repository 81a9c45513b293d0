import Foundation
import RoutineEngine

/// Walks a worker through a case, question by question. Each answer is on disk before the
/// next question appears. Typed commands: `?` guidance, `<` back, `-` skip (with a reason),
/// `q` pause; end of input (Ctrl-D, a closed pipe) also pauses.
struct SessionRunner {
    var file: CaseFile
    let context: Context
    let worker: String
    /// The scenario's facts, clock and debrief in a practice session.
    let practice: PracticeGuide?
    /// Where the session stands: an index into the walk's questions, or nil for "first open".
    private var cursor: Int?
    private var lastStepShown: String?
    /// Whether the last answer completed the intake, which then chose the routine.
    private var routed = false
    /// When changing one answer after the night: that question, asked once.
    private let only: String?
    private var onlyDone = false

    private var console: Console { context.console }
    private var ui: UIText { context.ui }
    private var language: Language { context.language }

    /// `only`: ask just that question (to change its answer), then stop.
    init(file: CaseFile, context: Context, worker: String, practice: PracticeGuide? = nil, only: String? = nil) {
        self.file = file
        self.context = context
        self.worker = worker
        self.practice = practice
        self.only = only
        cursor = only.flatMap { file.walk.position(of: $0) }
    }

    /// The moment an answer to `question` is recorded at: now, or the scenario's simulated time.
    private func now(for question: Question?) -> Date {
        guard let practice, let question else { return context.now }
        return practice.now(atStep: question.stepID, context)
    }

    /// What to type after `handlagg resume` to continue the case: its id, with `--practice` and
    /// the `--cases`, `--routines` and `--scenarios` folders this session was started with.
    static func resumeArgument(_ record: CaseRecord, _ context: Context) -> String {
        var parts = record.isPractice ? ["--practice", record.id.description] : [record.id.description]
        for option in ["--cases", "--routines", "--scenarios"] {
            if let value = context.arguments.options[option] { parts += [option, Self.quoted(value)] }
        }
        return parts.joined(separator: " ")
    }

    /// A path as the shell needs it: in single quotes unless it holds only safe characters.
    private static func quoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789/._-+:@".unicodeScalars.contains($0) }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs until every question is handled, the worker pauses, or input ends.
    mutating func run() -> ExitCode {
        while true {
            if onlyDone { return .success }
            let walk = file.walk
            guard let index = cursor.flatMap({ $0 < walk.questions.count ? $0 : nil }) ?? walk.firstOpen(in: file.record) else {
                finish()
                return .success
            }
            cursor = index
            let question = walk.questions[index]
            show(question, at: index, in: walk)
            guard completeOpening() else { return .failure }
            guard let input = console.readLine() else { return pause(inputEnded: true) }
            // A terminal in canonical mode takes at most 4,095 bytes on a line and drops the rest.
            if console.inputIsTerminal && input.utf8.count >= 4094 {
                console.caution(ui.lineTooLong)
                continue
            }
            let command = input.trimmingCharacters(in: .whitespaces)
            switch command {
            case "?":
                showGuidance(for: question)
                continue
            case "<":
                if index == 0 { console.line(ui.atStart) } else { cursor = index - 1 }
                lastStepShown = nil
                continue
            case "q", "Q":
                return pause()
            default:
                break
            }
            // Enter on an optional question not yet answered skips it; so does '-' with a reason.
            let blank = command.isEmpty && !question.isRequired && walk.answers[question.id] == nil
                && record(question) == nil
            if command == "-" || command.hasPrefix("- ") || blank {
                guard !question.isRequired else {
                    console.caution(ui.required)
                    continue
                }
                var reason = blank ? ui.leftBlank : String(command.dropFirst()).trimmingCharacters(in: .whitespaces)
                while reason.isEmpty || TypedText.problem(reason) != nil {
                    if let problem = TypedText.problem(reason) { console.caution(ui.explain(problem)) }
                    console.write(ui.skipReason)
                    guard let typed = console.readLine() else { return pause(inputEnded: true) }
                    reason = typed.trimmingCharacters(in: .whitespaces)
                }
                let check = file.checkSkip(question)
                if !check.refused.isEmpty {
                    showRefusal(check)
                    continue
                }
                let by = worker
                guard save({ file, moment in try file.skip(question, reason: reason, at: moment, by: by) }, at: now(for: question), typed: command) else {
                    return pause(unsaved: true)
                }
                advance(past: question)
                continue
            }
            if command.isEmpty, walk.answers[question.id] != nil {
                advance(past: question)
                continue
            }
            let parsed: Result<AnswerValue, AnswerProblem>
            if question.kind == .list {
                guard let lines = readList(first: input) else { return pause(inputEnded: true) }
                if lines.isEmpty, walk.answers[question.id] != nil {
                    advance(past: question)
                    continue
                }
                parsed = AnswerInput(now: now(for: question), timeZone: context.timeZone).parse(lines: lines, for: question)
            } else {
                parsed = AnswerInput(now: now(for: question), timeZone: context.timeZone).parse(input, for: question)
            }
            switch parsed {
            case .failure(let problem):
                console.caution("\(ui.explain(problem)) \(ui.hint(for: question))")
            case .success(let value):
                let shown = AnswerText.describe(value, for: question, in: language, timeZone: context.timeZone)
                let check = file.check(question, with: value)
                if !check.refused.isEmpty {
                    showRefusal(check)
                    continue
                }
                var confirmation: String?
                if !check.warnings.isEmpty {
                    guard let typed = confirm(check.warnings) else { return pause(inputEnded: true) }
                    guard !typed.isEmpty else { continue }
                    confirmation = typed
                }
                let by = worker
                let warnings = check.warnings
                guard save({ file, moment in
                    try file.answer(question, with: value, at: moment, by: by, confirming: warnings, confirmation: confirmation)
                }, at: now(for: question), typed: shown) else {
                    return pause(unsaved: true)
                }
                if confirmation != nil { console.line(console.dim(ui.confirmed)) }
                advance(past: question)
            }
        }
    }

    /// The question's skip, if it was skipped before.
    private func record(_ question: Question) -> Skip? {
        file.record.skips[question.id]
    }

    /// Tells the worker which rules the answer would break, why, and what to do.
    private func showRefusal(_ check: RuleCheck) {
        for rule in check.refused {
            console.caution(Template.fill(ui.refused, rule.message.text(in: language), rule.basis.text(in: language)))
        }
        console.line(console.dim(ui.refusedHint))
    }

    /// Shows the warnings and reads the worker's reason for answering so anyway: empty to answer
    /// again, nil when input ended.
    private func confirm(_ warnings: [Rule]) -> String? {
        for rule in warnings {
            console.caution(Template.fill(ui.warning, rule.message.text(in: language), rule.basis.text(in: language)))
        }
        console.write(ui.confirmPrompt)
        return console.readLine()?.trimmingCharacters(in: .whitespaces)
    }

    /// Puts a just-started case in place while the worker reads its first question, so the
    /// question does not wait for the disk. False, with the reason shown, if that failed.
    private mutating func completeOpening() -> Bool {
        guard file.isOpening else { return true }
        do {
            try file.completeOpening()
            return true
        } catch {
            console.error("handlagg: \(ErrorText.describe(error, language))")
            return false
        }
    }

    /// Saves with the given write; on failure shows the unsaved answer and lets the worker retry.
    /// Returns false when the worker chose to pause instead.
    private mutating func save(_ write: (inout CaseFile, Date) throws -> Void, at moment: Date, typed: String) -> Bool {
        while true {
            do {
                let before = Set(deadlines().map(\.rule.id))
                let valuesBefore = file.record.values
                let routineBefore = file.routine.id
                try write(&file, moment)
                if file.routine.id != routineBefore, let choice = file.record.intake {
                    // The intake has chosen: the walk starts over in the chosen routine, at its first open question.
                    console.line()
                    console.line(console.bold(Template.fill(ui.routed, file.routine.name.text(in: language))))
                    console.line(choice.reason)
                    routed = true
                }
                if let problem = file.logProblem { console.error(Template.fill(ui.logFailed, ErrorText.describe(problem, language))) }
                for alert in RuleCheck.newAlerts(routine: file.routine, before: valuesBefore, after: file.record.values) {
                    console.caution("\(ui.alert): " + alert.text.text(in: language))
                }
                for deadline in deadlines() where !before.contains(deadline.rule.id) && !deadline.isDone {
                    console.caution("\(ui.newDeadline): " + DeadlineSummary.line(deadline, context))
                }
                return true
            } catch {
                let reason = (error as? HandlaggError).map { ErrorText.describe($0, language) } ?? "\(error)"
                console.error(Template.fill(ui.saveFailed, reason, typed))
                guard let again = console.readLine(), again.trimmingCharacters(in: .whitespaces).lowercased() != "q" else {
                    return false
                }
            }
        }
    }

    private func deadlines() -> [Deadline] {
        Deadline.all(routine: file.routine, record: file.record, timeZone: context.timeZone)
    }

    /// Moves to the question after `question` in the walk as it is now (answers may have changed
    /// it); after the intake has chosen the routine, to the first open question of that routine.
    private mutating func advance(past question: Question) {
        if only != nil {
            onlyDone = true
            return
        }
        if routed {
            routed = false
            cursor = nil
            lastStepShown = nil
            return
        }
        // On to the next question still open: answers given earlier (at the intake, or before
        // going back with <) are not asked again.
        let walk = file.walk
        cursor = walk.position(of: question.id).flatMap { position in
            walk.questions.indices.first { $0 > position && walk.isOpen(walk.questions[$0], in: file.record) }
        }
    }

    /// Reads the rest of a list: the first line is already typed; an empty line ends it.
    private func readList(first: String) -> [String]? {
        var lines: [String] = []
        var line = first
        while !line.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.append(line)
            console.write("  + ")
            guard let next = console.readLine() else { return lines.isEmpty ? nil : lines }
            line = next
        }
        return lines
    }

    // MARK: Showing

    private mutating func show(_ question: Question, at index: Int, in walk: Walk) {
        guard let step = file.routine.step(question.stepID) else { return }
        let stepNumber = (walk.stepIDs.firstIndex(of: step.id) ?? 0) + 1
        if lastStepShown != step.id {
            lastStepShown = step.id
            console.line()
            console.line(console.bold("== \(step.section.text(in: language)) · \(step.title.text(in: language)) =="))
            practice?.announce(step, context)
        }
        var position = "[" + Template.fill(ui.step, stepNumber, walk.stepIDs.count) + ", "
            + Template.fill(ui.question, index + 1, walk.questions.count) + "]"
        if console.outputIsTerminal {
            position += " " + progressBar(done: walk.questions.count - walk.openCount(in: file.record), of: walk.questions.count)
        }
        console.line(console.dim(position))
        if question.kind == .acknowledgement {
            let guidance = step.guidance.text(in: language)
            console.prose(guidance.isEmpty ? ui.noGuidance : guidance)
        } else {
            console.line(console.bold(console.wrapped(question.text.text(in: language))) + (question.isRequired ? "" : " " + console.dim(optionalMark)))
        }
        if !question.help.isEmpty { console.line(console.dim(console.wrapped(question.help.text(in: language)))) }
        for (number, choice) in question.choices.enumerated() {
            console.item("  \(number + 1)) ", choice.label.text(in: language))
        }
        if question.kind == .scale, !question.lowLabel.isEmpty {
            console.line(console.dim("  \(question.range.lowerBound) = \(question.lowLabel.text(in: language)) · \(question.range.upperBound) = \(question.highLabel.text(in: language))"))
        }
        if let current = walk.answers[question.id], question.kind != .acknowledgement {
            console.line(Template.fill(ui.currentAnswer, AnswerText.describe(current, for: question, in: language, timeZone: context.timeZone)))
        }
        console.line(console.dim(console.wrapped("\(ui.hint(for: question)) (\(question.isRequired ? ui.commandsRequired : ui.commands))")))
        console.write("> ")
    }

    private var optionalMark: String { language == .english ? "(optional)" : "(valfri)" }

    private func showGuidance(for question: Question) {
        guard let step = file.routine.step(question.stepID) else { return }
        let guidance = step.guidance.text(in: language)
        console.line()
        console.line(console.bold("\(ui.guidance): \(step.title.text(in: language))"))
        console.prose(guidance.isEmpty ? ui.noGuidance : guidance)
        console.line(console.dim("\(ui.sources): \(step.sources.joined(separator: "; "))"))
        console.line()
    }

    private func progressBar(done: Int, of total: Int) -> String {
        let width = 20
        let filled = total == 0 ? width : done * width / total
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    }

    // MARK: Ending

    /// Pauses the case: at `q` (exit 0), or because the input ended (exit 3 when required
    /// questions are still unanswered, so that a script notices).
    private mutating func pause(inputEnded: Bool = false, unsaved: Bool = false) -> ExitCode {
        let current = cursor.flatMap { index in file.walk.questions.indices.contains(index) ? file.walk.questions[index] : nil }
        do {
            try file.mark(.paused, at: now(for: current), by: worker)
        } catch {
            console.error("handlagg: \(ErrorText.describe(error, language))")
        }
        console.line()
        let unanswered = file.walk.questions.filter { $0.isRequired && file.walk.isOpen($0, in: file.record) }.count
        if inputEnded && unanswered > 0 { console.error(Template.fill(ui.inputEnded, String(unanswered))) }
        // After a save that failed (a full disk), the answer being typed is not saved: say so.
        console.line(Template.fill(unsaved ? ui.pausedUnsaved : ui.paused, Self.resumeArgument(file.record, context)))
        return inputEnded && unanswered > 0 ? .incomplete : .success
    }

    private func finish() {
        console.line()
        console.line(Template.fill(ui.complete, file.logURL.filePath))
        DeadlineSummary.show(file: file, context: context)
        let status = CaseStatus(routine: file.routine, record: file.record, timeZone: context.timeZone)
        if !status.openItems.isEmpty, !status.isClosed {
            console.prose(Template.fill(ui.stillOpen, String(status.openItems.count), Self.resumeArgument(file.record, context)))
        }
        if let templates = try? context.routines().templates(for: file.routine.id) {
            DocumentList.show(file, templates: templates, context: context, all: false)
        }
        practice?.showDebrief(file, context)
    }
}
