/// The debrief after a practice case: each key question with what the trainee answered, what
/// was expected and why, and a score.
public struct Debrief: Sendable {
    /// How the trainee's answer to a key question turned out.
    public enum Outcome: String, Sendable {
        /// As expected: the points are earned.
        case right
        /// Answered, but not as expected.
        case wrong
        /// An optional question skipped.
        case skipped
        /// Shown but not answered yet (e.g. the practice was paused).
        case unanswered
        /// Never shown: earlier answers led past it.
        case notAsked = "not-asked"
    }

    /// One key question.
    public struct Item: Sendable {
        public let expectation: Expectation
        public let question: Question
        /// The trainee's answer, if any.
        public let given: AnswerValue?
        public let outcome: Outcome
        /// Points earned: the expectation's points when right, else 0.
        public var earned: Int { outcome == .right ? expectation.points : 0 }
    }

    public let scenario: Scenario
    /// The key questions in the order the routine asks them.
    public let items: [Item]
    /// Facts at steps the case never showed, so the trainee never saw them.
    public let unseenFacts: [ScenarioFact]

    public var score: Int { items.reduce(0) { $0 + $1.earned } }
    public var maximumScore: Int { scenario.maximumScore }
    /// The key questions not answered as expected.
    public var misses: [Item] { items.filter { $0.outcome != .right } }

    /// Scores a practice case's answers against its scenario.
    public init(scenario: Scenario, routine: Routine, record: CaseRecord) {
        self.scenario = scenario
        let walk = Walk(routine: routine, record: record)
        let order = Dictionary(routine.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let expectations = scenario.expectations.sorted { (order[$0.questionID] ?? .max) < (order[$1.questionID] ?? .max) }
        items = expectations.compactMap { expectation in
            guard let question = routine.question(expectation.questionID) else { return nil }
            let given = walk.answers[question.id]
            let outcome: Outcome
            if walk.position(of: question.id) == nil {
                outcome = .notAsked
            } else if let given {
                outcome = Self.meets(given, expectation) ? .right : .wrong
            } else {
                outcome = record.skips[question.id] != nil ? .skipped : .unanswered
            }
            return Item(expectation: expectation, question: question, given: given, outcome: outcome)
        }
        unseenFacts = scenario.facts.filter { !walk.stepIDs.contains($0.stepID) }
    }

    private static func meets(_ answer: AnswerValue, _ expectation: Expectation) -> Bool {
        switch answer {
        case .choice(let id): expectation.accepted.contains(id)
        case .choices(let ids): !expectation.included.isEmpty && expectation.included.allSatisfy(ids.contains)
        default: false
        }
    }
}
