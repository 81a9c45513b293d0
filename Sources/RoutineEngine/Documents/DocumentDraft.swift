import Foundation

/// A document filled in from a case's answers, ready to be written in a format. Nothing in it
/// is blank: a place whose answer is missing makes the document incomplete instead, and
/// `missing` says which questions it needs.
public struct DocumentDraft: Equatable, Sendable {
    /// One block of the document's text, as plain text (escaped only when rendered).
    public enum Block: Equatable, Sendable {
        case heading(Int, String)
        case paragraph(String)
        case bullet(String)
    }

    public let template: DocumentTemplate
    public let language: Language
    public let caseID: String
    public let blocks: [Block]
    /// The questions whose answers the document needs and the case does not have, as
    /// `«question text» (id)`, in order of first use.
    public let missing: [String]
    public let isPractice: Bool
    /// Whether a worker has marked the document final; until then it is a draft.
    public let isFinal: Bool
    /// Who writes it, and when.
    public let writer: String
    public let writtenAt: String

    public var isComplete: Bool { missing.isEmpty }
    public var title: String { template.name.text(in: language) }
}
