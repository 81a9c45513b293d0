/// One comparison in a condition, for checking it against its question.
struct ConditionAtom {
    enum Test { case equals, notEquals, has, compare, answered }
    let question: String
    let test: Test
    let value: String

    /// A sentence saying why the atom cannot apply to `question`, or nil.
    func problem(with question: Question) -> String? {
        let kind = question.kind
        switch test {
        case .answered:
            return nil
        case .has:
            guard kind == .multi || kind == .actions else {
                return "'has' works on multiple-choice and actions questions; '\(question.id)' is '\(kind.rawValue)'."
            }
            return question.choice(value) == nil ? "question '\(question.id)' has no choice '\(value)'." : nil
        case .compare:
            return kind == .scale ? nil : "'<' and '>' work on scale questions; '\(question.id)' is '\(kind.rawValue)'."
        case .equals, .notEquals:
            switch kind {
            case .yesNo:
                return value == "yes" || value == "no" ? nil : "a yes/no question is compared with 'yes' or 'no', not '\(value)'."
            case .choice, .decision:
                return question.choice(value) == nil ? "question '\(question.id)' has no choice '\(value)'." : nil
            case .scale:
                guard let number = Int(value), question.range.contains(number) else {
                    return "'\(value)' is not on the scale of '\(question.id)' (\(question.range.lowerBound)–\(question.range.upperBound))."
                }
                return nil
            default:
                return "'=' does not work on '\(kind.rawValue)' questions like '\(question.id)'; use 'has' or 'answered'."
            }
        }
    }
}

extension Condition {
    /// The comparisons the condition is built from.
    var atoms: [ConditionAtom] {
        switch self {
        case .equals(let q, let v): [ConditionAtom(question: q, test: .equals, value: v)]
        case .notEquals(let q, let v): [ConditionAtom(question: q, test: .notEquals, value: v)]
        case .has(let q, let v): [ConditionAtom(question: q, test: .has, value: v)]
        case .compare(let q, _, let v): [ConditionAtom(question: q, test: .compare, value: String(v))]
        case .answered(let q): [ConditionAtom(question: q, test: .answered, value: "")]
        case .not(let inner): inner.atoms
        case .and(let a, let b), .or(let a, let b): a.atoms + b.atoms
        }
    }
}
