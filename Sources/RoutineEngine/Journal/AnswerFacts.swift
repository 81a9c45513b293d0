/// What an answer meant when it was given, written into the journal with it so that a later
/// update of the routine never rewrites the past: the question and the answer as the worker saw
/// them, a decision's legal basis, and the deadlines the answer started, moved or ended.
public struct AnswerFacts: Codable, Equatable, Sendable {
    /// The question's text, in the case's language.
    public var question: String
    /// The answer as shown (the chosen option's text, the date…); empty for a skip.
    public var answer: String
    /// For a decision: the legal basis of the option chosen.
    public var basis: String?
    /// Deadlines that began or got a new due date with this answer.
    public var deadlines: [DeadlineFact]?
    /// Deadlines that stopped applying with this answer, by id.
    public var endedDeadlines: [String]?
    /// What the answer counted towards in the statistics, as the log's `count:` facts.
    public var counts: [[String]]?

    public init(question: String, answer: String, basis: String? = nil, deadlines: [DeadlineFact]? = nil, endedDeadlines: [String]? = nil) {
        self.question = question
        self.answer = answer
        self.basis = basis
        self.deadlines = deadlines
        self.endedDeadlines = endedDeadlines
    }
}
