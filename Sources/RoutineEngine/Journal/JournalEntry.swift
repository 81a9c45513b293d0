import Foundation

/// One line of a case's journal: something that happened, when, and by whom.
/// The journal is append-only; the case's state and its log are derived from it.
public struct JournalEntry: Codable, Equatable, Sendable {
    /// What happened.
    public enum Event: String, Codable, Sendable {
        /// The case was opened (always the first entry).
        case opened
        /// A question was answered, or an earlier answer changed.
        case answered
        /// An optional question was skipped, with a reason.
        case skipped
        /// The worker paused the session.
        case paused
        /// A worker resumed the session.
        case resumed
        /// The intake's answers chose the routine the case continues in (`routine`, `fingerprint`;
        /// `reason` says why, in the case's language).
        case routed
        /// Follow-up: an open action, checklist item or deadline (`item`) was done, at `doneAt`.
        case done
        /// Follow-up: a dated note (`text`).
        case note
        /// Follow-up: the case was handed over to a district or person (`text`).
        case handedOver = "handed-over"
        /// Follow-up: the case was closed, with a closing summary (`text`).
        case closed
        /// Follow-up: a closed case was opened again, with a reason (`text`).
        case reopened
        /// A document was written from the case (`item`: the template, `text`: the format;
        /// `final`: marked final by the worker, else a draft).
        case document
    }

    /// 1, 2, 3… in the order written.
    public var seq: Int
    /// When it happened.
    public var at: Date
    public var event: Event
    /// Who did it: the caseworker of the session.
    public var by: String
    /// The question answered or skipped.
    public var question: String?
    /// The answer given.
    public var value: AnswerValue?
    /// Why an optional question was skipped.
    public var reason: String?
    /// For `answered` and `skipped`: what the answer meant when it was given (question and answer
    /// text, a decision's basis, the deadlines it set), so a routine update never rewrites it.
    public var facts: AnswerFacts?
    /// For `answered`: the warnings (`warn` rules) the worker confirmed with this answer.
    public var confirmed: [String]?
    /// Why the worker confirmed them.
    public var confirmation: String?
    /// For `done`: the open action, checklist item (`question.item`) or deadline done.
    public var item: String?
    /// For `done`: when it was really done (it may be recorded later).
    public var doneAt: Date?
    /// For `note`, `handed-over`, `closed` and `reopened`: the note, to whom, the closing summary, the reason.
    public var text: String?
    /// For `document`: whether the worker marked it final.
    public var final: Bool?
    /// For `opened`: the case, routine and language.
    public var caseID: String?
    public var routine: String?
    public var fingerprint: String?
    public var language: Language?
    /// For `opened`: whether this is a practice case.
    public var practice: Bool?
    /// For `opened` in a practice case: the scenario practised.
    public var scenario: String?
    /// For `opened`: whether this is an anonymised copy (never stored; made by `export --anonymize`).
    public var anonymized: Bool?

    public init(seq: Int, at: Date, event: Event, by: String, question: String? = nil, value: AnswerValue? = nil,
                reason: String? = nil) {
        self.seq = seq
        self.at = at
        self.event = event
        self.by = by
        self.question = question
        self.value = value
        self.reason = reason
    }
}
