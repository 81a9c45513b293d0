import Foundation

/// Renders a case as a Markdown log (CommonMark with GFM tables and task lists).
///
/// The log opens with a metadata comment that other commands read back, then a header table,
/// deadlines, decisions, summaries (e.g. Signs of Safety), open actions, every step with its
/// answers, and the chronological events. It is rendered from the journal's state alone, as of
/// the last change, so the same journal always gives the same log.
struct CaseLogRenderer {
    static let formatVersion = 1

    let routine: Routine
    let record: CaseRecord
    let timeZone: TimeZone
    /// The event lines, when the caller keeps them up to date; otherwise built from the journal.
    var events: EventLines?
    /// The intake that chose the routine, if the case began with one.
    let intake: Routine?

    init(routine: Routine, record: CaseRecord, timeZone: TimeZone, events: EventLines? = nil, intake: Routine? = nil) {
        self.routine = routine
        self.record = record
        self.timeZone = timeZone
        self.events = events
        self.intake = intake
    }

    private var language: Language { record.language }
    private var words: LogVocabulary { LogVocabulary.forLanguage(language) }

    /// The log, with the checksum line computed over everything else and placed last in the
    /// metadata comment.
    func render() -> String {
        let walk = Walk(routine: routine, record: record)
        let deadlines = Deadline.all(routine: routine, record: record, walk: walk, timeZone: timeZone)
        let status = CaseStatus(routine: routine, record: record, walk: walk, timeZone: timeZone, deadlines: deadlines)
        let head = metadata(walk, status).joined(separator: "\n") + "\n"
        let rest = body(walk, status)
        let checksum = LogChecksum.of(Array(head.utf8)[...], Array(rest.utf8)[...])
        return head + LogChecksum.linePrefix + LogChecksum.Algorithm.sha256.rawValue + ":" + checksum + "\n" + rest
    }

