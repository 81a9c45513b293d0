/// One step of a routine: guidance from the manual and the questions it asks.
public struct Step: Equatable, Sendable {
    /// Identifier, unique in the routine.
    public let id: String
    /// The section of the manual the step belongs to (carried over from the previous step when not given).
    public var section: LocalizedText
    /// The step's heading.
    public var title: LocalizedText
    /// The manual's guidance, as prose paragraphs.
    public var guidance: LocalizedText
    /// Where the content comes from: seed file and section, law section.
    public var sources: [String]
    /// Show the step only when this holds.
    public var condition: Condition?
    /// Whether the step's answers are also summarised at the top of the log (e.g. Signs of Safety).
    public var isSummary: Bool
    /// The step's questions; a guidance step has one acknowledgement question.
    public var questions: [Question]
    /// Deadlines that follow from answers in this step.
    public var deadlines: [DeadlineRule]
    /// Checks across answers declared in this step.
    public var rules: [Rule] = []
    /// Alerts declared in this step.
    public var alerts: [Alert] = []
    /// What answers in this step leave to do.
    public var todos: [Todo] = []
    /// In an intake: the routines a case can continue in, tried in order.
    public var routes: [Route] = []
    /// Line in the step file where the step starts.
    public let line: Int
}
