/// An answer that follows from earlier answers, so the question is not asked:
/// `derive: yes if documents = from-adults`.
public struct Derivation: Equatable, Sendable {
    /// The answer: `yes`/`no` or a choice id.
    public let value: String
    /// When the answer follows.
    public let condition: Condition
    /// Line in the step file.
    public let line: Int
}