    /// Everything after the metadata lines: the comment's end, then the visible log.
    private func body(_ walk: Walk, _ status: CaseStatus) -> String {
        var out = ["-->", ""]
        out += header(walk)
        out += standingSection(walk, status)
        out += alertSection(walk)
        out += deadlineSection(status.deadlines)
        out += decisionSection(walk)
        out += ruleSection(walk)
        for step in routine.steps where step.isSummary && walk.stepIDs.contains(step.id) {
            out += summarySection(step, walk)
        }
        out += openActionSection(status)
        out += followUpSection()
        out += documentSection()
        out += intakeSection()
        out += stepSection(walk)
        out += retiredSection()
        out += eventSection()
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Parts

    private func metadata(_ walk: Walk, _ status: CaseStatus) -> [String] {
        var lines = [
            "<!-- handlagg-log",
            "format: \(Self.formatVersion)",
            "case: \(record.id)",
            "routine: \(routine.id)",
            "routine-fingerprint: \(record.fingerprint)",
            "language: \(language.rawValue)",
            "practice: \(record.isPractice ? "yes" : "no")",
            "anonymized: \(record.isAnonymized ? "yes" : "no")",
            "opened: \(Timestamp.iso(record.openedAt, in: timeZone))",
            "updated: \(Timestamp.iso(record.updatedAt, in: timeZone))",
            "status: \(walk.isComplete(record) ? words.statusKey.complete : words.statusKey.inProgress)",
            "case-state: \(record.isClosed ? "closed" : "open")",
        ]
        lines.append(fact("workers", record.workers))
        if let closing = record.closing {
            lines.append(fact("closed", [Timestamp.iso(closing.at, in: timeZone), closing.by, closing.text]))
        }
        if let handover = record.handover {
            lines.append(fact("handed-over", [handover.text, Timestamp.iso(handover.at, in: timeZone), handover.by]))
        }
        if let choice = record.intake {
            lines.append(fact("intake", [choice.intakeID, choice.routineID, choice.reason]))
        }
        // The facts later commands read back, one JSON array of strings per line.
        for question in walk.questions where walk.answers[question.id] == nil {
            let text = question.text.text(in: language)
            if let skip = record.skips[question.id] {
                lines.append(fact("skipped", [question.id, text, skip.reason]))
            } else if question.isRequired {
                lines.append(fact("missing", [question.id, text]))
            }
        }
        for alert in routine.alerts where alert.holds(for: walk.answers) {
            lines.append(fact("alert", [alert.id, alert.text.text(in: language)]))
        }
        for deadline in status.deadlines {
            lines.append(fact("deadline", [deadline.rule.id, dueText(deadline, iso: true), deadline.isDone ? "done" : "open",
                                           deadline.rule.basis.text(in: language), deadline.rule.text.text(in: language),
                                           deadline.doneAt.map { Timestamp.iso($0, in: timeZone) } ?? ""]))
        }
        for standing in ruleStandings(walk) {
            let rule = standing.rule
            let basis = rule.basis.text(in: language)
            let message = rule.message.text(in: language)
            if let confirmation = standing.confirmation {
                lines.append(fact("rule-confirmed", [rule.id, message, basis, confirmation.reason, confirmation.by,
                                                     Timestamp.iso(confirmation.at, in: timeZone)]))
            } else {
                lines.append(fact("rule-broken", [rule.id, rule.severity.rawValue, message, basis]))
            }
        }
        for decision in decisions(walk) {
            lines.append(fact("decision", [decision.question.id, decision.choice, Timestamp.iso(decision.at, in: timeZone),
                                           decision.basis, decision.what, decision.by]))
        }
        for item in status.openItems {
            lines.append(fact("open-action", [actionText(item), item.id, item.kind.rawValue, item.due.map { $0.text(in: timeZone, iso: true) } ?? ""]))
        }
        for count in counts(walk) {
            lines.append(fact("count", count))
        }
        for statistic in routine.statistics where statistic.isTiming {
            guard let from = statistic.from.flatMap({ moment(of: $0, walk) }), let to = statistic.to.flatMap({ moment(of: $0, walk) }) else { continue }
            lines.append(fact("timing", [statistic.id, String(Int(to.timeIntervalSince(from) / 60)),
                                         statistic.label.text(in: .swedish), statistic.label.text(in: .english)]))
        }
        return lines
    }

    /// When an answer happened, for times between answers: a date-and-time answer's moment, a
    /// decision's time (its `decided-at` answer), else when it was answered. Nil if it does not count.
    private func moment(of questionID: String, _ walk: Walk) -> Date? {
        guard let answer = record.answers[questionID], let value = walk.answers[questionID] else { return nil }
        if case .dateTime(let date) = value { return date }
        if let decidedAt = routine.question(questionID)?.decidedAt, case .dateTime(let date)? = walk.answers[decidedAt] { return date }
        return answer.at
    }

    /// `key: ["a","b"]`, with `>` escaped so that no value can end the comment.
    private func fact(_ key: String, _ values: [String]) -> String {
        let items = values.map { value -> String in
            // Most values need no escape; checking the bytes first spares rebuilding them.
            if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
                                               || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
                return "\"" + value + "\""
            }
            var escaped = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case ">": escaped += "\\u003e"
                case "<": escaped += "\\u003c"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        escaped.unicodeScalars.append(scalar)
                    }
                }
            }
            return escaped + "\""
        }
        return "\(key): [\(items.joined(separator: ","))]"
    }

    /// What each answer counts towards: [statistic, category, statistic label sv, en, category label sv, en].
    /// The statistics the answers count towards: as the routine counts them, or, for an answer
    /// the routine no longer knows (a removed question or option), as the journal recorded it.
    private func counts(_ walk: Walk) -> [[String]] {
        var result: [[String]] = []
        // Derived answers count as well as answers given.
        for question in routine.questions {
            guard let value = walk.answers[question.id] else { continue }
            if !question.offers(value), let recorded = record.answers[question.id]?.facts?.counts {
                result += recorded
            } else {
                result += CountFacts.of(value, for: question, in: routine)
            }
        }
        let known = Set(routine.questions.map(\.id))
        for (id, answer) in record.answers.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
            result += answer.facts?.counts ?? []
        }
        return result
    }

    private func header(_ walk: Walk) -> [String] {
        var lines = ["# \(words.title) \(record.id)", ""]
        if record.isPractice { lines += ["> **\(words.practice)**", ""] }
        if record.isAnonymized { lines += ["> **\(words.anonymized)**", ""] }
        lines += [
            "| | |",
            "|---|---|",
            "| \(words.caseLabel) | \(record.id) |",
            "| \(words.routine) | \(cell(routine.name.text(in: language))) (`\(routine.id)`) |",
            "| \(words.routineVersion) | `\(record.fingerprint.prefix(12))` |",
        ]
        if let scenario = record.scenarioID { lines.append("| \(words.scenario) | \(cell(scenario)) |") }
        if let choice = record.intake { lines.append("| \(words.chosenAtIntake) | \(cell(choice.reason)) |") }
        lines += [
            "| \(words.opened) | \(Timestamp.display(record.openedAt, in: timeZone)) |",
            "| \(words.updated) | \(Timestamp.display(record.updatedAt, in: timeZone)) |",
            "| \(words.caseworkers) | \(cell(record.workers.joined(separator: ", "))) |",
            "",
        ]
        return lines
    }

    private func deadlineSection(_ deadlines: [Deadline]) -> [String] {
        var lines = ["## \(words.deadlines)", ""]
        guard !deadlines.isEmpty else { return lines + [words.noDeadlines, ""] }
        lines += ["| \(words.deadline) | \(words.due) | \(words.basis) | \(words.state) |", "|---|---|---|---|"]
        for deadline in deadlines {
            lines.append("| \(cell(deadline.rule.text.text(in: language))) | \(dueText(deadline)) | \(cell(deadline.rule.basis.text(in: language))) | \(stateText(deadline)) |")
        }
        return lines + [""]
    }

    private struct DecisionFact {
        let question: Question
        let choice: String
        let at: Date
        let by: String
        let basis: String
        let what: String
    }

    private func decisions(_ walk: Walk) -> [DecisionFact] {
        walk.questions.compactMap { question -> DecisionFact? in
            guard question.kind == .decision, let answer = record.answers[question.id], walk.answers[question.id] != nil else { return nil }
            let moment = question.decidedAt.flatMap { id -> Date? in
                if case .dateTime(let date) = walk.answers[id] { return date }
                return nil
            } ?? answer.at
            let who = question.decidedBy.flatMap { id in
                walk.answers[id].flatMap { value in routine.question(id).map { describe(value, $0) } }
            } ?? "–"
            var choiceID = ""
            var basis = "–"
            if case .choice(let id) = answer.value {
                choiceID = id
                if let choice = question.choice(id), !choice.basis.isEmpty { basis = choice.basis.text(in: language) }
            }
            // The basis recorded with the decision stands, whatever the routine says now.
            if let recorded = answer.facts?.basis { basis = recorded }
            return DecisionFact(question: question, choice: choiceID, at: moment, by: who, basis: basis,
                                what: "\(question.text.text(in: language)): \(shown(answer, question))")
        }
    }

    private func decisionSection(_ walk: Walk) -> [String] {
        var lines = ["## \(words.decisions)", ""]
        let facts = decisions(walk)
        guard !facts.isEmpty else { return lines + [words.noDecisions, ""] }
        lines += ["| \(words.decision) | \(words.decidedAt) | \(words.decidedBy) | \(words.basis) |", "|---|---|---|---|"]
        for fact in facts {
            lines.append("| \(cell(fact.what)) | \(Timestamp.display(fact.at, in: timeZone)) | \(cell(fact.by)) | \(cell(fact.basis)) |")
        }
        return lines + [""]
    }

    /// A rule that holds for the case's answers, and the worker's confirmation if it is a warning they confirmed.
    private struct RuleStanding {
        let rule: Rule
        let confirmation: Confirmation?
    }

    /// Every rule that holds: refused combinations (possible only after a routine change or an
    /// edit of the journal), and warnings, confirmed or not.
    private func ruleStandings(_ walk: Walk) -> [RuleStanding] {
        routine.rules.filter { $0.holds(for: walk.answers) }.map { rule in
            RuleStanding(rule: rule, confirmation: rule.severity == .warn ? record.confirmations[rule.id] : nil)
        }
    }

    /// The alerts that hold, first in the log so that whoever takes the case over sees them.
    private func alertSection(_ walk: Walk) -> [String] {
        let alerts = routine.alerts.filter { $0.holds(for: walk.answers) }
        guard !alerts.isEmpty else { return [] }
        return ["## \(words.alerts)", ""] + alerts.map { "- **!** \(MarkdownText.inline($0.text.text(in: language)))" } + [""]
    }

    private func ruleSection(_ walk: Walk) -> [String] {
        let standings = ruleStandings(walk)
        guard !standings.isEmpty else { return [] }
        var lines = ["## \(words.rules)", ""]
        for standing in standings {
            let rule = standing.rule
            let text = "\(MarkdownText.inline(rule.message.text(in: language))) (\(MarkdownText.inline(rule.basis.text(in: language))))"
            if let confirmation = standing.confirmation {
                lines.append("- **\(words.ruleConfirmed)** \(words.by) \(MarkdownText.inline(confirmation.by)) "
                             + "\(Timestamp.minute(confirmation.at, in: timeZone)): \(text) – _\(words.reason): \(MarkdownText.inline(confirmation.reason))_")
            } else {
                lines.append("- **\(rule.severity == .refuse ? words.ruleBroken : words.ruleUnconfirmed)**: \(text)")
            }
        }
        return lines + [""]
    }

    private func summarySection(_ step: Step, _ walk: Walk) -> [String] {
        var lines = ["## \(MarkdownText.inline(step.title.text(in: language)))", ""]
        for question in step.questions.compactMap({ walk.question($0.id) }) {
            lines.append("**\(MarkdownText.inline(question.text.text(in: language)))**")
            lines.append("")
            switch walk.answers[question.id] {
            case .list(let items)?:
                lines += items.map { "- \(MarkdownText.inline($0))" }
            case .choices(let done)? where question.kind == .actions:
                lines += checklist(question, done: done, indent: "")
            case let value?:
                lines.append(MarkdownText.inline(describe(value, question)) + scaleEnds(question))
            case nil:
                lines.append("_\(record.skips[question.id] != nil ? words.skipped : words.notAnswered)_")
            }
            lines.append("")
        }
        return lines
    }

    /// "Open" or "Closed 2026-12-10 by Eva Ek".
    private func caseStateText() -> String {
        guard let closing = record.closing else { return words.caseOpen }
        return Template.fill(words.caseClosed, Timestamp.minute(closing.at, in: timeZone), cell(closing.by))
    }

    /// Where the case stands, for whoever picks it up: open or closed, the next and any passed
    /// deadline (as of the last update, so that the same journal gives the same log), what is
    /// still to do, the alerts and a handover.
    private func standingSection(_ walk: Walk, _ status: CaseStatus) -> [String] {
        let asOf = record.updatedAt
        func deadlineText(_ deadline: Deadline) -> String {
            "\(dueText(deadline)) – \(cell(deadline.rule.text.text(in: language))) (\(cell(deadline.rule.basis.text(in: language))))"
        }
        let handled = walk.questions.count - walk.openCount(in: record)
        var lines = ["## \(words.standing)", "",
                     "- **\(words.caseState):** \(caseStateText())",
                     "- **\(words.walk):** \(walk.isComplete(record) ? words.walkComplete : Template.fill(words.walkInProgress, handled, walk.questions.count))"]
        let next = status.nextDeadline(after: asOf, in: timeZone)
        lines.append("- **\(words.nextDeadline):** \(next.map(deadlineText) ?? words.none)")
        let passed = status.overdue(at: asOf, in: timeZone)
        if !passed.isEmpty {
            lines.append("- **\(words.overdueDeadlines)** (\(Template.fill(words.standingAsOf, Timestamp.minute(asOf, in: timeZone)))): "
                         + passed.map(deadlineText).joined(separator: "; "))
        }
        lines.append("- **\(words.openActionCount):** \(status.openItems.count)")
        if !status.alerts.isEmpty {
            lines.append("- **\(words.alertCount):** \(status.alerts.count) (\(words.seeBelow))")
        }
        for answer in status.standing {
            lines.append("- **\(cell(answer.label(in: language))):** \(answer.isYes ? words.yes : words.no)")
        }
        if let handover = status.handover {
            lines.append("- **\(words.handedOver):** \(cell(handover.text)) (\(Timestamp.minute(handover.at, in: timeZone)), \(cell(handover.by)))")
        } else {
            lines.append("- **\(words.handedOver):** \(words.no) (\(words.handoverNotRecorded))")
        }
        return lines + [""]
    }

    /// An open item as one line of text: what, and by when.
    private func actionText(_ item: OpenItem) -> String {
        var text = switch item.kind {
        case .unanswered: "\(words.unanswered): \(item.text)"
        case .deadline: "\(words.deadlineAction): \(item.text)"
        default: item.text
        }
        if let due = item.due { text += " – \(words.due.lowercased()) \(due.text(in: timeZone))" }
        if let basis = item.basis { text += " (\(basis))" }
        return text
    }

    private func openActionSection(_ status: CaseStatus) -> [String] {
        let items = status.openItems.map { "- [ ] \(MarkdownText.inline(actionText($0))) `\($0.id)`" }
        return ["## \(words.openActions)", ""] + (items.isEmpty ? [words.noOpenActions] : items) + [""]
    }

    /// The documents written from the case, with time and author.
    private func documentSection() -> [String] {
        guard !record.documents.isEmpty else { return [] }
        return ["## \(words.documentsMade)", ""] + record.documents.map { document in
            "- \(Timestamp.minute(document.at, in: timeZone)) – `\(MarkdownText.inline(document.template))` "
                + "(\(MarkdownText.inline(document.format)), \(document.isFinal ? words.documentFinal : words.documentDraft)) – \(MarkdownText.inline(document.by))"
        } + [""]
    }

    /// Notes, handovers, the closing and any reopening, in order.
    private func followUpSection() -> [String] {
        guard !record.followUps.isEmpty else { return [] }
        var lines = ["## \(words.followUps)", ""]
        for followUp in record.followUps {
            let label = switch followUp.kind {
            case .note: words.eventNote
            case .handover: words.eventHandedOver
            case .closing: words.closingSummary
            case .reopening: words.eventReopened
            }
            lines.append("- \(Timestamp.minute(followUp.at, in: timeZone)) – **\(label)**: \(MarkdownText.inline(followUp.text)) (\(MarkdownText.inline(followUp.by)))")
        }
        return lines + [""]
    }

    /// The intake's answers that the routine does not ask itself (those it shares appear in its steps).
    private func intakeSection() -> [String] {
        guard let intake, let choice = record.intake else { return [] }
        var lines = ["## \(words.intake)", "", "_\(words.chosenAtIntake): \(MarkdownText.inline(choice.reason))_", ""]
        let own = Walk(routine: intake, record: record)
        for question in own.questions where routine.question(question.id) == nil && question.kind != .acknowledgement {
            lines += answerLines(question, own)
        }
        return lines + [""]
    }

    private func stepSection(_ walk: Walk) -> [String] {
        var lines = ["## \(words.steps)", ""]
        var number = 0
        for step in routine.steps where walk.stepIDs.contains(step.id) {
            number += 1
            let section = step.section.text(in: language)
            let title = step.title.text(in: language)
            lines += ["### \(number). \(MarkdownText.inline(section == title ? title : "\(section): \(title)"))", ""]
            lines += ["_\(words.source): \(MarkdownText.inline(step.sources.joined(separator: "; ")))_", ""]
            for question in step.questions {
                if let derivation = walk.derived[question.id] {
                    let value = describe(.choice(derivation.value), question)
                    lines.append("- **\(MarkdownText.inline(question.text.text(in: language)))**: \(MarkdownText.inline(value)) _(\(words.derived))_")
                } else if let shown = walk.question(question.id) {
                    lines += answerLines(shown, walk)
                }
            }
            lines.append("")
        }
        return lines
    }

    private func answerLines(_ question: Question, _ walk: Walk) -> [String] {
        let label = "**\(MarkdownText.inline(question.text.text(in: language)))**"
        if let skip = record.skips[question.id] {
            return ["- \(label) – _\(words.skipped): \(MarkdownText.inline(skip.reason))_ (\(Timestamp.minute(skip.at, in: timeZone)))"]
        }
        guard let answer = record.answers[question.id], walk.answers[question.id] != nil else {
            return ["- \(label) – _\(words.notAnswered)_"]
        }
        let when = "(\(Timestamp.minute(answer.at, in: timeZone)), \(MarkdownText.inline(answer.by)))"
        var changed = ""
        if let last = answer.previous.last {
            changed = " – _\(words.changedFrom): \(MarkdownText.inline(describe(last, question)))_"
        }
        switch answer.value {
        case .list(let items):
            return ["- \(label) \(when)\(changed)"] + items.map { "  - \(MarkdownText.inline($0))" }
        case .choices(let done) where question.kind == .actions:
            return ["- \(label) \(when)\(changed)"] + checklist(question, done: done, indent: "  ")
        default:
            return ["- \(label): \(MarkdownText.inline(shown(answer, question))) \(when)\(changed)"]
        }
    }

    /// An answer as shown: as the routine words it, or, when the routine no longer offers the
    /// option, as the journal recorded it then.
    private func shown(_ answer: RecordedAnswer, _ question: Question) -> String {
        guard !question.offers(answer.value), let facts = answer.facts else { return describe(answer.value, question) }
        return "\(facts.answer) (\(words.retired))"
    }

    /// Answers to questions the routine no longer has, from what the journal recorded: they
    /// are never dropped.
    private func retiredSection() -> [String] {
        let known = Set(routine.questions.map(\.id) + (intake?.questions.map(\.id) ?? []))
        let retired = record.answers.filter { !known.contains($0.key) }.sorted { $0.value.at < $1.value.at }
        guard !retired.isEmpty else { return [] }
        var lines = ["## \(words.retiredAnswers)", ""]
        for (id, answer) in retired {
            let question = answer.facts?.question ?? id
            let value = answer.facts?.answer ?? "`\(id)`"
            let basis = answer.facts?.basis.map { " (\(MarkdownText.inline($0)))" } ?? ""
            lines.append("- **\(MarkdownText.inline(question))**: \(MarkdownText.inline(value))\(basis) "
                         + "(\(Timestamp.minute(answer.at, in: timeZone)), \(MarkdownText.inline(answer.by))) `\(MarkdownText.inline(id))`")
        }
        return lines + [""]
    }

    private func eventSection() -> [String] {
        let lines = events?.lines ?? EventLines(routines: [routine] + (intake.map { [$0] } ?? []), language: language, timeZone: timeZone, entries: record.entries).lines
        return ["## \(words.events)", ""] + lines
    }

    // MARK: Helpers

    private func checklist(_ question: Question, done: [String], indent: String) -> [String] {
        question.choices.map { item in
            "\(indent)- [\(done.contains(item.id) ? "x" : " ")] \(MarkdownText.inline(item.label.text(in: language)))"
        }
    }

    private func describe(_ value: AnswerValue, _ question: Question) -> String {
        AnswerText.describe(value, for: question, in: language, timeZone: timeZone)
    }

    private func cell(_ text: String) -> String {
        MarkdownText.inline(text)
    }

    private func scaleEnds(_ question: Question) -> String {
        guard question.kind == .scale, !question.lowLabel.isEmpty || !question.highLabel.isEmpty else { return "" }
        let low = MarkdownText.inline(question.lowLabel.text(in: language))
        let high = MarkdownText.inline(question.highLabel.text(in: language))
        return " (\(question.range.lowerBound) = \(low); \(question.range.upperBound) = \(high))"
    }

    private func dueText(_ deadline: Deadline, iso: Bool = false) -> String {
        deadline.due.text(in: timeZone, iso: iso)
    }

    private func stateText(_ deadline: Deadline) -> String {
        if deadline.isDone { return words.done }
        return deadline.isOverdue(at: record.updatedAt, in: timeZone) ? words.overdue : words.open
    }
}
