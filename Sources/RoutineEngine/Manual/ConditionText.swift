/// A condition in words, using the routine's own question and choice texts.
struct ConditionText {
    let routine: Routine
    let language: Language

    func describe(_ condition: Condition) -> String {
        let english = language == .english
        switch condition {
        case .equals(let q, let value):
            return "\(question(q)): \(choice(q, value))"
        case .notEquals(let q, let value):
            return "\(question(q)): \(english ? "not" : "inte") \(choice(q, value))"
        case .has(let q, let value):
            return "\(question(q)): \(choice(q, value))"
        case .compare(let q, let op, let value):
            return "\(question(q)) \(op.rawValue) \(value)"
        case .answered(let q):
            return "\(question(q)) \(english ? "answered" : "besvarad")"
        case .not(let inner):
            return "\(english ? "not" : "inte") (\(describe(inner)))"
        case .and(let a, let b):
            return "\(grouped(a)) \(english ? "and" : "och") \(grouped(b))"
        case .or(let a, let b):
            // "Age: under 18 or 18–20" rather than repeating the question.
            if let merged = sameQuestionChoices(condition) {
                return "\(question(merged.question)): " + merged.values.map { choice(merged.question, $0) }
                    .joined(separator: english ? " or " : " eller ")
            }
            return "\(describe(a)) \(english ? "or" : "eller") \(describe(b))"
        }
    }

    private func grouped(_ condition: Condition) -> String {
        if case .or = condition { return "(\(describe(condition)))" }
        return describe(condition)
    }

    private func sameQuestionChoices(_ condition: Condition) -> (question: String, values: [String])? {
        switch condition {
        case .equals(let q, let value):
            return (q, [value])
        case .or(let a, let b):
            guard let left = sameQuestionChoices(a), let right = sameQuestionChoices(b), left.question == right.question else { return nil }
            return (left.question, left.values + right.values)
        default:
            return nil
        }
    }

    private func question(_ id: String) -> String {
        routine.question(id)?.text.text(in: language) ?? id
    }

    private func choice(_ questionID: String, _ value: String) -> String {
        guard let question = routine.question(questionID) else { return value }
        if question.kind == .yesNo { return value == "yes" ? (language == .english ? "yes" : "ja") : (language == .english ? "no" : "nej") }
        return question.choice(value)?.label.text(in: language) ?? value
    }
}
