/// A check across answers, declared in a step file: a combination of answers the law does not
/// allow (`refuse`) or that needs the worker's confirmation and reason (`warn`).
public struct Rule: Equatable, Sendable {
    /// How a rule acts when its condition holds.
    public enum Severity: String, CaseIterable, Sendable {
        /// The answer that would make the condition hold is not accepted.
        case refuse
        /// The answer is accepted once the worker confirms it and gives a reason, which is logged.
        case warn
    }

    /// Identifier, unique in the routine; named in journals and answer files.
    public let id: String
    /// The step the rule is declared in.
    public let stepID: String
    /// The situation the rule is about; it may use any question of the routine.
    public var condition: Condition?
    public var severity: Severity
    /// What is wrong and what to do instead.
    public var message: LocalizedText
    /// The legal basis the rule rests on.
    public var basis: LocalizedText
    /// Where the rule comes from.
    public var sources: [String]
    /// Line in the step file where the rule starts.
    public let line: Int

    /// Whether the rule's condition holds for `answers`.
    public func holds(for answers: [String: AnswerValue]) -> Bool {
        condition?.holds(for: answers) ?? false
    }
}
