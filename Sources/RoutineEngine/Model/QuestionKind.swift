/// What kind of answer a question takes.
public enum QuestionKind: String, CaseIterable, Sendable {
    /// Ja or nej.
    case yesNo = "yesno"
    /// Exactly one of the choices.
    case choice
    /// Any number of the choices.
    case multi
    /// Free text on one line.
    case text
    /// A date and time ("nu", "03:15", "2026-11-22 03:15").
    case dateTime = "datetime"
    /// A repeatable list of short entries, one per line.
    case list
    /// A whole number on a scale between `min` and `max` (Signs of Safety: 0–10).
    case scale
    /// A decision: one of the choices, each with its legal basis, and who decided.
    case decision
    /// An action checklist: which of the items are done; the rest stay open.
    case actions
    /// A guidance step without questions: the worker confirms having read it.
    case acknowledgement

    /// Kinds whose answers name choices.
    public var hasChoices: Bool {
        switch self {
        case .choice, .multi, .decision, .actions: true
        default: false
        }
    }
}
