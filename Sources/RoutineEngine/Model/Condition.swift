/// When a step, question or deadline applies, in terms of earlier answers.
///
/// Written in step files as e.g. `lvu6 = yes and (age = under-18 or age = 18-20)`.
public indirect enum Condition: Equatable, Sendable {
    /// The answer to `question` is `value` (a choice id, `yes`/`no`, or a number).
    case equals(question: String, value: String)
    /// The question was answered with something other than `value`.
    case notEquals(question: String, value: String)
    /// A multiple-choice or checklist answer includes `value`.
    case has(question: String, value: String)
    /// A scale answer compares with `value`.
    case compare(question: String, op: ComparisonOperator, value: Int)
    /// The question has an answer (not skipped, not unanswered).
    case answered(question: String)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    /// Every question id the condition reads, in order of appearance.
    public var questionIDs: [String] {
        switch self {
        case .equals(let q, _), .notEquals(let q, _), .has(let q, _), .compare(let q, _, _), .answered(let q):
            [q]
        case .not(let inner):
            inner.questionIDs
        case .and(let a, let b), .or(let a, let b):
            a.questionIDs + b.questionIDs
        }
    }
}

extension Condition {
    /// The checklist items the condition asks for (`question has item`), in order.
    public var checkedItems: [(question: String, item: String)] {
        switch self {
        case .has(let question, let item): [(question, item)]
        case .not(let inner): inner.checkedItems
        case .and(let a, let b), .or(let a, let b): a.checkedItems + b.checkedItems
        default: []
        }
    }
}

extension Condition: CustomStringConvertible {
    /// The condition written as in a step file, with parentheses where needed.
    public var description: String {
        switch self {
        case .equals(let q, let v): "\(q) = \(v)"
        case .notEquals(let q, let v): "\(q) != \(v)"
        case .has(let q, let v): "\(q) has \(v)"
        case .compare(let q, let op, let v): "\(q) \(op.rawValue) \(v)"
        case .answered(let q): "\(q) answered"
        case .not(let inner): "not \(inner.grouped)"
        case .and(let a, let b): "\(a.groupedInAnd) and \(b.groupedInAnd)"
        case .or(let a, let b): "\(a) or \(b)"
        }
    }

    private var grouped: String {
        switch self {
        case .and, .or: "(\(self))"
        default: description
        }
    }

    private var groupedInAnd: String {
        if case .or = self { return "(\(self))" }
        return description
    }
}
