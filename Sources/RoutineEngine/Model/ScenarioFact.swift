/// Something the trainee learns when a step begins: what the police register check returns,
/// what the adults claim. It may move the simulated clock on.
public struct ScenarioFact: Equatable, Sendable {
    public let id: String
    /// The routine step at whose start the fact is shown.
    public var stepID: String
    public var text: LocalizedText
    /// The simulated time when the step begins, if the clock moves on here.
    public var clock: TimeOfDay?
    public let line: Int
}
