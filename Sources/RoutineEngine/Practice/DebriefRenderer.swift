import Foundation

/// Writes a debrief as Markdown, for the screen and for the practice case's folder.
public struct DebriefRenderer {
    private let debrief: Debrief
    private let routine: Routine
    private let record: CaseRecord
    private let language: Language
    private let timeZone: TimeZone
    private let words: DebriefVocabulary

    public init(debrief: Debrief, routine: Routine, record: CaseRecord, language: Language, timeZone: TimeZone) {
        self.debrief = debrief
        self.routine = routine
        self.record = record
        self.language = language
        self.timeZone = timeZone
        words = DebriefVocabulary.forLanguage(language)
    }

    public func render() -> String {
        let score = Template.fill(words.scoreOf, debrief.score, debrief.maximumScore)
        var lines = [
            "# \(words.title): \(MarkdownText.inline(debrief.scenario.title.text(in: language)))", "",
            "> **\(LogVocabulary.forLanguage(language).practice)**", "",
            "| | |", "|---|---|",
            "| \(words.scenario) | `\(debrief.scenario.id)` |",
            "| \(words.caseLabel) | \(record.id) |",
            "| \(words.participant) | \(cell(record.openedBy)) |",
            "| \(words.score) | \(score) |", "",
        ]
        let misses = debrief.misses
        if misses.isEmpty {
            lines += [words.noMisses, ""]
        } else {
            lines += ["**\(words.missed):** " + misses.map { MarkdownText.inline($0.question.text.text(in: language)) }.joined(separator: "; "), ""]
        }
        for (number, item) in debrief.items.enumerated() {
            lines += section(number + 1, item)
        }
        if !debrief.unseenFacts.isEmpty {
            lines += ["## \(words.unseenFacts)", ""]
            for fact in debrief.unseenFacts {
                let step = routine.step(fact.stepID)?.title.text(in: language) ?? fact.stepID
                lines.append("- \(MarkdownText.inline(fact.text.text(in: language))) (\(words.unseenAt) \(MarkdownText.inline(step)))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func section(_ number: Int, _ item: Debrief.Item) -> [String] {
        let mark = item.outcome == .right ? "✓" : "✗"
        let given = item.given.map { AnswerText.describe($0, for: item.question, in: language, timeZone: timeZone) } ?? "–"
        return [
            "## \(number). \(mark) \(MarkdownText.inline(item.question.text.text(in: language))) – \(words.outcome(item.outcome)) "
                + "(\(Template.fill(words.scoreOf, item.earned, item.expectation.points)) \(words.points))",
            "",
            "- \(words.yourAnswer): \(MarkdownText.inline(given))",
            "- \(words.expected): \(MarkdownText.inline(expected(item)))",
            "- \(words.why): \(MarkdownText.inline(item.expectation.why.text(in: language)))",
            "- \(words.source): \(MarkdownText.inline(item.expectation.sources.joined(separator: "; ")))",
            "",
        ]
    }

    /// The expected answer in words: `A or B`, or `at least: A; B`.
    public func expected(_ item: Debrief.Item) -> String {
        if !item.expectation.included.isEmpty {
            let labels = item.expectation.included.map { AnswerText.describe(.choices([$0]), for: item.question, in: language, timeZone: timeZone) }
            return "\(words.atLeast): " + labels.joined(separator: "; ")
        }
        let labels = item.expectation.accepted.map { AnswerText.describe(.choice($0), for: item.question, in: language, timeZone: timeZone) }
        return labels.count == 1 ? labels[0] : labels.map { "«\($0)»" }.joined(separator: " \(words.or) ")
    }

    private func cell(_ text: String) -> String {
        MarkdownText.inline(text)
    }
}
