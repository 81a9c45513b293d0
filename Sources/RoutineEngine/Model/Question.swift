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
    /// Line in the step file where the question starts.
    public let line: Int

    /// The choice with `id`, if any.
    public func choice(_ id: String) -> Choice? {
        choices.first { $0.id == id }
    }
}
