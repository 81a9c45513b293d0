/// The questions a case shows, in order, given its answers: steps and questions whose
/// conditions do not hold are left out, and so are answers to questions no longer shown.
public struct Walk: Sendable {
    /// The questions shown, in walking order.
    public let questions: [Question]
    /// The answers to the questions shown (answers to hidden questions do not count).
    public let answers: [String: AnswerValue]
    /// The ids of the steps shown.
    public let stepIDs: [String]

    public init(routine: Routine, record: CaseRecord) {
        self.init(routine: routine, values: record.values)
    }

    public init(routine: Routine, values: [String: AnswerValue]) {
        var shown: [Question] = []
        var effective: [String: AnswerValue] = [:]
        var steps: [String] = []
        for step in routine.steps where step.condition?.holds(for: effective) ?? true {
            steps.append(step.id)
            for question in step.questions where question.condition?.holds(for: effective) ?? true {
                shown.append(question)
                effective[question.id] = values[question.id]
            }
        }
        questions = shown
        answers = effective
        stepIDs = steps
    }

    /// Where `questionID` is in the walk, if shown.
    public func position(of questionID: String) -> Int? {
        questions.firstIndex { $0.id == questionID }
    }

    /// The first question shown that is neither answered nor skipped.
    public func firstOpen(in record: CaseRecord) -> Int? {
        questions.firstIndex { isOpen($0, in: record) }
    }

    /// Whether a question shown is still neither answered nor skipped.
    public func isOpen(_ question: Question, in record: CaseRecord) -> Bool {
        answers[question.id] == nil && record.skips[question.id] == nil
    }

    /// How many of the questions shown are still open.
    public func openCount(in record: CaseRecord) -> Int {
        questions.filter { isOpen($0, in: record) }.count
    }

    /// Whether every question shown is answered or skipped.
    public func isComplete(_ record: CaseRecord) -> Bool {
        firstOpen(in: record) == nil
    }
}
