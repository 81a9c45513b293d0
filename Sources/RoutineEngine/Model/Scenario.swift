/// A practice case for training: a vignette, facts revealed along the way, and the answers a
/// well-handled case would give at key questions, with why. It runs through a real routine.
public struct Scenario: Equatable, Sendable {
    /// Identifier, e.g. `stold-15`; named on the command line.
    public internal(set) var id: String
    /// The routine the scenario runs through.
    public var routineID: String
    public var title: LocalizedText
    /// The situation as the trainee first hears it.
    public var vignette: LocalizedText
    /// When the content was last checked against the law.
    public var legalReview: CalendarDate
    /// Which case pattern of which source the scenario is built on.
    public var sources: [String]
    /// When the simulated clock starts; nil runs the scenario on the real clock.
    public var start: ScenarioStart?
    /// Facts in the order they are revealed.
    public var facts: [ScenarioFact]
    /// The key questions and what is expected of them.
    public var expectations: [Expectation]
    /// The file it was read from (for messages) and the line of its `scenario:` key.
    public let file: String
    public var line: Int

    /// The most points the debrief can give.
    public var maximumScore: Int { expectations.reduce(0) { $0 + $1.points } }
}
