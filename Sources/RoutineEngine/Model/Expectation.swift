/// What a well-handled case answers at one key question, and why.
public struct Expectation: Equatable, Sendable {
    /// The routine question.
    public let questionID: String
    /// Any one of these is right (choice, decision and yes/no questions: choice ids or `yes`/`no`).
    public var accepted: [String]
    /// All of these must be among those chosen or done (multiple-choice and checklist questions).
    public var included: [String]
    /// The rationale, shown in the debrief.
    public var why: LocalizedText
    /// Where the rationale comes from (seed file and section, or law section).
    public var sources: [String]
    /// What the question is worth in the score (1 unless given).
    public var points: Int
    public let line: Int
}
