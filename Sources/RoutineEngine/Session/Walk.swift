/// The questions a case shows, in order, given its answers: steps and questions whose
/// conditions do not hold are left out, and so are answers to questions no longer shown.
/// A question whose answer follows from earlier ones (`derive:`) is not shown; its derived
/// answer counts. Each question shown offers only the choices whose conditions hold, and an
/// answer naming a choice whose condition no longer holds does not count (one naming a choice
/// a routine update removed does: it is what was recorded).
public struct Walk: Sendable {
    /// The questions shown, in walking order.
    public let questions: [Question]
    /// The answers to the questions shown (answers to hidden questions do not count).
    public let answers: [String: AnswerValue]
    /// The ids of the steps shown.
    public let stepIDs: [String]
    /// The questions not asked because their answer follows from earlier ones, by id.
    public let derived: [String: Derivation]

    public init(routine: Routine, record: CaseRecord) {
        self.init(routine: routine, values: record.values)
    }

    public init(routine: Routine, values: [String: AnswerValue]) {
        var shown: [Question] = []
        var effective: [String: AnswerValue] = [:]
        var steps: [String] = []
        var derived: [String: Derivation] = [:]
        for step in routine.steps where step.condition?.holds(for: effective) ?? true {
            steps.append(step.id)
            for question in step.questions where question.condition?.holds(for: effective) ?? true {
                if let derivation = question.derived(from: effective) {
                    derived[question.id] = derivation
                    effective[question.id] = .choice(derivation.value)
                    continue
                }
                let offered = question.offered(for: effective)
                shown.append(offered)
                // A choice whose condition no longer holds is not offered, so its answer does not
                // count; a choice the routine no longer has at all (a routine update) still does,
                // as the journal recorded it.
                if let value = values[question.id], offered.offers(value) || !question.offers(value) { effective[question.id] = value }
            }
        }
        questions = shown
        answers = effective
        stepIDs = steps
        self.derived = derived
    }

    /// The question with `id` as shown in this walk (with the choices it offers), if shown.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
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
