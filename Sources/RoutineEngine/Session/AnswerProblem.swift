/// Why typed input is not an answer to a question; the CLI turns it into a hint and asks again.
public enum AnswerProblem: Error, Equatable, Sendable {
    /// Nothing was typed where an answer is needed.
    case empty
    /// Not one of the numbered choices (or their ids); `count` is how many there are.
    case notAChoice(String, count: Int)
    /// A yes/no question got something else.
    case notYesNo(String)
    /// Not a whole number within the scale.
    case notOnScale(String, range: ClosedRange<Int>)
    /// Not a date and time handlagg can read.
    case notADateTime(String)
    /// A moment in the future, where only past or present makes sense.
    case inTheFuture(String)
    /// Only one choice may be given.
    case oneChoiceOnly
    /// The text holds a control or bidirectional character, or bytes that are not UTF-8.
    case unsafeText(TypedText.Problem)
}
