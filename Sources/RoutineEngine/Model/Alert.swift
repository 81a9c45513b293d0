/// Something whoever handles the case must know, declared in a step file: shown to the worker
/// the moment its condition becomes true, and listed at the top of the log while it holds.
public struct Alert: Equatable, Sendable {
    /// Identifier, unique in the routine.
    public let id: String
    /// The situation the alert is about; it may use any question of the routine.
    public var condition: Condition?
    /// What to watch for and what it means.
    public var text: LocalizedText
    /// Where it comes from (seed file and section, or law section).
    public var sources: [String]
    /// Line in the step file where the alert starts.
    public let line: Int

    /// Whether the alert applies to `answers`.
    public func holds(for answers: [String: AnswerValue]) -> Bool {
        condition?.holds(for: answers) ?? false
    }
}
