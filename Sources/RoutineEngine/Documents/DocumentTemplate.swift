/// A document a case produces, drafted from its answers: the 6 § decision, the submission to
/// the court, the police report, a request to the home country, the handover letter. Declared in
/// a `*.template` file next to the routine, in both languages.
public struct DocumentTemplate: Equatable, Sendable {
    /// Identifier, unique among the routine's templates (`handlagg document CASE ID`).
    public let id: String
    /// The routine whose cases it is written for.
    public var routineID: String
    public var name: LocalizedText
    /// The cases it applies to; every case of the routine when nil.
    public var condition: Condition?
    /// The legal basis of the document, and where its content comes from.
    public var basis: LocalizedText
    public var sources: [String]
    public var legalReview: CalendarDate?
    /// The text per language.
    public var body: [Language: [TemplateNode]]
    public let file: String
}

/// One piece of a template's text.
public indirect enum TemplateNode: Equatable, Sendable {
    /// A heading of level 1–3.
    case heading(Int, [TemplateSegment], line: Int)
    /// A paragraph: consecutive text lines, joined.
    case paragraph([TemplateSegment], line: Int)
    /// A bulleted item.
    case bullet([TemplateSegment], line: Int)
    /// Shown only when the condition holds.
    case conditional(Condition, [TemplateNode], line: Int)
    /// Repeated for each item of a list: a list or multiple-choice answer, or `open-actions`,
    /// `alerts`, `deadlines`, `decisions`.
    case each(String, [TemplateNode], line: Int)
}

/// Literal text, or a place for a fact of the case.
public enum TemplateSegment: Equatable, Sendable {
    case literal(String)
    case place(TemplatePlace)
}

/// The facts a template can name.
public enum TemplatePlace: Equatable, Sendable {
    /// `{answer QUESTION}`: the answer as the log shows it.
    case answer(String)
    /// `{decided-by QUESTION}`, `{decided-at QUESTION}`, `{basis QUESTION}`: a decision's facts.
    case decidedBy(String), decidedAt(String), basis(String)
    /// `{due DEADLINE}`: when a deadline falls.
    case due(String)
    /// `{case}`, `{caseworker}` (who writes the document), `{now}` (when), `{routine}`, `{opened}`.
    case caseID, caseworker, now, routine, opened
    /// `{item}`, and for deadlines `{item-due}` and `{item-basis}`: inside `[each …]`.
    case item, itemDue, itemBasis
}
