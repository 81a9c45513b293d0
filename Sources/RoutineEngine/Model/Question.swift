/// One question in a step.
public struct Question: Equatable, Sendable {
    /// Identifier, unique in the routine; used in conditions, journals and answer files.
    public let id: String
    /// The id of the step the question belongs to.
    public let stepID: String
    /// What kind of answer the question takes.
    public var kind: QuestionKind
    /// The question as the worker reads it.
    public var text: LocalizedText
    /// A short hint shown with the question.
    public var help: LocalizedText
    /// Whether the question must be answered (optional ones may be skipped with a reason).
    public var isRequired: Bool
    /// Show the question only when this holds.
    public var condition: Condition?
    /// Choices or checklist items, in order.
    public var choices: [Choice]
    /// For decisions: the question whose answer names who decided.
    public var decidedBy: String?
    /// For decisions: the date-time question that holds when the decision was made.
    public var decidedAt: String?
    /// For scales: the lowest and highest value.
    public var range: ClosedRange<Int>
    /// For scales: what the lowest and highest values mean.
    public var lowLabel: LocalizedText
    public var highLabel: LocalizedText
    /// The statistic an answer to this question counts towards, by the chosen option (e.g. `placement`).
    public var count: String?
    /// For a yes/no question whose answer whoever picks the case up must see at once (has the
    /// young person absconded?): the short label the log's state block and `list` show it under.
    public var standing = LocalizedText()
    /// Answers that follow from earlier ones; when one holds, the question is not asked.
    public var derivations: [Derivation] = []
    /// Line in the step file where the question starts.
    public let line: Int

    /// The question as offered for `answers`: only the choices whose condition holds.
    public func offered(for answers: [String: AnswerValue]) -> Question {
        guard choices.contains(where: { $0.condition != nil }) else { return self }
        var narrowed = self
        narrowed.choices = choices.filter { $0.condition?.holds(for: answers) ?? true }
        return narrowed
    }

    /// Whether `value` names only choices this question offers (any value for questions without choices).
    public func offers(_ value: AnswerValue) -> Bool {
        guard kind.hasChoices else { return true }
        switch value {
        case .choice(let id): return choice(id) != nil
        case .choices(let ids): return ids.allSatisfy { choice($0) != nil }
        default: return true
        }
    }

    /// The answer that follows from `answers`, if a derivation holds.
    public func derived(from answers: [String: AnswerValue]) -> Derivation? {
        derivations.first { $0.condition.holds(for: answers) }
    }

    /// The choice with `id`, if any.
    public func choice(_ id: String) -> Choice? {
        choices.first { $0.id == id }
    }
}
