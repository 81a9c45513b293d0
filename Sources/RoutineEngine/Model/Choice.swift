/// One option of a choice, multiple-choice or decision question, or one item of an action checklist.
public struct Choice: Equatable, Sendable {
    /// Stable identifier used in conditions, journals and answer files.
    public let id: String
    /// What the worker sees.
    public var label: LocalizedText
    /// Legal basis recorded with a decision (e.g. "6 § LVU"); empty when none.
    public var basis: LocalizedText
    /// Offer the choice only when this holds for earlier answers.
    public var condition: Condition?
    /// The statistic this choice counts towards when chosen (e.g. `police-report`), if any.
    public var count: String?
    /// Line in the step file where the choice starts.
    public let line: Int
}
