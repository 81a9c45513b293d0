/// What the routine's rules say about a change of answers: the rules it would break (`refuse`)
/// and the warnings the worker must confirm (`warn`). Only rules that the change makes hold
/// count: a rule that already held before (for instance after a routine update) does not stop
/// the worker from going on, and is reported by the log and `review` instead.
public struct RuleCheck: Equatable, Sendable {
    /// Rules the change would break; the answer is not accepted.
    public let refused: [Rule]
    /// Warnings the change raises; the answer is accepted once confirmed with a reason.
    public let warnings: [Rule]

    /// Whether the change breaks no rule and raises no warning.
    public var isClear: Bool { refused.isEmpty && warnings.isEmpty }

    /// Compares the answers that count before and after the change.
    public init(routine: Routine, before: [String: AnswerValue], after: [String: AnswerValue]) {
        let before = Walk(routine: routine, values: before).answers
        let after = Walk(routine: routine, values: after).answers
        let raised = routine.rules.filter { $0.holds(for: after) && !$0.holds(for: before) }
        refused = raised.filter { $0.severity == .refuse }
        warnings = raised.filter { $0.severity == .warn }
    }

    /// The alerts that hold after the change but did not before.
    public static func newAlerts(routine: Routine, before: [String: AnswerValue], after: [String: AnswerValue]) -> [Alert] {
        let before = Walk(routine: routine, values: before).answers
        let after = Walk(routine: routine, values: after).answers
        return routine.alerts.filter { $0.holds(for: after) && !$0.holds(for: before) }
    }
}
