import Foundation

/// Why a follow-up on a case was not recorded. Nothing is written when one of these is thrown.
public enum FollowUpProblem: Equatable, Sendable {
    /// No open action, checklist item or deadline has this id; `open` lists those that do.
    case unknownItem(String, open: [String])
    /// The case is closed: reopen it (with a reason) before changing it.
    case caseClosed
    /// Only a closed case can be reopened.
    case caseNotClosed
    /// A note, handover, closing summary or reason needs text.
    case emptyText
    /// The time something was done cannot lie after the time it is recorded.
    case doneInFuture
    /// The text holds a control or bidirectional character, or bytes that are not UTF-8.
    case unsafeText(TypedText.Problem)
    /// A document cannot be written while answers it needs are missing (listed).
    case documentIncomplete([String])
}

extension FollowUpProblem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownItem(let id, let open):
            "'\(id)' is not an open action or deadline of this case" + (open.isEmpty ? " (nothing is open)." : "; open: \(open.joined(separator: ", ")).")
        case .caseClosed: "The case is closed; reopen it with 'handlagg reopen CASE --reason TEXT' first."
        case .caseNotClosed: "The case is not closed."
        case .emptyText: "The text is empty."
        case .doneInFuture: "The time it was done lies after now."
        case .unsafeText(let problem): "The text holds \(problem == .invalidUTF8 ? "bytes that are not valid UTF-8" : "a control character"); type it again."
        case .documentIncomplete(let missing): "The document cannot be filled in; answers missing: \(missing.joined(separator: ", "))."
        }
    }
}
