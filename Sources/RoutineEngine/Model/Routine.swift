/// A routine loaded from a step file: the steps of one workflow, in order.
public struct Routine: Equatable, Sendable {
    /// Identifier, e.g. `akut-barn`.
    public let id: String
    /// The routine's name.
    public var name: LocalizedText
    /// When the legal content was last reviewed (YYYY-MM-DD).
    public var legalReview: CalendarDate
    /// Sources for the routine as a whole.
    public var sources: [String]
    /// Whether this is an intake: the few questions that decide which routine applies (`intake: yes`).
    public var isIntake = false
    /// What the unit counts per year across cases (police reports, 6 § decisions…).
    public var statistics: [Statistic]
    /// The steps, in the order they are walked.
    public var steps: [Step]
    /// The step file the routine was read from (for messages).
    public let file: String
    /// SHA-256 of the step file's bytes, identifying the routine version a case used.
    public let fingerprint: String

    /// Every question in walking order.
    public var questions: [Question] { steps.flatMap(\.questions) }

    /// Every rule, in the order of the routine.
    public var rules: [Rule] { steps.flatMap(\.rules) }

    /// Every alert, in the order of the routine.
    public var alerts: [Alert] { steps.flatMap(\.alerts) }

    /// Every todo of the routine, in step order.
    public var todos: [Todo] { steps.flatMap(\.todos) }

    /// Every route of an intake, in order.
    public var routes: [Route] { steps.flatMap(\.routes) }

    /// The route that applies to `answers`: the first whose condition holds.
    public func route(for answers: [String: AnswerValue]) -> Route? {
        routes.first { $0.condition?.holds(for: answers) ?? false }
    }

    /// The rule with `id`, if any.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// The question with `id`, if any.
    public func question(_ id: String) -> Question? {
        for step in steps {
            if let found = step.questions.first(where: { $0.id == id }) { return found }
        }
        return nil
    }

    /// The statistic with `id`, if any.
    public func statistic(_ id: String) -> Statistic? {
        statistics.first { $0.id == id }
    }

    /// The step with `id`, if any.
    public func step(_ id: String) -> Step? {
        steps.first { $0.id == id }
    }
}
