/// Decides whether a condition can hold for some answers, by trying every combination of
/// the values that matter to it. Each question is treated on its own (correlations between
/// earlier questions are ignored), so a "no" is certain and a "yes" may be optimistic.
enum Satisfiability {
    private static let limit = 50_000

    static func canHold(_ condition: Condition, questions: [String: Question], reachable: Set<String>) -> Bool {
        var ids: [String] = []
        for id in condition.questionIDs where !ids.contains(id) { ids.append(id) }
        let domains = ids.map { id -> [AnswerValue?] in
            guard let question = questions[id], reachable.contains(id) else { return [nil] }
            return domain(of: question, in: condition)
        }
        let combinations = domains.reduce(1) { $0 > limit ? $0 : $0 * max($1.count, 1) }
        if combinations > limit { return true }
        var answers: [String: AnswerValue] = [:]
        return search(0, ids, domains, &answers, condition)
    }

    private static func search(_ index: Int, _ ids: [String], _ domains: [[AnswerValue?]],
                               _ answers: inout [String: AnswerValue], _ condition: Condition) -> Bool {
        if index == ids.count { return condition.holds(for: answers) }
        for value in domains[index] {
            answers[ids[index]] = value
            if search(index + 1, ids, domains, &answers, condition) { return true }
        }
        answers[ids[index]] = nil
        return false
    }

    /// The values of `question` that can make a difference to `condition`. Unanswered is always
    /// possible: the question's own step may not have been shown.
    private static func domain(of question: Question, in condition: Condition) -> [AnswerValue?] {
        let mentioned = condition.atoms.filter { $0.question == question.id }.map(\.value)
        return [nil] + AnswerDomain.values(of: question, mentioned: mentioned)
    }
}
