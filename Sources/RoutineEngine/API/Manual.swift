/// The handling manual, generated from a routine: the guidance, questions, deadlines and sources
/// of every step, for reading without opening a case or for sending along with a case.
public struct Manual: Sendable {
    public let routine: Routine
    public let language: Language

    public init(routine: Routine, language: Language) {
        self.routine = routine
        self.language = language
    }

    private var english: Bool { language == .english }

    /// The whole manual as one Markdown document, opening with a diagram of the workflow.
    public func markdown(includeDiagram: Bool = true) -> String {
        var lines = ["# \(MarkdownText.inline(routine.name.text(in: language)))", ""]
        lines.append(english
            ? "_Handling manual generated from the routine `\(routine.id)` (version `\(routine.fingerprint.prefix(12))`, legal content reviewed \(routine.legalReview))._"
            : "_Handläggningsmanual skapad ur rutinen `\(routine.id)` (version `\(routine.fingerprint.prefix(12))`, juridiskt granskad \(routine.legalReview))._")
        lines.append("")
        if !routine.sources.isEmpty {
            lines += ["\(english ? "Sources" : "Källor"): \(MarkdownText.inline(routine.sources.joined(separator: "; ")))", ""]
        }
        if includeDiagram {
            lines += ["## \(english ? "The workflow" : "Arbetsgången")", "", WorkflowDiagram(routine: routine, language: language).mermaid(), "",
                      english ? "_An arrow's label says when the step it points to is shown._"
                          : "_Texten vid en pil anger när steget den pekar på visas._", ""]
        }
        var section = ""
        for (index, step) in routine.steps.enumerated() {
            let stepSection = step.section.text(in: language)
            if stepSection != section {
                section = stepSection
                lines += ["## \(MarkdownText.inline(section))", ""]
            }
            lines += stepLines(step, number: index + 1)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One step of the manual as Markdown, or nil if the routine has no step `id`.
    public func step(_ id: String) -> String? {
        guard let index = routine.steps.firstIndex(where: { $0.id == id }) else { return nil }
        return stepLines(routine.steps[index], number: index + 1).joined(separator: "\n") + "\n"
    }

    private func stepLines(_ step: Step, number: Int) -> [String] {
        let conditions = ConditionText(routine: routine, language: language)
        var lines = ["### \(number). \(MarkdownText.inline(step.title.text(in: language))) (`\(step.id)`)", ""]
        if let condition = step.condition {
            lines += ["_\(english ? "Only when" : "Bara när"): \(MarkdownText.inline(conditions.describe(condition)))_", ""]
        }
        let guidance = step.guidance.text(in: language)
        if !guidance.isEmpty { lines += [guidance, ""] }
        let questions = step.questions.filter { $0.kind != .acknowledgement }
        if !questions.isEmpty {
            lines += ["\(english ? "Questions" : "Frågor"):", ""]
            for question in questions {
                var line = "- \(MarkdownText.inline(question.text.text(in: language)))"
                if !question.isRequired { line += english ? " _(optional)_" : " _(valfri)_" }
                if let condition = question.condition {
                    line += " – _\(english ? "only when" : "bara när") \(MarkdownText.inline(conditions.describe(condition)))_"
                }
                for derivation in question.derivations {
                    let value = AnswerText.describe(.choice(derivation.value), for: question, in: language, timeZone: .current)
                    line += " – _\(english ? "not asked, answered" : "ställs inte, svaret är") «\(MarkdownText.inline(value))» "
                        + "\(english ? "when" : "när") \(MarkdownText.inline(conditions.describe(derivation.condition)))_"
                }
                lines.append(line)
                for choice in question.choices {
                    let basis = choice.basis.isEmpty ? "" : " (\(MarkdownText.inline(choice.basis.text(in: language))))"
                    let only = choice.condition.map { " – _\(english ? "only when" : "bara när") \(MarkdownText.inline(conditions.describe($0)))_" } ?? ""
                    lines.append("  - \(MarkdownText.inline(choice.label.text(in: language)))\(basis)\(only)")
                }
            }
            lines.append("")
        }
        for deadline in step.deadlines {
            let after = span(deadline.offset)
            let from = routine.question(deadline.from)?.text.text(in: language) ?? deadline.from
            lines.append(english
                ? "**Deadline:** \(MarkdownText.inline(deadline.text.text(in: language))) – \(after) from «\(MarkdownText.inline(from))» (\(MarkdownText.inline(deadline.basis.text(in: language))))."
                : "**Tidsfrist:** \(MarkdownText.inline(deadline.text.text(in: language))) – \(after) från «\(MarkdownText.inline(from))» (\(MarkdownText.inline(deadline.basis.text(in: language)))).")
            lines.append("")
        }
        for rule in step.rules {
            let label = rule.severity == .refuse ? (english ? "Not allowed" : "Tillåts inte") : (english ? "Warning" : "Varning")
            let when = rule.condition.map { " _(\(english ? "when" : "när") \(MarkdownText.inline(conditions.describe($0))))_" } ?? ""
            lines += ["**\(label):** \(MarkdownText.inline(rule.message.text(in: language))) (\(MarkdownText.inline(rule.basis.text(in: language))))\(when)", ""]
        }
        for alert in step.alerts {
            let when = alert.condition.map { " _(\(english ? "when" : "när") \(MarkdownText.inline(conditions.describe($0))))_" } ?? ""
            lines += ["**\(english ? "Alert" : "Observera"):** \(MarkdownText.inline(alert.text.text(in: language)))\(when)", ""]
        }
        lines += ["_\(english ? "Source" : "Källa"): \(MarkdownText.inline(step.sources.joined(separator: "; ")))_", ""]
        return lines
    }

    /// "1 vecka", "4 weeks", "3 dagar", "48 hours".
    private func span(_ offset: DeadlineOffset) -> String {
        let (count, singular, plural): (Int, String, String)
        switch offset {
        case .days(let days) where days > 0 && days % 7 == 0:
            (count, singular, plural) = (days / 7, english ? "week" : "vecka", english ? "weeks" : "veckor")
        case .days(let days):
            (count, singular, plural) = (days, english ? "day" : "dag", english ? "days" : "dagar")
        case .months(let months):
            (count, singular, plural) = (months, english ? "month" : "månad", english ? "months" : "månader")
        case .hours(let hours):
            (count, singular, plural) = (hours, english ? "hour" : "timme", english ? "hours" : "timmar")
        }
        return "\(count) \(count == 1 ? singular : plural)"
    }
}
