/// Decides whether a condition can hold for some answers, by trying every combination of
/// the values that matter to it. Each question is treated on its own (correlations between
/// earlier questions are ignored), so a "no" is certain and a "yes" may be optimistic.
enum Satisfiability {
    private static let limit = 50_000

    /// The condition's tests must have been checked against their questions (`ConditionAtom.problem`).
    static func canHold(_ condition: Condition, questions: [String: Question], reachable: Set<String>) -> Bool {
        plainlyCanHold(condition, reachable: reachable) || searchFinds(condition, questions: questions, reachable: reachable)
    }

    /// Whether trying the answers that matter finds some for which `condition` holds.
    static func searchFinds(_ condition: Condition, questions: [String: Question], reachable: Set<String>) -> Bool {
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

    /// The common shape, answered without a search: `q = value` or `q has value` of a question
    /// that can be reached, or several such joined by `or`. A checked test of this kind names
    /// a value its question can take, so reaching the question is enough.
    static func plainlyCanHold(_ condition: Condition, reachable: Set<String>) -> Bool {
        switch condition {
        case .equals(let question, _), .has(let question, _): reachable.contains(question)
        case .or(let a, let b): plainlyCanHold(a, reachable: reachable) || plainlyCanHold(b, reachable: reachable)
        default: false
        }
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
