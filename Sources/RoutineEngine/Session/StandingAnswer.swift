/// A yes/no answer the routine marks with `standing:` (has the young person absconded?), as the
/// state block and `list` show it to whoever picks the case up.
public struct StandingAnswer: Equatable, Sendable {
    public let question: Question
    public let isYes: Bool

    /// The short label, e.g. "Avvikit".
    public func label(in language: Language) -> String { question.standing.text(in: language) }
}
