import Foundation

/// Fills a template from a case: its answers, decisions, deadlines, open actions and alerts.
public struct DocumentFiller {
    let routine: Routine
    let record: CaseRecord
    let timeZone: TimeZone

    public init(routine: Routine, record: CaseRecord, timeZone: TimeZone) {
        self.routine = routine
        self.record = record
        self.timeZone = timeZone
    }

    /// Whether the template applies to the case.
    public func applies(_ template: DocumentTemplate) -> Bool {
        template.routineID == routine.id && (template.condition?.holds(for: Walk(routine: routine, record: record).answers) ?? true)
    }

    /// The template filled in, as `writer` writes it at `now`.
    public func fill(_ template: DocumentTemplate, language: Language, writer: String, now: Date, isFinal: Bool = false) -> DocumentDraft {
        var state = State(walk: Walk(routine: routine, record: record), language: language)
        state.status = CaseStatus(routine: routine, record: record, timeZone: timeZone)
        let blocks = render(template.body[language] ?? [], &state, item: nil, writer: writer, now: now)
        return DocumentDraft(template: template, language: language, caseID: record.id.description, blocks: blocks, missing: state.missing,
                             isPractice: record.isPractice, isFinal: isFinal, writer: writer, writtenAt: Timestamp.display(now, in: timeZone))
    }

    private struct State {
        let walk: Walk
        let language: Language
        var status: CaseStatus?
        var missing: [String] = []

        mutating func need(_ question: Question?, _ id: String) {
            let text = "«\(question?.text.text(in: language) ?? id)» (\(id))"
            if !missing.contains(text) { missing.append(text) }
        }
    }

    /// One item of an `[each …]` list: its text, and for deadlines when and on which basis.
    private struct Item {
        let text: String
        var due = ""
        var basis = ""
    }

    private func render(_ nodes: [TemplateNode], _ state: inout State, item: Item?, writer: String, now: Date) -> [DocumentDraft.Block] {
        var blocks: [DocumentDraft.Block] = []
        for node in nodes {
            switch node {
            case .heading(let level, let segments, _):
                blocks.append(.heading(level, text(segments, &state, item: item, writer: writer, now: now)))
            case .paragraph(let segments, _):
                blocks.append(.paragraph(text(segments, &state, item: item, writer: writer, now: now)))
            case .bullet(let segments, _):
                blocks.append(.bullet(text(segments, &state, item: item, writer: writer, now: now)))
            case .conditional(let condition, let inner, _):
                if condition.holds(for: state.walk.answers) { blocks += render(inner, &state, item: item, writer: writer, now: now) }
            case .each(let source, let inner, _):
                for each in items(source, &state) { blocks += render(inner, &state, item: each, writer: writer, now: now) }
            }
        }
        return blocks
    }

    private func items(_ source: String, _ state: inout State) -> [Item] {
        let language = state.language
        switch source {
        case "open-actions":
            return (state.status?.openItems ?? []).map { Item(text: $0.text, due: $0.due?.text(in: timeZone) ?? "", basis: $0.basis ?? "") }
        case "alerts":
            return (state.status?.alerts ?? []).map { Item(text: $0.text.text(in: language)) }
        case "deadlines":
            return (state.status?.deadlines ?? []).map { Item(text: $0.rule.text.text(in: language), due: $0.due.text(in: timeZone),
                                                              basis: $0.rule.basis.text(in: language)) }
        case "decisions":
            return state.walk.questions.filter { $0.kind == .decision && state.walk.answers[$0.id] != nil }.map { question in
                Item(text: "\(question.text.text(in: language)): \(describe(state.walk.answers[question.id]!, question, language))")
            }
        default:
            let question = routine.question(source)
            switch state.walk.answers[source] {
            case .list(let entries)?: return entries.map { Item(text: $0) }
            case .choices(let chosen)?: return chosen.compactMap { question?.choice($0) }.map { Item(text: $0.label.text(in: language)) }
            default:
                if record.skips[source] == nil { state.need(question, source) }
                return []
            }
        }
    }

    private func text(_ segments: [TemplateSegment], _ state: inout State, item: Item?, writer: String, now: Date) -> String {
        var out = ""
        let language = state.language
        for segment in segments {
            switch segment {
            case .literal(let text): out += text
            case .place(let place):
                switch place {
                case .caseID: out += record.id.description
                case .caseworker: out += writer
                case .now: out += Timestamp.display(now, in: timeZone)
                case .routine: out += routine.name.text(in: language)
                case .opened: out += Timestamp.display(record.openedAt, in: timeZone)
                case .item: out += item?.text ?? ""
                case .itemDue: out += item?.due ?? ""
                case .itemBasis: out += item?.basis ?? ""
                case .answer(let id):
                    out += answer(id, &state) ?? "…"
                case .decidedBy(let id):
                    let by = routine.question(id)?.decidedBy
                    out += by.flatMap { answer($0, &state) } ?? "…"
                case .decidedAt(let id):
                    if let at = routine.question(id)?.decidedAt { out += answer(at, &state) ?? "…" } else if let recorded = record.answers[id] {
                        out += Timestamp.display(recorded.at, in: timeZone)
                    } else {
                        state.need(routine.question(id), id)
                        out += "…"
                    }
                case .basis(let id):
                    if case .choice(let chosen)? = state.walk.answers[id], let choice = routine.question(id)?.choice(chosen), !choice.basis.isEmpty {
                        out += choice.basis.text(in: language)
                    } else {
                        state.need(routine.question(id), id)
                        out += "…"
                    }
                case .due(let id):
                    if let deadline = state.status?.deadlines.first(where: { $0.rule.id == id }) { out += deadline.due.text(in: timeZone) } else {
                        let from = routine.steps.flatMap(\.deadlines).first { $0.id == id }?.from ?? id
                        state.need(routine.question(from), from)
                        out += "…"
                    }
                }
            }
        }
        return out
    }

    /// The answer as the log shows it; nil (and noted as missing) when the case has none.
    private func answer(_ id: String, _ state: inout State) -> String? {
        guard let value = state.walk.answers[id], let question = routine.question(id) else {
            state.need(routine.question(id), id)
            return nil
        }
        return describe(value, question, state.language)
    }

    private func describe(_ value: AnswerValue, _ question: Question, _ language: Language) -> String {
        AnswerText.describe(value, for: question, in: language, timeZone: timeZone)
    }
}
