/// Something an answer leaves to do, declared in a step file: "interpreter needed but not yet
/// there", "home country not yet contacted", a check skipped. While it holds it is an open
/// action of the case, with a deadline when `within` is given; it is done when its condition
/// stops holding (the answer changed) or when a worker ticks it off.
public struct Todo: Equatable, Sendable {
    /// Identifier, unique in the routine; the id a worker ticks it off with.
    public let id: String
    public let stepID: String
    /// The answers that leave the thing to do.
    public var condition: Condition?
    /// Or: the question whose being skipped leaves it to do.
    public var skipped: String?
    /// What is to be done.
    public var text: LocalizedText
    /// How soon, counted from the answer (or skip) that left it to do.
    public var within: DeadlineOffset?
    /// Where it comes from (seed file and section, or law section).
    public var sources: [String]
    /// Line in the step file where the todo starts.
    public let line: Int

    /// The questions whose answers decide whether it holds.
    public var questionIDs: [String] {
        skipped.map { [$0] } ?? condition?.questionIDs ?? []
    }

    /// Whether the answers (and skips) of a case leave it to do.
    public func holds(for answers: [String: AnswerValue], skipped skips: Set<String>) -> Bool {
        if let skipped { return skips.contains(skipped) }
        return condition?.holds(for: answers) ?? false
    }
}
