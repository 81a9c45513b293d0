/// A deadline that follows from an answer, e.g. 7 § LVU: to the court within a week of the decision.
public struct DeadlineRule: Equatable, Sendable {
    /// Identifier, unique in the routine.
    public let id: String
    /// What must be done by the deadline.
    public var text: LocalizedText
    /// The question whose answer starts the clock: a date-time question's value, otherwise the time it was answered.
    public var from: String
    /// How long after the start the deadline falls.
    public var offset: DeadlineOffset
    /// The legal basis shown next to the deadline.
    public var basis: LocalizedText
    /// The deadline applies only when this holds.
    public var condition: Condition?
    /// The deadline counts as met when this holds.
    public var doneWhen: Condition?
    /// Line in the step file where the deadline starts.
    public let line: Int
}
