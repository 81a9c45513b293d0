import Foundation

/// One thing still to do in a case, with the id a worker ticks it off with.
public struct OpenItem: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// A deadline not yet met (id: the deadline's id).
        case deadline
        /// A checklist item not yet ticked (id: `question.item`).
        case checklist
        /// What an answer left to do, declared as a `todo` (id: the todo's id).
        case todo
        /// A required question not yet answered (id: the question's id; answer it to close it).
        case unanswered
    }

    public let id: String
    public let kind: Kind
    /// What is to be done, in the case's language.
    public let text: String
    /// By when, if a deadline applies.
    public let due: Deadline.Due?
    /// The legal basis of a deadline.
    public let basis: String?

    /// Whether a worker can tick it off with `done` (an unanswered question is answered instead).
    public var canBeTicked: Bool { kind != .unanswered }
}
